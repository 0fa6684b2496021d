/**
 * POST /api/messages around botbuilder's CloudAdapter: what the adapter does not do for us.
 *
 * - An activity without `conversation.id`, `from.id` or `channelId` (and `serviceUrl`, unless the
 *   replies come back in the response with deliveryMode expectReplies) is refused with 400 before
 *   any turn runs. Azure Bot Service and the Emulator always send them; on the anonymous endpoint
 *   (no MicrosoftAppId) anybody can post anything, and the pipeline would fail half-way.
 * - CloudAdapter.process prints every refused request with `console.error(err)`: a multi-line
 *   stack on stderr for each bad token. Here that becomes one pino line.
 * - A token that cannot be checked because Microsoft's login service is unreachable (no internet,
 *   DNS down) gives 503 with Retry-After instead of 500 with the internal error text.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';

export type BotFrameworkHandler = (req: Request, res: Response) => Promise<void>;

/** What is missing from an activity for the bot to answer it; undefined when nothing is. */
export function missingActivityFields(body: unknown): string[] | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const a = body as Record<string, unknown>;
  const hasId = (v: unknown) => !!v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' && (v as { id: string }).id !== '';
  const missing: string[] = [];
  if (!hasId(a.conversation)) missing.push('conversation.id');
  if (!hasId(a.from)) missing.push('from.id');
  if (typeof a.channelId !== 'string' || a.channelId === '') missing.push('channelId');
  if (a.deliveryMode !== 'expectReplies' && (typeof a.serviceUrl !== 'string' || a.serviceUrl === '')) missing.push('serviceUrl');
  return missing.length ? missing : undefined;
}

/** Errors that mean the login service (token keys, OpenID metadata) could not be reached. */
const UNREACHABLE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|fetch failed|request to https?:\/\/\S+ failed/i;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

interface Captured {
  errors: unknown[];
}

const scope = new AsyncLocalStorage<Captured>();
let consoleRedirected = false;

/**
 * Inside a /api/messages request, console.error and console.warn (botbuilder's only way of
 * reporting a refused request) are collected instead of printed; elsewhere they print as usual.
 */
function redirectConsoleOnce(): void {
  if (consoleRedirected) return;
  consoleRedirected = true;
  for (const method of ['error', 'warn'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const captured = scope.getStore();
      if (captured) captured.errors.push(args.length === 1 ? args[0] : args.map(describe).join(' '));
      else original(...args);
    };
  }
}

/** A response stand-in: CloudAdapter sets status and body on it, and we answer afterwards. */
function recorder(res: Response) {
  const recorded = { status: 200, body: undefined as unknown, headers: [] as [string, unknown][] };
  const stand = {
    status(code: number) {
      recorded.status = code;
      return stand;
    },
    send(body: unknown) {
      recorded.body = body;
      return stand;
    },
    end() {
      return stand;
    },
    header(name: string, value: unknown) {
      recorded.headers.push([name, value]);
      return stand;
    },
    get headersSent() {
      return res.headersSent;
    },
  };
  return { stand, recorded };
}

export function botFrameworkEndpoint(handler: () => BotFrameworkHandler, logger: Logger): BotFrameworkHandler {
  redirectConsoleOnce();
  return async (req, res) => {
    const missing = missingActivityFields(req.body);
    if (missing) {
      res.status(400).json({ error: `the activity has no ${missing.join(', ')}: conversation, from, channelId and serviceUrl are required` });
      return;
    }
    const captured: Captured = { errors: [] };
    const { stand, recorded } = recorder(res);
    await scope.run(captured, () => handler()(req, stand as unknown as Response));
    const reason = captured.errors.map(describe).join('; ') || undefined;
    const context = { method: req.method, url: req.originalUrl, status: recorded.status };
    if (recorded.status === 401 || recorded.status === 403) {
      logger.warn({ ...context, reason }, 'Bot Framework request refused: missing or invalid token');
      res.status(recorded.status).json({ error: 'unauthorized: a valid Bot Framework token is required' });
      return;
    }
    if (recorded.status >= 500) {
      if (reason && UNREACHABLE.test(reason)) {
        logger.warn({ ...context, status: 503, reason }, 'Bot Framework request refused: the login service cannot be reached to check its token');
        res.status(503).set('Retry-After', '30').json({ error: 'the Bot Framework login service cannot be reached to check the token: try again later' });
        return;
      }
      logger.error({ ...context, reason }, 'Bot Framework request failed');
      res.status(500).json({ error: 'internal error' });
      return;
    }
    if (reason) logger.warn({ ...context, reason }, 'Bot Framework request: botbuilder reported a problem');
    for (const [name, value] of recorded.headers) res.header(name, value as string);
    res.status(recorded.status);
    if (recorded.body !== undefined && recorded.body !== null && recorded.body !== '') res.send(recorded.body);
    else res.end();
  };
}
