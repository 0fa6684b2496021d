/** Training chooses the concept lexicon's weight on validation only when it has in-scope validation rows and no explicit weight. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG, trainIntentModel, type LabelledUtterance, type TrainIntentOptions } from '../../src/nlu/index.ts';
import { CONCEPT_WEIGHT_CANDIDATES } from '../../src/nlu/features/featureConfig.ts';

const TRAIN: LabelledUtterance[] = [
  ...['where is my order', 'track my parcel', 'has my package shipped', 'order status please'].map((text) => ({ text, intent: 'order_status' })),
  ...['I want my money back', 'where is my refund', 'refund status', 'money back please'].map((text) => ({ text, intent: 'refund_status' })),
];
const VALIDATION: LabelledUtterance[] = [
  { text: 'where is my parcel', intent: 'order_status' },
  { text: 'my refund has not arrived', intent: 'refund_status' },
  { text: 'what is the capital of France', intent: 'oos' },
];

describe('concept weight choice', () => {
  it.each<[string, LabelledUtterance[], TrainIntentOptions, number[]]>([
    ['no validation: the default', [], {}, [DEFAULT_FEATURE_CONFIG.conceptWeight]],
    ['only out-of-scope validation rows: the default', VALIDATION.slice(2), {}, [DEFAULT_FEATURE_CONFIG.conceptWeight]],
    ['an explicit weight wins', VALIDATION, { featureConfig: { conceptWeight: 0.3 } }, [0.3]],
    ['with validation: one of the candidates', VALIDATION, {}, [...CONCEPT_WEIGHT_CANDIDATES]],
  ])('%s', (_, validation, options, allowed) => {
    const messages: string[] = [];
    const model = trainIntentModel(TRAIN, validation, options, (m) => messages.push(m));
    expect(allowed).toContain(model.featureConfig.conceptWeight);
    expect(messages.some((m) => m.startsWith('kept concept lexicon weight'))).toBe(allowed.length > 1);
  });

  it('keeps the default when the candidates tie on validation', () => {
    // Both weights get these two easy validation messages right.
    expect(trainIntentModel(TRAIN, VALIDATION).featureConfig.conceptWeight).toBe(CONCEPT_WEIGHT_CANDIDATES[0]);
  });
});
