/**
 * Wrong proofs (e-mail address or ZIP code) per order number, across every conversation. The limit
 * of three wrong answers per chat stops one conversation from guessing a ZIP code; a new chat is one
 * request away, so this stops many: ten wrong proofs for one order number within an hour lock that
 * number for anonymous checks for an hour. The owner can still sign in, or ask a person. Wrong
 * proofs are counted per number typed, whether or not such an order exists, so a lock says nothing
 * about which numbers are real.
 *
 * Kept in memory (src/limits/failureCounter.ts): it bounds guessing through one server process.
 */
import { FailureCounter } from '../../limits/failureCounter.ts';
import type { OrderProofThrottle } from '../../../dialogs/services.ts';

export interface OrderProofThrottleSettings {
  wrongProofsPerOrder: number;
  windowSeconds: number;
}

export const DEFAULT_ORDER_PROOF_THROTTLE: OrderProofThrottleSettings = { wrongProofsPerOrder: 10, windowSeconds: 60 * 60 };

export class MemoryOrderProofThrottle implements OrderProofThrottle {
  private readonly wrongProofs: FailureCounter;

  constructor(settings: OrderProofThrottleSettings = DEFAULT_ORDER_PROOF_THROTTLE) {
    this.wrongProofs = new FailureCounter(settings.wrongProofsPerOrder, settings.windowSeconds);
  }

  async isLocked(orderId: string): Promise<boolean> {
    return (await this.wrongProofs.waitSeconds(orderKey(orderId))) > 0;
  }

  async wrongProof(orderId: string): Promise<void> {
    await this.wrongProofs.failed(orderKey(orderId));
  }
}

function orderKey(orderId: string): string {
  return orderId.trim().toUpperCase();
}
