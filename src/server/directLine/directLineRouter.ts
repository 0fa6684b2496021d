/**
 * A Direct Line v3-compatible endpoint, as Azure's is, for the website's Web Chat (or any Direct
 * Line client) with no Azure: generate and refresh tokens, start and resume conversations, post
 * activities, and get them by watermark (polling; no WebSocket stream).
 *
 * The customer's identity comes from the signed token, never from the activity: whatever `from.id`
 * a client sends is replaced by the token's user.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { VerifiedIdentity } from '../../bot/verifiedIdentity.ts';
import { type ConversationLog } from './conversationLog.ts';
import { type DirectLineTokens, type TokenClaims, TokenError } from './directLineTokens.ts';
import { RequestLimit } from '../../limits/requestLimit.ts';

/** Runs a bot turn for an activity; calls `onStored` once a customer message is durable. */
export type TurnRunner = (
  activity: Activity,
  identity: VerifiedIdentity,
  onStored: () => void,
) => Promise<{ incomingStored: boolean }>;

export interface DirectLineOptions {
  tokens: DirectLineTokens;
  log: ConversationLog;
  runTurn: TurnRunner;
  /** The Direct Line secret: lets the shop's back end start conversations and issue tokens. */
  secret: string;
  bot: { id: string; name: string };
  /** Messages one conversation may post per minute (0: no limit); nobody types faster, scripts do. */
  messagesPerMinute?: number;
}

const DEFAULT_MESSAGES_PER_MINUTE = 30;

const incomingActivity = z.object({
  type: z.enum(['message', 'typing', 'event']),
  text: z.string().max(100_000, 'text is longer than 100,000 characters').optional(),
  textFormat: z.string().max(16).optional(),
  locale: z.string().max(32).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  from: z.object({ id: z.string().max(256).optional(), name: z.string().max(256).optional() }).passthrough().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
  entities: z.array(z.unknown()).max(20).optional(),
});

const generateBody = z
  .object({ user: z.object({ id: z.string().min(1).max(256), name: z.string().max(256).optional() }).optional() })
  .optional();

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function directLineRouter(options: DirectLineOptions): Router {
  const router = express.Router();
  const { tokens, log } = options;
  const messageLimit = new RequestLimit({ points: options.messagesPerMinute ?? DEFAULT_MESSAGES_PER_MINUTE, windowSeconds: 60 });

  /** Who is calling: the secret (the shop's back end) or a conversation's token. */
  async function caller(req: Request): Promise<{ secret: true } | { secret: false; claims: TokenClaims }> {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new DirectLineError(401, 'Unauthorized', 'missing "Authorization: Bearer <secret or token>" header');
    if (match[1] === options.secret) return { secret: true };
    try {
      return { secret: false, claims: await tokens.verify(match[1]) };
    } catch (error) {
      throw new DirectLineError(403, 'TokenExpired', error instanceof TokenError ? error.message : 'invalid token');
    }
  }

  async function tokenFor(req: Request, conversationId: string): Promise<TokenClaims> {
    const who = await caller(req);
    if (who.secret) return { conversationId, userId: newUserId() };
    if (who.claims.conversationId !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'the token is for another conversation');
    }
    return who.claims;
  }

  async function startConversation(req: Request, claims: TokenClaims): Promise<void> {
    if (log.has(claims.conversationId)) return;
    log.open(claims.conversationId);
    const welcome = {
      type: 'conversationUpdate',
      id: `${claims.conversationId}|start`,
      channelId: 'directline',
      serviceUrl: serviceUrlOf(req),
      timestamp: new Date(),
      conversation: { id: claims.conversationId },
      from: { id: claims.userId, name: claims.userName, role: 'user' },
      recipient: { id: options.bot.id, name: options.bot.name, role: 'bot' },
      membersAdded: [{ id: options.bot.id, name: options.bot.name }, { id: claims.userId, name: claims.userName }],
    } as unknown as Activity;
    await options.runTurn(welcome, { customerId: claims.customerId }, () => undefined);
  }

  router.post('/tokens/generate', async (req, res) => {
    const who = await caller(req);
    if (!who.secret) throw new DirectLineError(403, 'Forbidden', 'tokens/generate needs the Direct Line secret, not a token');
    const body = generateBody.safeParse(req.body ?? undefined);
    if (!body.success) throw new DirectLineError(400, 'BadArgument', `invalid body: ${body.error.issues[0].message}`);
    const user = body.data?.user;
    // A user named by the shop's back end (which holds the secret) is a signed-in customer.
    const claims: TokenClaims = { conversationId: newConversationId(), userId: user?.id ?? newUserId(), userName: user?.name, customerId: user?.id };
    res.json({ conversationId: claims.conversationId, ...(await tokens.issue(claims)) });
  });

  router.post('/tokens/refresh', async (req, res) => {
    const who = await caller(req);
    if (who.secret) throw new DirectLineError(400, 'BadArgument', 'refresh a token, not the secret');
    res.json({ conversationId: who.claims.conversationId, ...(await tokens.issue(who.claims)) });
  });

  router.post('/conversations', async (req, res) => {
    const who = await caller(req);
    const claims = who.secret ? { conversationId: newConversationId(), userId: newUserId() } : who.claims;
    await startConversation(req, claims);
    res.status(201).json({ conversationId: claims.conversationId, ...(await tokens.issue(claims)) });
  });

  router.get('/conversations/:id', async (req, res) => {
    const claims = await tokenFor(req, String(req.params.id));
    log.open(claims.conversationId, watermarkOf(req));
    res.json({ conversationId: claims.conversationId, ...(await tokens.issue(claims)) });
  });

  router.get('/conversations/:id/activities', async (req, res) => {
    const claims = await tokenFor(req, String(req.params.id));
    const { activities, watermark } = log.read(claims.conversationId, watermarkOf(req));
    res.json({ activities, watermark: String(watermark) });
  });

  router.post('/conversations/:id/activities', async (req, res) => {
    const claims = await tokenFor(req, String(req.params.id));
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DirectLineError(400, 'BadArgument', `invalid activity: ${issue.path.join('.') || 'body'} ${issue.message}`);
    }
    const body = parsed.data;
    const clientData = body.channelData ?? {};
    const activity = {
      type: body.type,
      text: body.text,
      textFormat: body.textFormat,
      locale: body.locale,
      name: body.name,
      value: body.value,
      entities: body.entities,
      channelId: 'directline',
      serviceUrl: serviceUrlOf(req),
      timestamp: new Date(),
      conversation: { id: claims.conversationId },
      from: { id: claims.userId, name: claims.userName ?? body.from?.name, role: 'user' },
      recipient: { id: options.bot.id, name: options.bot.name, role: 'bot' },
      // Only what Web Chat needs back to match its "sending" bubble; nothing a client sends is trusted.
      channelData: { clientActivityID: clientData.clientActivityID, clientTimestamp: clientData.clientTimestamp },
    } as unknown as Activity;
    log.open(claims.conversationId);
    if (body.type !== 'message') {
      const id = log.deliver(claims.conversationId, activity);
      await options.runTurn({ ...activity, id }, { customerId: claims.customerId }, () => undefined);
      res.json({ id });
      return;
    }
    // Refused before it is stored or acknowledged, so the customer's client shows it as not sent.
    const wait = await messageLimit.take(claims.conversationId);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      throw new DirectLineError(429, 'TooManyRequests', `too many messages in this conversation: try again in ${wait} seconds`);
    }
    // The id is fixed before the turn: the transcript stores the message under it, and the
    // acknowledgement and the echo carry the same one.
    const id = `${claims.conversationId}|in-${randomUUID()}`;
    activity.id = id;
    const { incomingStored } = await options.runTurn(activity, { customerId: claims.customerId }, () => {
      log.deliver(claims.conversationId, activity);
    });
    if (!incomingStored) {
      throw new DirectLineError(503, 'ServiceError', 'the message could not be saved; please send it again');
    }
    res.json({ id });
  });

  router.post('/conversations/:id/upload', async (req) => {
    await tokenFor(req, String(req.params.id));
    throw new DirectLineError(400, 'BadArgument', 'file uploads are not supported by this bot');
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof DirectLineError) {
      res.status(error.status).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const status = (error as { status?: number }).status;
    if (status === 400 || (error as { type?: string }).type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'BadArgument', message: `malformed JSON: ${(error as Error).message}` } });
      return;
    }
    if (status === 413) {
      res.status(413).json({ error: { code: 'MessageSizeTooBig', message: 'the request body is too large' } });
      return;
    }
    throw error;
  });
  return router;
}

function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

function watermarkOf(req: Request): number {
  const n = Number(req.query.watermark ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export function serviceUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}
