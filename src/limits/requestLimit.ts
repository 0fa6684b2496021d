/**
 * A bound on how often one key (a client address, a conversation) may do something, in the server's
 * memory: anonymous chat tokens per address, messages per conversation. They bound a flood through
 * one process; several processes behind a load balancer each keep their own count.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RequestLimitSettings {
  /** Requests allowed per window; 0 turns the limit off. */
  points: number;
  windowSeconds: number;
}

export class RequestLimit {
  private readonly limiter?: RateLimiterMemory;

  constructor(readonly settings: RequestLimitSettings) {
    if (settings.points > 0) this.limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  }

  /** Counts one request for `key`: 0 when allowed, else the seconds until the next one is. */
  async take(key: string): Promise<number> {
    if (!this.limiter) return 0;
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (error) {
      // consume() rejects with the limiter's state once the limit is passed.
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }
}
