/**
 * Intent coverage (src/nlu/model/intentCoverage.ts): the share of a message's character n-grams its
 * best intent's training messages used, and how it discounts the score the out-of-scope threshold
 * applies to.
 */
import { describe, expect, it } from 'vitest';
import { trainIntentModel, type LabelledUtterance } from '../../src/nlu/index.ts';
import { featurize } from '../../src/nlu/features/featurize.ts';
import { intentCoverage } from '../../src/nlu/model/intentCoverage.ts';
import { inScopeScore } from '../../src/nlu/model/vocabularyCoverage.ts';
import { readMessage } from '../../src/nlu/text/readMessage.ts';

const TRAIN: LabelledUtterance[] = [
  ...['where is my order', 'track my parcel', 'where is my parcel', 'order status please'].map((text) => ({ text, intent: 'order_status' })),
  ...['I want my money back', 'where is my refund', 'refund status', 'money back please'].map((text) => ({ text, intent: 'refund_status' })),
];
const model = trainIntentModel(TRAIN);
const coverageOf = (text: string, intent: string) => {
  const reading = readMessage(text);
  return intentCoverage(model, featurize(reading, model.featureConfig), model.labels.indexOf(intent));
};

describe('intent coverage', () => {
  it.each([
    ['track my order', 'order_status', 1, 1],
    ['where is my refund', 'refund_status', 1, 1],
    ['refund please', 'order_status', 0.01, 0.9],
    ['track my parcel to the moon', 'order_status', 0.3, 0.9],
    ['quantum chromodynamics', 'order_status', 0, 0.05],
    ['?', 'order_status', 1, 1],
  ])('%s, as %s: between %f and %f', (text, intent, low, high) => {
    const share = coverageOf(text, intent);
    expect(share).toBeGreaterThanOrEqual(low);
    expect(share).toBeLessThanOrEqual(high);
  });

  it('lowers the in-scope score by its exponent, half as much for short messages', () => {
    const long = { share: 1, words: 5 };
    const short = { share: 1, words: 2 };
    expect(inScopeScore(0.8, long, 0, 0.5, 0)).toBe(0.8);
    expect(inScopeScore(0.8, long, 0, 0.5, 1)).toBeCloseTo(0.4);
    expect(inScopeScore(0.8, long, 0, 0.5, 2)).toBeCloseTo(0.2);
    expect(inScopeScore(0.8, long, 0, 0.25, 2)).toBeCloseTo(0.05);
    expect(inScopeScore(0.8, short, 0, 0.25, 2)).toBeCloseTo(0.2);
    expect(inScopeScore(0.8, { share: 0.5, words: 5 }, 2, 0.5, 1)).toBeCloseTo(0.1);
  });

  it('keeps, per intent, only the n-grams of its own training messages', () => {
    const row = model.featureIndex.get('c:<refu');
    expect(row).toBeDefined();
    expect(model.intentFeatures[model.labels.indexOf('refund_status')].has(row!)).toBe(true);
    expect(model.intentFeatures[model.labels.indexOf('order_status')].has(row!)).toBe(false);
  });
});
