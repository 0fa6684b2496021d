/** The out-of-scope threshold rule on hand-made validation confidences (50 out-of-scope messages, as on a real validation file). */
import { describe, expect, it } from 'vitest';
import { chooseOutOfScopeThreshold, type ThresholdExample } from '../../src/nlu/model/outOfScopeThreshold.ts';

const inScope = (confidence: number): ThresholdExample => ({ confidence, correct: true, outOfScope: false });
const oos = (confidence: number): ThresholdExample => ({ confidence, correct: false, outOfScope: true });
const spread = (n: number, from: number, to: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

describe('chooseOutOfScopeThreshold', () => {
  it('never turns anything away when validation has no out-of-scope message', () => {
    expect(chooseOutOfScopeThreshold([inScope(0.2), inScope(0.9)]).threshold).toBe(0);
  });

  it('separates cleanly separated confidences', () => {
    const choice = chooseOutOfScopeThreshold([...spread(50, 0.05, 0.3).map(oos), ...spread(50, 0.5, 0.99).map(inScope)]);
    // Within one example of the best: it may stop just under the last out-of-scope message.
    expect(choice.threshold).toBeGreaterThan(0.28);
    expect(choice.threshold).toBeLessThan(0.5);
    expect(choice.inScopeAccuracy).toBe(1);
    expect(choice.outOfScopeRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the lower threshold when a higher one wins by less than one out-of-scope example', () => {
    // Raising the threshold to 0.9 would catch two more out-of-scope messages (F1 0.990 against
    // 0.980) but turn away a customer whose message was understood (0.7).
    const examples = [...spread(48, 0.05, 0.3).map(oos), oos(0.85), oos(0.86), inScope(0.7), ...spread(49, 0.91, 0.99).map(inScope)];
    const choice = chooseOutOfScopeThreshold(examples);
    expect(choice.threshold).toBeLessThan(0.7);
    expect(choice.outOfScopeRecall).toBe(0.96);
    expect(choice.inScopeAccuracy).toBe(1);
  });

  it('still raises the threshold when that catches clearly more', () => {
    const examples = [...spread(30, 0.05, 0.3).map(oos), ...spread(20, 0.8, 0.85).map(oos), inScope(0.7), ...spread(49, 0.91, 0.99).map(inScope)];
    const choice = chooseOutOfScopeThreshold(examples);
    expect(choice.threshold).toBeGreaterThan(0.8);
    expect(choice.outOfScopeRecall).toBeGreaterThanOrEqual(0.98);
  });
});
