/**
 * The staff console under /staff: sign-in, the review queue, a conversation with its actions and
 * takeover, the dashboard, the team (admins), and the same data as JSON under /staff/api.
 *
 * Every route but the sign-in page and the static assets needs a session; every state-changing
 * request needs the session's CSRF token (form field `_csrf` or header `X-CSRF-Token`; the sign-in
 * form, before any session exists, a signed cookie's); pages carry a strict Content Security Policy,
 * and all customer text is escaped by the `html` template. A session is stored only from sign-in on,
 * and only what staff do keeps it alive (not the conversation page's polling).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csrfSync } from 'csrf-sync';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { StaffStore } from '../../shop/ports.ts';
import type { StaffAccount } from '../../shop/staffTypes.ts';
import { type ConversationViewStores, loadConversationView, messagesAfter } from '../../staff/conversationView.ts';
import { dashboardFigures } from '../../staff/dashboard.ts';
import type { LoginThrottle } from '../../staff/loginThrottle.ts';
import type { ReviewQueue } from '../../staff/reviewQueue.ts';
import { ReviewError, type ReviewService } from '../../staff/reviewService.ts';
import { StaffAccountError, type StaffAccounts } from '../../staff/staffAccounts.ts';
import { transcriptAsCsv, transcriptAsJson } from '../../staff/transcriptExport.ts';
import type { SafeHtml } from './html.ts';
import { conversationPage, messageItem } from './pages/conversationPage.ts';
import { dashboardPage } from './pages/dashboardPage.ts';
import type { PageContext } from './pages/layout.ts';
import { loginPage } from './pages/loginPage.ts';
import { queuePage } from './pages/queuePage.ts';
import { teamPage } from './pages/teamPage.ts';
import { assignBody, BadRequest, loginBody, newStaffBody, noteBody, parse, periodParams, queueParams, replyBody, statusBody } from './params.ts';
import { StaffSessionStore } from './sessionStore.ts';

declare module 'express-session' {
  interface SessionData {
    staffEmail?: string;
    signedInAt?: number;
    /** The last request that was the staff member's doing (not a page's background poll). */
    lastSeenAt?: number;
    flash?: { kind: 'ok' | 'error'; text: string };
  }
}

export interface StaffRouterOptions {
  shopName: string;
  stores: ConversationViewStores & { staff: StaffStore };
  accounts: StaffAccounts;
  queue: ReviewQueue;
  reviews: ReviewService;
  throttle: LoginThrottle;
  session: { secret: string; idleMinutes: number; maxHours: number };
  logger: Logger;
}

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const CHART_JS = path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.js');
const FORM_LIMIT = '64kb';
const LOGIN_COOKIE = 'shopkeeper.staff.login';
const CSRF_MESSAGE = 'the form is out of date or did not come from this site: reload the page and try again';

/**
 * Requests a page makes by itself in the background (the conversation page's live view): they need a
 * session but are no sign of the staff member being there, so they neither renew the idle timeout
 * nor write the session.
 */
function isBackgroundPoll(req: Request): boolean {
  // The conversation page's message poll, and the queue page's waiting count (marked by its script).
  return req.method === 'GET' && (/^\/conversations\/[^/]+\/messages$/.test(req.path) || (req.path === '/api/queue' && req.get('x-background-poll') === '1'));
}

export function staffRouter(options: StaffRouterOptions): { router: Router; close(): void } {
  const { accounts, reviews, queue, stores, throttle, logger } = options;
  const router = express.Router();
  const idleMs = options.session.idleMinutes * 60_000;
  // How often activity is written to the session: a minute (or less with a short idle timeout),
  // not every request.
  const activityStepMs = Math.min(60_000, idleMs / 4);
  const sessionStore = new StaffSessionStore(stores.staff, idleMs);
  const tokenOf = (req: Request) => (req.body as { _csrf?: string } | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string | undefined);
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: tokenOf,
    errorConfig: { statusCode: 403, message: CSRF_MESSAGE },
  });
  const loginCsrf = new LoginCsrf(options.session.secret);

  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      // The app's policy: the console's own pages may see where a request came from.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.get('/assets/chart.umd.js', (_req, res) => res.sendFile(CHART_JS));
  router.use('/assets', express.static(PUBLIC_DIR, { index: false }));
  router.use(express.urlencoded({ extended: false, limit: FORM_LIMIT }), express.json({ limit: FORM_LIMIT }));
  router.use(
    session({
      name: 'shopkeeper.staff',
      secret: options.session.secret,
      store: sessionStore,
      resave: false,
      // Nothing is stored for a visitor who has not signed in (the sign-in form's CSRF token is a
      // signed cookie, see LoginCsrf), and a session is renewed only by what staff do: the
      // middleware below writes `lastSeenAt` at most once a minute, which saves it and sends the
      // cookie with a new expiry; background polls write nothing (the store's touch does nothing).
      saveUninitialized: false,
      rolling: false,
      cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', path: '/staff', maxAge: options.session.idleMinutes * 60_000 },
    }),
  );

  const pageContext = (req: Request, res: Response, title: string, current?: PageContext['current'], csrfToken?: string): PageContext => {
    const flash = req.session.flash;
    if (flash) delete req.session.flash;
    return {
      title,
      shopName: options.shopName,
      staff: res.locals.staff as StaffAccount | undefined,
      csrfToken: csrfToken ?? generateToken(req),
      flash,
      current,
      formBack: safeNext(req.originalUrl),
    };
  };
  /** The sign-in page's context: its CSRF token lives in a signed cookie, not in a session. */
  const loginContext = (req: Request, res: Response): PageContext => {
    let token = loginCsrf.fromCookie(req);
    if (!token) {
      token = loginCsrf.newToken();
      res.cookie(LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/staff/login', maxAge: options.session.maxHours * 3_600_000 });
    }
    return pageContext(req, res, 'Sign in', undefined, token);
  };
  const send = (res: Response, page: SafeHtml, status = 200) => res.status(status).type('html').send(page.value);
  const wantsJson = (req: Request) => req.path.startsWith('/api/') || req.is('application/json') === 'application/json';

  // Sign-in and sign-out.
  router.get('/login', async (req, res) => {
    if (req.session.staffEmail) return res.redirect(303, '/staff/queue');
    const noAccounts = (await accounts.list()).length === 0;
    send(res, loginPage(loginContext(req, res), { next: safeNext(req.query.next), noAccounts }));
  });
  router.post('/login', async (req, res, next) => {
    try {
      if (!loginCsrf.matches(req, tokenOf(req))) {
        return wantsJson(req) ? res.status(403).json({ error: CSRF_MESSAGE }) : res.status(403).type('text').send(CSRF_MESSAGE);
      }
      const { email, password, next: target } = parse(loginBody, req.body);
      const address = req.ip ?? 'unknown';
      const wait = await throttle.waitSeconds(email, address);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        res.set('Retry-After', String(wait));
        return wantsJson(req)
          ? res.status(429).json({ error: `too many failed sign-ins: try again in ${minutes} minute(s)` })
          : send(res, loginPage({ ...loginContext(req, res), flash: { kind: 'error', text: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` } }, { email, next: target, noAccounts: false }), 429);
      }
      const account = await accounts.authenticate(email, password);
      if (!account) {
        await throttle.failed(email, address);
        logger.warn({ email, address }, 'staff sign-in failed');
        return wantsJson(req)
          ? res.status(401).json({ error: 'wrong email or password' })
          : send(res, loginPage({ ...loginContext(req, res), flash: { kind: 'error', text: 'Wrong email or password.' } }, { email, next: target, noAccounts: false }), 401);
      }
      await throttle.succeeded(email);
      // A new session id on sign-in: a session id planted before sign-in is worth nothing after it.
      await new Promise<void>((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
      req.session.staffEmail = account.email;
      req.session.signedInAt = Date.now();
      req.session.lastSeenAt = Date.now();
      const csrfToken = generateToken(req, true);
      await new Promise<void>((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
      res.clearCookie(LOGIN_COOKIE, { path: '/staff/login' });
      logger.info({ email: account.email }, 'staff signed in');
      if (wantsJson(req)) return res.json({ email: account.email, name: account.name, role: account.role, csrfToken });
      res.redirect(303, safeNext(target) ?? '/staff/queue');
    } catch (error) {
      next(error);
    }
  });

  // Everything below needs a signed-in, enabled account.
  router.use(async (req, res, next) => {
    try {
      const email = req.session.staffEmail;
      const now = Date.now();
      const { signedInAt, lastSeenAt } = req.session;
      const expired =
        (signedInAt !== undefined && now - signedInAt > options.session.maxHours * 3_600_000) || (lastSeenAt !== undefined && now - lastSeenAt > idleMs);
      const account = email && !expired ? await accounts.get(email) : undefined;
      if (account && !account.disabled) {
        res.locals.staff = account;
        // Only what staff do keeps them signed in; an open tab polling for messages does not.
        if (!isBackgroundPoll(req) && (lastSeenAt === undefined || now - lastSeenAt >= activityStepMs)) req.session.lastSeenAt = now;
        return next();
      }
      if (email) await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      if (wantsJson(req) || req.accepts(['html', 'json']) === 'json') return res.status(401).json({ error: 'sign in first: POST /staff/login' });
      res.redirect(303, req.method === 'GET' ? `/staff/login?next=${encodeURIComponent(req.originalUrl)}` : '/staff/login');
    } catch (error) {
      next(error);
    }
  });
  router.post('/logout', csrfSynchronisedProtection, (req, res) => {
    const email = req.session.staffEmail;
    req.session.destroy(() => {
      res.clearCookie('shopkeeper.staff', { path: '/staff' });
      logger.info({ email }, 'staff signed out');
      if (wantsJson(req)) res.json({ ok: true });
      else res.redirect(303, '/staff/login');
    });
  });
  router.post(/.*/, csrfSynchronisedProtection);
  const requireAdmin = (req: Request, res: Response, next: NextFunction) => {
    if ((res.locals.staff as StaffAccount).role === 'admin') return next();
    res.status(403);
    if (wantsJson(req)) res.json({ error: 'only an admin can do that' });
    else res.type('text').send('Only an admin can do that.');
  };
  const staffOf = (res: Response) => res.locals.staff as StaffAccount;

  router.get('/', (_req, res) => res.redirect(303, '/staff/queue'));
  router.get('/api/session', (req, res) => {
    const s = staffOf(res);
    res.json({ email: s.email, name: s.name, role: s.role, csrfToken: generateToken(req) });
  });

  // The queue.
  router.get(['/queue', '/api/queue'], async (req, res, next) => {
    try {
      const params = parse(queueParams, req.query);
      const result = await queue.page({ ...params, assignee: params.assignee === 'me' ? staffOf(res).email : params.assignee, waiting: params.waiting !== undefined } as never);
      if (wantsJson(req)) return res.json(result);
      const customerNames = new Map<string, string>();
      for (const id of new Set(result.entries.map((e) => e.conversation?.customerId).filter((c): c is string => !!c))) {
        const customer = await stores.customers.getCustomer(id);
        if (customer) customerNames.set(id, customer.name);
      }
      send(
        res,
        queuePage(pageContext(req, res, 'Queue', 'queue'), {
          customerNames,
          result,
          params,
          staffEmails: (await accounts.list()).map((a) => a.email),
          channels: result.facets.channels,
          intents: result.facets.intents,
        }),
      );
    } catch (error) {
      next(error);
    }
  });

  // One conversation.
  router.get(['/conversations/:id', '/api/conversations/:id'], async (req, res, next) => {
    try {
      const view = await loadConversationView(stores, String(req.params.id));
      if (!view) return notFound(req, res, 'no such conversation');
      if (wantsJson(req)) return res.json(view);
      send(res, conversationPage(pageContext(req, res, 'Conversation', 'queue'), view, await accounts.list(), staffOf(res)));
    } catch (error) {
      next(error);
    }
  });
  /** New messages as escaped HTML items, for the page's live view during a takeover. */
  router.get('/conversations/:id/messages', async (req, res, next) => {
    try {
      const after = Math.max(0, Number.parseInt(String(req.query.after ?? '0'), 10) || 0);
      const news = await messagesAfter(stores, String(req.params.id), after);
      if (!news) return notFound(req, res, 'no such conversation');
      res.json({ count: news.count, mode: news.conversation.mode, html: news.messages.map((m) => messageItem(m).value).join('') });
    } catch (error) {
      next(error);
    }
  });
  router.get('/conversations/:id/export.:format', async (req, res, next) => {
    try {
      const format = String(req.params.format);
      if (format !== 'json' && format !== 'csv') return notFound(req, res, 'export as .json or .csv');
      const view = await loadConversationView(stores, String(req.params.id));
      if (!view) return notFound(req, res, 'no such conversation');
      if (view.flag) await reviews.noteExport(view.flag.id, staffOf(res), format);
      const name = `conversation-${view.conversation.id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80)}.${format}`;
      res.attachment(name);
      if (format === 'json') res.type('application/json').send(transcriptAsJson(view));
      else res.type('text/csv; charset=utf-8').send(transcriptAsCsv(view));
    } catch (error) {
      next(error);
    }
  });

  // Actions: one handler for the form (redirects back with a message) and the JSON API.
  const action = (
    route: string,
    work: (req: Request, staff: StaffAccount) => Promise<{ back: string; message: string; result?: unknown }>,
    guard?: typeof requireAdmin,
  ) => {
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      // An error goes back to the page that sent the form: each form names it (`_back`, a console
      // path only), else the Referer, else the queue.
      const referer = req.get('referer')?.startsWith(`${req.protocol}://${req.get('host')}/staff/`) ? new URL(req.get('referer')!) : undefined;
      const fallback = safeNext((req.body as { _back?: unknown } | undefined)?._back) ?? (referer ? referer.pathname + referer.search : '/staff/queue');
      try {
        const { back, message, result } = await work(req, staffOf(res));
        if (wantsJson(req)) return res.json(result ?? { ok: true });
        req.session.flash = { kind: 'ok', text: message };
        res.redirect(303, back);
      } catch (error) {
        const status = error instanceof ReviewError || error instanceof BadRequest ? error.status : error instanceof StaffAccountError ? 400 : undefined;
        if (!status) return next(error);
        if (wantsJson(req)) return res.status(status).json({ error: (error as Error).message });
        if (status === 403) return res.status(403).type('text').send((error as Error).message);
        req.session.flash = { kind: 'error', text: (error as Error).message };
        res.redirect(303, fallback);
      }
    };
    const chain = guard ? [guard, handler] : [handler];
    router.post(route, ...chain);
    router.post(`/api${route}`, ...chain);
  };
  const conversationPath = (id: string) => `/staff/conversations/${encodeURIComponent(id)}`;

  action('/flags/:id/assign', async (req, staff) => {
    const { assignee } = parse(assignBody, req.body);
    const flag = await reviews.assign(String(req.params.id), assignee === 'me' ? staff.email : assignee || undefined, staff);
    return { back: conversationPath(flag.conversationId), message: flag.assignee ? `Assigned to ${flag.assignee}.` : 'Unassigned.', result: flag };
  });
  action('/flags/:id/notes', async (req, staff) => {
    const { text } = parse(noteBody, req.body);
    const flag = await reviews.addNote(String(req.params.id), text, staff);
    return { back: conversationPath(flag.conversationId), message: 'Note added.', result: flag };
  });
  action('/flags/:id/status', async (req, staff) => {
    const { status } = parse(statusBody, req.body);
    const flag = await reviews.setStatus(String(req.params.id), status, staff);
    const message = status === 'false_positive' ? 'Marked as a false positive: kept as feedback for the sentiment scorer.' : `Status set to ${status.replace('_', ' ')}.`;
    return { back: conversationPath(flag.conversationId), message, result: flag };
  });
  action('/conversations/:id/takeover', async (req, staff) => {
    const record = await reviews.takeOver(String(req.params.id), staff);
    return { back: conversationPath(record.id), message: 'You are answering this customer now; the bot is quiet until you hand back.', result: record };
  });
  action('/conversations/:id/reply', async (req, staff) => {
    const { text } = parse(replyBody, req.body);
    await reviews.reply(String(req.params.id), text, staff);
    return { back: conversationPath(String(req.params.id)), message: 'Sent.' };
  });
  action('/conversations/:id/handback', async (req, staff) => {
    const record = await reviews.handBack(String(req.params.id), staff);
    return { back: conversationPath(record.id), message: 'Handed back to the bot.', result: record };
  });
  action(
    '/conversations/:id/delete',
    async (req, staff) => {
      await reviews.eraseConversation(String(req.params.id), staff);
      logger.warn({ by: staff.email, conversationId: req.params.id }, 'conversation erased');
      return { back: '/staff/queue', message: 'The conversation and its flags were deleted.' };
    },
    requireAdmin,
  );

  // Dashboard.
  router.get(['/dashboard', '/api/dashboard'], async (req, res, next) => {
    try {
      const { from, to } = parse(periodParams, req.query);
      const today = new Date().toISOString().slice(0, 10);
      const period = { from: from ?? new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10), to: to ?? today };
      if (period.from > period.to) throw new BadRequest('from: must not be after to');
      const figures = await dashboardFigures(stores, period);
      if (wantsJson(req)) return res.json(figures);
      send(res, dashboardPage(pageContext(req, res, 'Dashboard', 'dashboard'), figures));
    } catch (error) {
      next(error);
    }
  });

  // Team (admins only).
  router.get(['/team', '/api/team'], requireAdmin, async (req, res) => {
    const team = await accounts.list();
    if (wantsJson(req)) return res.json(team.map(({ passwordHash: _hidden, ...account }) => account));
    send(res, teamPage(pageContext(req, res, 'Team', 'team'), team));
  });
  action(
    '/team',
    async (req) => {
      const input = parse(newStaffBody, req.body);
      const account = await accounts.add(input);
      const { passwordHash: _hidden, ...shown } = account;
      return { back: '/staff/team', message: `Added ${account.email} (${account.role}).`, result: shown };
    },
    requireAdmin,
  );
  for (const change of ['disable', 'enable'] as const) {
    action(
      `/team/:email/${change}`,
      async (req, staff) => {
        const email = String(req.params.email);
        if (change === 'disable' && email.toLowerCase() === staff.email) throw new StaffAccountError('you cannot disable your own account');
        const account = await accounts.setDisabled(email, change === 'disable');
        if (!account.disabled) return { back: '/staff/team', message: `${account.email} is enabled.`, result: { email: account.email, disabled: false } };
        // Their customers must not wait for someone who can no longer answer.
        const released = await reviews.releaseChatsOf(account.email, staff);
        if (released.handedBack.length || released.failed.length) {
          logger.warn({ by: staff.email, disabled: account.email, ...released }, 'chats of a disabled staff member handed back');
        }
        const chats = (n: number) => `${n} chat${n === 1 ? '' : 's'}`;
        const message = [
          `${account.email} is disabled.`,
          released.handedBack.length ? `${chats(released.handedBack.length)} they were answering went back to the bot.` : '',
          released.failed.length ? `${chats(released.failed.length)} could not be handed back: ${released.failed.join(', ')}.` : '',
        ].filter(Boolean).join(' ');
        return { back: '/staff/team', message, result: { email: account.email, disabled: true, ...released } };
      },
      requireAdmin,
    );
  }

  router.use((req, res) => notFound(req, res, 'not found'));
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const message = (error as Error).message;
      return wantsJson(req) ? res.status(status).json({ error: message }) : res.status(status).type('text').send(message);
    }
    next(error);
  });
  return { router, close: () => sessionStore.close() };
}

function notFound(req: Request, res: Response, message: string) {
  res.status(404);
  if (req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json') res.json({ error: message });
  else res.type('text').send(`Not found: ${message}`);
}

/** Only a path inside the console: never an open redirect to another site. */
function safeNext(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/staff/') && !value.startsWith('//') && !value.includes('\\') ? value : undefined;
}

/**
 * The sign-in form's CSRF token, before there is a session: a random nonce and its HMAC under the
 * session secret, in an httpOnly, SameSite=Strict cookie scoped to /staff/login and in the form
 * (a signed double-submit cookie). Nothing is written to the store for a visitor who only opens the
 * page; the session, and csrf-sync's token in it, start at sign-in.
 */
class LoginCsrf {
  constructor(private readonly secret: string) {}

  newToken(): string {
    const nonce = randomBytes(16).toString('hex');
    return nonce + this.mac(nonce);
  }

  fromCookie(req: Request): string | undefined {
    const token = cookieValue(req.headers.cookie, LOGIN_COOKIE);
    return token && this.valid(token) ? token : undefined;
  }

  /** The form's token is the cookie's, and the cookie's was signed by us. */
  matches(req: Request, sent: string | undefined): boolean {
    const cookie = this.fromCookie(req);
    if (!cookie || typeof sent !== 'string' || sent.length !== cookie.length) return false;
    return timingSafeEqual(Buffer.from(sent), Buffer.from(cookie));
  }

  private valid(token: string): boolean {
    if (!/^[0-9a-f]{96}$/.test(token)) return false;
    const expected = Buffer.from(this.mac(token.slice(0, 32)));
    return timingSafeEqual(Buffer.from(token.slice(32)), expected);
  }

  private mac(nonce: string): string {
    return createHmac('sha256', this.secret).update(`staff-login:${nonce}`).digest('hex');
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
