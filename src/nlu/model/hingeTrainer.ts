/**
 * A second linear classifier for the ensemble: one-vs-rest linear SVMs (squared hinge loss), trained
 * by stochastic gradient descent with AdaGrad steps on the same feature vectors as the softmax. The
 * softmax learns from every example until it is sure of it; the hinge loss stops caring once an
 * example clears its margin, so the two settle on different weights, and their sum is steadier than
 * either (model/softmaxTrainer.ts blends it in, like naive Bayes: the model stays one weight matrix).
 *
 * Every class starts with bias -1, that is, with every "not this intent" margin already met: an
 * example then updates only its own intent and the intents that score too high for it, which keeps
 * training cheap (most of the 150 CLINC150 intents are never near most messages).
 */
import { createAdaGradState, stepClass, stepRows } from './adaGrad.ts';
import { seededRandom, shuffleInPlace } from './seededRandom.ts';
import { logitsOf } from './softmax.ts';
import type { SparseVector } from './sparseVector.ts';

export interface HingeTrainingParams {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LinearWeights {
  /** Feature-major: weights[feature * classes + class]. */
  weights: Float32Array;
  bias: Float32Array;
}

export function trainOneVsRestHinge(vectors: SparseVector[], targets: number[], featureCount: number, classCount: number, params: HingeTrainingParams): LinearWeights {
  const state = createAdaGradState(featureCount, classCount, params.learningRate, params.l2, -1);
  const { weights, bias } = state;
  const random = seededRandom(params.seed);
  const order = vectors.map((_, i) => i);
  const scores = new Float64Array(classCount);

  for (let epoch = 1; epoch <= params.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const { indices, values } = vectors[i];
      logitsOf(indices, values, weights, bias, scores);
      // The classes whose margin is not met: the example's own below +1, others above -1.
      for (let c = 0; c < classCount; c += 1) {
        const sign = c === targets[i] ? 1 : -1;
        const shortfall = 1 - sign * scores[c];
        if (shortfall > 0) stepClass(state, c, -2 * sign * shortfall);
      }
      stepRows(state, indices, values);
    }
  }
  return { weights, bias };
}
