/**
 * The express app: routes only, no business logic. Everything it serves is handed in by the
 * composition root (src/index.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { botFrameworkEndpoint } from '../bot/channels/botFrameworkRequest.ts';
import { chatRoutes, type ChatRouteOptions } from './chatRoutes.ts';
import { directLineRouter, type DirectLineOptions } from './directLine/directLineRouter.ts';

export interface AppOptions {
  logger: Logger;
  /** False until the bot is ready: /healthz answers 503 and the bot endpoints 503. */
  isReady: () => boolean;
  directLine: () => DirectLineOptions;
  chat: () => ChatRouteOptions;
  /** Handles POST /api/messages (botbuilder's CloudAdapter). */
  botFrameworkMessages: () => (req: Request, res: Response) => Promise<void>;
  /** The staff console, mounted at /staff. */
  staff: () => Router;
  /** express's "trust proxy" (client address and HTTPS behind a reverse proxy). */
  trustProxy?: boolean | number | string;
}

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const JSON_LIMIT = '256kb';

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    res.set('Referrer-Policy', 'same-origin');
    next();
  });

  app.get('/healthz', (_req, res) => {
    const ready = options.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting' });
  });

  app.use(express.static(PUBLIC_DIR, { index: 'index.html', maxAge: 0 }));

  // Everything below needs the bot (stores, models) to be ready.
  app.use((req, res, next) => {
    if (options.isReady()) return next();
    res.status(503).set('Retry-After', '2').json({ error: 'the bot is starting, try again in a moment' });
  });

  // Built once, on the first request after the bot is ready (their parts exist only then).
  let directLine: Router | undefined;
  let chat: Router | undefined;
  let staff: Router | undefined;
  app.use('/staff', (req, res, next) => (staff ??= options.staff())(req, res, next));
  const json = express.json({ limit: JSON_LIMIT, strict: false });
  app.use('/v3/directline', json, (req, res, next) => (directLine ??= directLineRouter(options.directLine()))(req, res, next));
  app.use(json, (req, res, next) => (chat ??= chatRoutes(options.chat()))(req, res, next));
  // Checks the activity's fields before any turn, and turns botbuilder's refusals into one log line each.
  const botFramework = botFrameworkEndpoint(() => options.botFrameworkMessages(), options.logger);
  app.post('/api/messages', json, async (req, res) => {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body) || typeof (req.body as { type?: unknown }).type !== 'string') {
      res.status(400).json({ error: 'the body must be a Bot Framework activity (a JSON object with a "type")' });
      return;
    }
    await botFramework(req, res);
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if ((error as { type?: string }).type === 'entity.parse.failed' || status === 400) {
      res.status(400).json({ error: `malformed JSON: ${(error as Error).message}` });
      return;
    }
    if (status === 413) {
      res.status(413).json({ error: `the request body is larger than ${JSON_LIMIT}` });
      return;
    }
    options.logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    if (!res.headersSent) res.status(500).json({ error: 'internal error' });
  });
  return app;
}
