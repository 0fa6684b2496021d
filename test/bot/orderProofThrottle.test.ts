import { describe, expect, it } from 'vitest';
import { MemoryOrderProofThrottle } from '../../src/bot/services/orderProofThrottle.ts';

describe('wrong order proofs counted per order number across conversations', () => {
  it('locks a number after the limit, spelled any case, and no other number', async () => {
    const throttle = new MemoryOrderProofThrottle({ wrongProofsPerOrder: 3, windowSeconds: 3600 });
    for (let i = 0; i < 2; i++) await throttle.wrongProof('SK-100002');
    expect(await throttle.isLocked('SK-100002')).toBe(false);
    await throttle.wrongProof('sk-100002');
    expect(await throttle.isLocked('SK-100002')).toBe(true);
    expect(await throttle.isLocked('SK-100003')).toBe(false);
    // More wrong proofs while locked are expected, not errors.
    await expect(throttle.wrongProof('SK-100002')).resolves.toBeUndefined();
  });

  it('unlocks when the window has passed', async () => {
    const throttle = new MemoryOrderProofThrottle({ wrongProofsPerOrder: 1, windowSeconds: 1 });
    await throttle.wrongProof('SK-100002');
    expect(await throttle.isLocked('SK-100002')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await throttle.isLocked('SK-100002')).toBe(false);
  });
});
