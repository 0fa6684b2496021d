/**
 * The composition root: builds every object Shopkeeper is made of and starts the HTTP server. The
 * only place that picks concrete stores, models and adapters; everything else receives them.
 *
 * The server listens first (/healthz says "starting") and turns ready once the store is open and
 * seeded and the models are loaded, so a slow first start (training the intent model) is visible.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { pino, type Logger } from 'pino';
import { createBotRuntime } from './bot/botRuntime.ts';
import { TrustAzureChannels } from './bot/channels/channelTrust.ts';
import { DirectLineAdapter } from './bot/directLineAdapter.ts';
import type { Config } from './config.ts';
import { createRecognizer, loadOrTrainIntentModel } from './nlu/index.ts';
import { fitRecommender } from './recommender/index.ts';
import { apologyFor, createSentimentScorer, decideFlag, describeMood } from './sentiment/index.ts';
import { AgentRelay } from './bot/services/agentRelay.ts';
import { createApp } from './server/app.ts';
import { staffRouter } from './server/staff/staffRouter.ts';
import { LoginThrottle } from './staff/loginThrottle.ts';
import { ReviewQueue } from './staff/reviewQueue.ts';
import { ReviewService } from './staff/reviewService.ts';
import { StaffAccounts } from './staff/staffAccounts.ts';
import { ConversationLog } from './server/directLine/conversationLog.ts';
import { DirectLineTokens } from './server/directLine/directLineTokens.ts';
import { openLowdbStores } from './shop/lowdb/openLowdbStores.ts';
import type { ShopStores } from './shop/ports.ts';
import { isSeeded, seedStore } from './shop/seedStore.ts';
import { loadShopProfile } from './shop/shopProfile.ts';
import type { Product } from './shop/types.ts';
import { catalogItemsOf, catalogVocabularyOf, interactionEventsOf } from './modelInputs.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INTENTS_DIR = path.join(REPO_ROOT, 'data', 'intents');
const BOT_ACCOUNT = { id: 'shopkeeper-bot', name: 'Shopkeeper' };

export interface Shopkeeper {
  url: string;
  logger: Logger;
  stores: ShopStores;
  server: Server;
  /** Resolves once the bot is ready (store seeded, models loaded). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
}

export async function startShopkeeper(config: Config, options: StartOptions = {}): Promise<Shopkeeper> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: undefined });
  let ready = false;
  let parts: ReadyParts | undefined;
  const need = () => {
    if (!parts) throw new Error('the bot is not ready yet');
    return parts;
  };

  const app = createApp({
    logger,
    isReady: () => ready,
    directLine: () => need().directLine,
    chat: () => need().chat,
    botFrameworkMessages: () => need().botFrameworkMessages,
    staff: () => need().staff,
    trustProxy: config.trustProxy,
  });
  const server = await listen(app, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}/`;
  logger.info({ url }, `Shopkeeper is starting on ${url}`);

  const stores = await openLowdbStores(config.dataDir);
  const readyPromise = (async () => {
    parts = await assemble(config, stores, logger);
    ready = true;
    logger.info({ url }, `Shopkeeper is ready: open ${url} to chat`);
  })();
  readyPromise.catch((error) => logger.fatal({ err: error }, 'Shopkeeper could not start'));

  return {
    url,
    logger,
    stores,
    server,
    ready: readyPromise,
    async close() {
      parts?.stopTimers();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stores.close();
    },
  };
}

interface ReadyParts {
  directLine: Parameters<typeof createApp>[0]['directLine'] extends () => infer T ? T : never;
  chat: Parameters<typeof createApp>[0]['chat'] extends () => infer T ? T : never;
  botFrameworkMessages: (req: import('express').Request, res: import('express').Response) => Promise<void>;
  staff: import('express').Router;
  stopTimers(): void;
}

async function assemble(config: Config, stores: ShopStores, logger: Logger): Promise<ReadyParts> {
  if (!isSeeded(config.dataDir)) {
    logger.info({ from: config.seedDir }, 'first start: creating the store from the shop data');
    const report = await seedStore(stores, config.seedDir, config.dataDir);
    logger.info(report, 'store created');
  }
  const shop = await loadShopProfile(config.seedDir);
  const products = await stores.catalog.listProducts();
  const productsById = new Map<string, Product>(products.map((p) => [p.id, p]));

  const started = Date.now();
  const { model, trained } = await loadOrTrainIntentModel({
    trainPath: path.join(INTENTS_DIR, 'train.csv'),
    validationPath: path.join(INTENTS_DIR, 'validation.csv'),
    // The catalog data/intents was written for; at run time the recognizer reads this shop's names.
    catalogPath: path.join(REPO_ROOT, 'data', 'demo-shop', 'products.json'),
    modelPath: path.join(config.dataDir, 'models', 'intents.json'),
    onProgress: (message: string) => logger.info(`intent model: ${message}`),
    // Validation chooses the settings and calibration, then the weights learn from its rows too (scripts/cv-refit.ts).
    training: { refitOnValidation: true },
  });
  logger.info({ trained, ms: Date.now() - started }, trained ? 'intent model trained' : 'intent model loaded');
  const recognizer = createRecognizer(model, catalogVocabularyOf(products));
  const sentiment = createSentimentScorer();

  let recommender = await fitFromStore(stores, products, logger);
  const refitEveryMs = 60 * 60 * 1000;
  const refitTimer = setInterval(() => {
    fitFromStore(stores, products, logger)
      .then((fitted) => (recommender = fitted))
      .catch((error) => logger.error({ err: error }, 'recommender refit failed'));
  }, refitEveryMs);
  refitTimer.unref();

  const runtime = createBotRuntime({
    stores,
    shop,
    recognizer,
    sentiment,
    moodRules: { describeMood, decideFlag, apologyFor },
    suggestionModel: () => recommender,
    productsById,
    maxMessageLength: config.maxMessageLength,
    publicUrl: config.publicUrl,
    logger,
  });
  const { bot, middleware, onTurnError } = runtime;

  // The website's chat: our own Direct Line endpoint and an internal adapter, never Azure-authenticated.
  const log = new ConversationLog();
  const directLineAdapter = new DirectLineAdapter(log);
  directLineAdapter.use(...middleware);
  directLineAdapter.onTurnError = onTurnError;
  const sweepTimer = setInterval(() => log.sweep(), 10 * 60 * 1000);
  sweepTimer.unref();

  // Teams, Slack, the Emulator: botbuilder's CloudAdapter, anonymous only when no app id is set.
  const app = config.microsoftApp;
  const cloudAdapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: app.appId,
      MicrosoftAppPassword: app.appPassword,
      MicrosoftAppType: app.appType,
      MicrosoftAppTenantId: app.tenantId,
    }),
  );
  // Teams users of the shop's own tenant may be recognized as customers, on authenticated requests only.
  const trust = { tenantId: app.appType === 'MultiTenant' ? undefined : app.tenantId || undefined };
  cloudAdapter.use(new TrustAzureChannels(trust), ...middleware);
  cloudAdapter.onTurnError = onTurnError;
  if (!app.appId) {
    logger.warn('/api/messages is anonymous: no MicrosoftAppId is set (fine for development and the Emulator, not for production)');
  }

  let secret = config.directLineSecret;
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    logger.warn('SHOPKEEPER_DIRECTLINE_SECRET is not set: using a random one for this run (chat tokens end when the server restarts)');
  }
  if (config.demoLogin) {
    logger.warn('demo login is on: the chat page can open a conversation as any customer (set SHOPKEEPER_DEMO_LOGIN=false in production)');
  }
  const tokens = new DirectLineTokens(secret);
  const staff = await assembleStaffConsole(config, stores, shop.info.name, new AgentRelay({ directLine: directLineAdapter, cloud: cloudAdapter }, app.appId), logger);

  return {
    directLine: {
      tokens,
      log,
      secret,
      bot: BOT_ACCOUNT,
      messagesPerMinute: config.limits.messagesPerMinute,
      runTurn: (activity: Activity, identity, onStored) =>
        directLineAdapter.processActivity(activity, identity, (context: TurnContext) => bot.run(context), onStored),
    },
    chat: {
      tokens,
      customers: stores.customers,
      orders: stores.orders,
      catalog: stores.catalog,
      demoLogin: config.demoLogin,
      demoCustomerIds: ['C0001', 'C0002', 'C0003', 'C0004', 'C0005'],
      tokensPerAddress: config.limits.chatTokensPerAddress,
    },
    botFrameworkMessages: (req, res) => cloudAdapter.process(req, res, (context) => bot.run(context)),
    staff: staff.router,
    stopTimers: () => {
      clearInterval(refitTimer);
      clearInterval(sweepTimer);
      staff.close();
    },
  };
}

/** The staff console: accounts, sign-in limits, the queue, reviews and takeover through the bot's adapters. */
async function assembleStaffConsole(config: Config, stores: ShopStores, shopName: string, relay: AgentRelay, logger: Logger) {
  const accounts = new StaffAccounts(stores.staff);
  let sessionSecret = config.staff.sessionSecret;
  if (!sessionSecret) {
    sessionSecret = randomBytes(32).toString('base64url');
    logger.warn('SHOPKEEPER_SESSION_SECRET is not set: using a random one for this run (staff sign in again after a restart)');
  }
  if ((await accounts.list()).length === 0) {
    logger.warn('no staff accounts yet: create the first with `npx shopkeeper staff add you@your-shop.example --role admin`, then sign in at /staff');
  }
  return staffRouter({
    shopName,
    stores,
    accounts,
    queue: new ReviewQueue(stores.flags, stores.transcripts),
    reviews: new ReviewService(stores, relay),
    throttle: new LoginThrottle(),
    session: { secret: sessionSecret, idleMinutes: config.staff.idleMinutes, maxHours: config.staff.maxHours },
    logger,
  });
}

async function fitFromStore(stores: ShopStores, products: Product[], logger: Logger) {
  const started = Date.now();
  const interactions = await stores.interactions.all();
  const model = fitRecommender(interactionEventsOf(interactions), catalogItemsOf(products));
  logger.info({ interactions: interactions.length, ms: Date.now() - started }, 'recommender fitted');
  return model;
}

function listen(app: import('express').Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    // Idle keep-alive sockets stay open longer than the proxies in front keep theirs (Azure and most
    // load balancers: 60 s), so a proxy never sends a request down a socket the server is closing
    // (Node's 5 s default answers that with a reset). It also covers the first start, when training
    // the intent model keeps the event loop busy for seconds and idle timers fire all at once after.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use: set PORT to another port`) : error),
    );
  });
}
