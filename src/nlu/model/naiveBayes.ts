/**
 * Multinomial naive Bayes over the same weighted feature vectors as the softmax. With ~47 examples
 * per intent the softmax over-trusts the few features it saw; naive Bayes spreads evidence over
 * every feature an intent ever used and generalizes differently, so blending the two helps on new
 * phrasings. Its scores are linear in the features, so the blend is folded into the softmax's own
 * weight matrix: the model file and prediction code do not change.
 */
import type { SparseVector } from './sparseVector.ts';

export interface NaiveBayesWeights {
  /** Feature-major like the softmax weights: log P(feature | class), centred over classes per feature. */
  weights: Float32Array;
  /** Log prior of each class. */
  bias: Float32Array;
}

export function trainNaiveBayes(vectors: SparseVector[], targets: number[], featureCount: number, classCount: number, smoothing: number): NaiveBayesWeights {
  const mass = new Float64Array(featureCount * classCount);
  const classTotals = new Float64Array(classCount);
  const classCounts = new Float64Array(classCount);
  vectors.forEach(({ indices, values }, i) => {
    const c = targets[i];
    classCounts[c] += 1;
    for (let k = 0; k < indices.length; k += 1) {
      // Vectors are non-negative (counts x IDF, normalized), as multinomial naive Bayes requires.
      const v = Math.max(0, values[k]);
      mass[indices[k] * classCount + c] += v;
      classTotals[c] += v;
    }
  });
  const weights = new Float32Array(featureCount * classCount);
  for (let f = 0; f < featureCount; f += 1) {
    let mean = 0;
    for (let c = 0; c < classCount; c += 1) {
      const logP = Math.log((mass[f * classCount + c] + smoothing) / (classTotals[c] + smoothing * featureCount));
      weights[f * classCount + c] = logP;
      mean += logP / classCount;
    }
    // Centring subtracts the same amount from every class: predictions are unchanged, weights stay small.
    for (let c = 0; c < classCount; c += 1) weights[f * classCount + c] -= mean;
  }
  const bias = Float32Array.from(classCounts, (n) => Math.log((n + 1) / (vectors.length + classCount)));
  return { weights, bias };
}

/** Adds `share` times the naive Bayes scores to the softmax's weights and bias, in place. */
export function blendInto(target: { weights: Float32Array; bias: Float32Array }, naiveBayes: NaiveBayesWeights, share: number): void {
  for (let i = 0; i < target.weights.length; i += 1) target.weights[i] += share * naiveBayes.weights[i];
  for (let c = 0; c < target.bias.length; c += 1) target.bias[c] += share * naiveBayes.bias[c];
}
