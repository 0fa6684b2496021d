/**
 * Failures counted per key (an account, an address, an order number) in the server's memory: after
 * `limit` of them within `windowSeconds` the key is blocked for `windowSeconds`. Sign-in attempts and
 * order proofs both need exactly this; several processes behind a load balancer each keep their own
 * count (rate-limiter-flexible has Redis and PostgreSQL stores for that).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export class FailureCounter {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly limit: number,
    windowSeconds: number,
  ) {
    this.limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds, blockDuration: windowSeconds });
  }

  /** Seconds until `key` may try again, or 0 when it may now. */
  async waitSeconds(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    if (!res || res.consumedPoints < this.limit) return 0;
    return Math.ceil(res.msBeforeNext / 1000);
  }

  async failed(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (error) {
      // consume() rejects once the limit is passed; for counting failures that is expected.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }

  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
