/**
 * Wrong proofs (e-mail address or ZIP code) per order number, across every conversation. The limit
 * of three wrong answers per chat stops one conversation from guessing a ZIP code; a new chat is one
 * request away, so this stops many: ten wrong proofs for one order number within an hour lock that
 * number for anonymous checks for an hour. The owner can still sign in, or ask a person. Wrong
 * proofs are counted per number typed, whether or not such an order exists, so a lock says nothing
 * about which numbers are real.
 *
 * Kept in memory: it bounds guessing through one server process. Several processes behind a load
 * balancer each keep their own count (rate-limiter-flexible has Redis and PostgreSQL stores for that).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { OrderProofThrottle } from '../../../dialogs/services.ts';

export interface OrderProofThrottleSettings {
  wrongProofsPerOrder: number;
  windowSeconds: number;
}

export const DEFAULT_ORDER_PROOF_THROTTLE: OrderProofThrottleSettings = { wrongProofsPerOrder: 10, windowSeconds: 60 * 60 };

export class MemoryOrderProofThrottle implements OrderProofThrottle {
  private readonly wrongProofs: RateLimiterMemory;

  constructor(private readonly settings: OrderProofThrottleSettings = DEFAULT_ORDER_PROOF_THROTTLE) {
    this.wrongProofs = new RateLimiterMemory({
      points: settings.wrongProofsPerOrder,
      duration: settings.windowSeconds,
      blockDuration: settings.windowSeconds,
    });
  }

  async isLocked(orderId: string): Promise<boolean> {
    const res = await this.wrongProofs.get(orderKey(orderId));
    return res !== null && res.consumedPoints >= this.settings.wrongProofsPerOrder;
  }

  async wrongProof(orderId: string): Promise<void> {
    try {
      await this.wrongProofs.consume(orderKey(orderId));
    } catch (error) {
      // consume() rejects once the limit is passed; for counting wrong proofs that is expected.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}

function orderKey(orderId: string): string {
  return orderId.trim().toUpperCase();
}
