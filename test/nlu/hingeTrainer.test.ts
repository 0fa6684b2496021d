/**
 * The one-vs-rest linear SVMs blended into the intent classifier (src/nlu/model/hingeTrainer.ts):
 * they learn separable data, are deterministic for a seed, and the blend is off at weight 0.
 */
import { describe, expect, it } from 'vitest';
import { trainIntentModel, scoreIntents, type LabelledUtterance } from '../../src/nlu/index.ts';
import { trainOneVsRestHinge } from '../../src/nlu/model/hingeTrainer.ts';
import { logitsOf } from '../../src/nlu/model/softmax.ts';
import { argmax } from '../../src/nlu/model/softmaxTrainer.ts';
import type { SparseVector } from '../../src/nlu/model/sparseVector.ts';

const vector = (indices: number[], values: number[]): SparseVector => ({ indices: Int32Array.from(indices), values: Float32Array.from(values) });
// Three classes, each marked by its own feature, plus a feature every example shares.
const VECTORS = [vector([0, 3], [0.9, 0.4]), vector([1, 3], [0.9, 0.4]), vector([2, 3], [0.9, 0.4]), vector([0], [1]), vector([1], [1]), vector([2], [1])];
const TARGETS = [0, 1, 2, 0, 1, 2];
const PARAMS = { epochs: 5, learningRate: 0.3, l2: 1e-5, seed: 1 };

describe('one-vs-rest hinge trainer', () => {
  it('separates separable classes with a margin', () => {
    const { weights, bias } = trainOneVsRestHinge(VECTORS, TARGETS, 4, 3, PARAMS);
    VECTORS.forEach(({ indices, values }, i) => {
      const scores = logitsOf(indices, values, weights, bias);
      expect(argmax(scores)).toBe(TARGETS[i]);
      expect(scores[TARGETS[i]]).toBeGreaterThan(0);
    });
  });

  it('gives the same weights for the same seed', () => {
    const a = trainOneVsRestHinge(VECTORS, TARGETS, 4, 3, PARAMS);
    const b = trainOneVsRestHinge(VECTORS, TARGETS, 4, 3, PARAMS);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });
});

describe('hinge blend in the intent model', () => {
  const TRAIN: LabelledUtterance[] = [
    ...['where is my order', 'track my parcel', 'where is my parcel', 'order status please'].map((text) => ({ text, intent: 'order_status' })),
    ...['I want my money back', 'where is my refund', 'refund status', 'money back please'].map((text) => ({ text, intent: 'refund_status' })),
  ];

  it('is recorded in the training parameters and changes the weights', () => {
    const blended = trainIntentModel(TRAIN);
    const plain = trainIntentModel(TRAIN, [], { params: { hingeWeight: 0 } });
    expect(blended.training.params.hingeWeight).toBeGreaterThan(0);
    expect(plain.training.params.hingeWeight).toBe(0);
    expect(Array.from(blended.weights)).not.toEqual(Array.from(plain.weights));
    expect(scoreIntents(blended, 'where is my refund')[0].intent).toBe('refund_status');
    expect(scoreIntents(blended, 'track my order')[0].intent).toBe('order_status');
  });
});
