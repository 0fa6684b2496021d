/**
 * The environment, read and validated once. Every setting has a documented default so that
 * `npm start` works on a fresh machine; a bad value stops the start with a message naming it.
 */
import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Interface to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** Where the embedded store and trained models live (created on first start). */
  SHOPKEEPER_DATA_DIR: z.string().default('.shopkeeper'),
  /** The shop data the store is created from on first start. */
  SHOPKEEPER_SEED_DIR: z.string().default('data/demo-shop'),
  /** Secret for Direct Line tokens and for the shop's back end to call tokens/generate. */
  SHOPKEEPER_DIRECTLINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Lets the demo page open a conversation as any customer. Never in production. */
  SHOPKEEPER_DEMO_LOGIN: booleanFromEnv.optional(),
  /** Longest customer message the bot reads; longer ones are cut and the customer is told. */
  SHOPKEEPER_MAX_MESSAGE_LENGTH: z.coerce.number().int().min(100).max(100_000).default(2000),
  /** The address customers reach the server at (https://bot.your-shop.example): Teams and Slack fetch product pictures from it. */
  SHOPKEEPER_PUBLIC_URL: z.string().url('must be an absolute URL like https://bot.your-shop.example').optional(),
  /** Signs staff console session cookies. */
  SHOPKEEPER_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** A staff session ends after this long without a request. */
  SHOPKEEPER_STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** ...and after this long in any case. */
  SHOPKEEPER_STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /**
   * Behind a reverse proxy that terminates HTTPS: express's "trust proxy" setting (e.g. 1 for one
   * proxy), so client addresses (sign-in limits) and Secure cookies are right.
   */
  SHOPKEEPER_TRUST_PROXY: z.string().default('false'),
  /** Anonymous chat tokens (POST /chat/token) one client address may get per 10 minutes; 0 for no limit. */
  SHOPKEEPER_CHAT_TOKENS_PER_ADDRESS: z.coerce.number().int().min(0).default(120),
  /** Messages one conversation may send per minute; 0 for no limit. */
  SHOPKEEPER_MESSAGES_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  seedDir: string;
  /** Undefined when not configured: the server then makes a random one per process and says so. */
  directLineSecret?: string;
  demoLogin: boolean;
  maxMessageLength: number;
  staff: {
    /** Undefined when not configured: the server makes a random one per process and says so. */
    sessionSecret?: string;
    idleMinutes: number;
    maxHours: number;
  };
  /** Public base URL of this server, when known (product pictures on Teams and Slack). */
  publicUrl?: string;
  /** express's "trust proxy" value. */
  trustProxy: boolean | number | string;
  /** Flood bounds: anonymous chat tokens per address per 10 minutes, messages per conversation per minute (0: none). */
  limits: { chatTokensPerAddress: number; messagesPerMinute: number };
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  production: boolean;
  microsoftApp: {
    appId: string;
    appPassword: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId: string;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // A variable set to nothing (`PORT=` in a service file, `SHOPKEEPER_DATA_DIR=$UNSET`) means its
  // default: read as itself, an empty data folder was the working directory and an empty port a random one.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (e.MicrosoftAppType !== 'MultiTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError(`invalid configuration: MicrosoftAppTenantId is required when MicrosoftAppType is ${e.MicrosoftAppType}`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.SHOPKEEPER_DATA_DIR),
    seedDir: path.resolve(cwd, e.SHOPKEEPER_SEED_DIR),
    directLineSecret: e.SHOPKEEPER_DIRECTLINE_SECRET,
    demoLogin: e.SHOPKEEPER_DEMO_LOGIN ?? !production,
    maxMessageLength: e.SHOPKEEPER_MAX_MESSAGE_LENGTH,
    staff: {
      sessionSecret: e.SHOPKEEPER_SESSION_SECRET,
      idleMinutes: e.SHOPKEEPER_STAFF_IDLE_MINUTES,
      maxHours: e.SHOPKEEPER_STAFF_SESSION_HOURS,
    },
    trustProxy: trustProxyValue(e.SHOPKEEPER_TRUST_PROXY),
    limits: { chatTokensPerAddress: e.SHOPKEEPER_CHAT_TOKENS_PER_ADDRESS, messagesPerMinute: e.SHOPKEEPER_MESSAGES_PER_MINUTE },
    publicUrl: e.SHOPKEEPER_PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    production,
    microsoftApp: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
  };
}

function trustProxyValue(raw: string): boolean | number | string {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
