/**
 * express-session's store on the shop's own store, so staff stay signed in across a restart and
 * expired sessions are swept instead of piling up (express-session's MemoryStore does neither).
 */
import session from 'express-session';
import type { StaffStore } from '../../shop/ports.ts';

type Callback = (error?: unknown) => void;

export class StaffSessionStore extends session.Store {
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly store: StaffStore,
    private readonly fallbackTtlMs: number,
  ) {
    super();
    this.sweeper = setInterval(() => void this.store.sweepSessions(new Date()).catch(() => undefined), 10 * 60 * 1000);
    this.sweeper.unref();
  }

  override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
    this.store
      .getSession(sid)
      .then(async (stored) => {
        if (!stored) return callback(null, null);
        if (stored.expiresAt <= new Date().toISOString()) {
          await this.store.deleteSession(sid);
          return callback(null, null);
        }
        callback(null, stored.data as unknown as session.SessionData);
      })
      .catch((error) => callback(error));
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    this.store
      .saveSession(sid, { data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>, expiresAt: this.expiryOf(data) })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  /**
   * Nothing: a request that changed nothing does not rewrite the session. What staff do renews it
   * (the router writes their last activity, at most once a minute, which saves it through `set`), and
   * a page's background polling must not keep a session alive past its idle timeout.
   */
  override touch(_sid: string, _data: session.SessionData, callback?: Callback): void {
    callback?.();
  }

  override destroy(sid: string, callback?: Callback): void {
    this.store
      .deleteSession(sid)
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private expiryOf(data: session.SessionData): string {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires) : new Date(Date.now() + this.fallbackTtlMs);
    return expires.toISOString();
  }
}
