/**
 * Multinomial logistic regression (3-class softmax) over the cue features: small enough to train
 * in a second on a few hundred messages, and its weights can be read ("waiting pushes towards
 * negative by 1.8"). Full-batch gradient descent from zero weights: deterministic, no seed needed.
 */

export interface SoftmaxWeights {
  /** weights[class][feature] */
  weights: number[][];
  bias: number[];
}

export interface SoftmaxTraining {
  /** L2 penalty on the weights (not the biases). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Per-class weight of each example's loss, e.g. inverse class frequency. */
  classWeights?: number[];
  /** Per-example weight, multiplied with the class weight (e.g. to balance two sources of data). */
  exampleWeights?: number[];
}

export function softmaxProbabilities(model: SoftmaxWeights, x: ArrayLike<number>, out = new Float64Array(model.bias.length)): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < model.bias.length; c++) {
    const w = model.weights[c];
    let z = model.bias[c];
    for (let f = 0; f < x.length; f++) z += w[f] * x[f];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c++) {
    out[c] = Math.exp(out[c] - max);
    sum += out[c];
  }
  for (let c = 0; c < out.length; c++) out[c] /= sum;
  return out;
}

export function trainSoftmax(x: ArrayLike<number>[], y: number[], classes: number, options: SoftmaxTraining): SoftmaxWeights {
  if (x.length === 0) throw new RangeError('no training examples');
  const features = x[0].length;
  const model: SoftmaxWeights = {
    weights: Array.from({ length: classes }, () => new Array<number>(features).fill(0)),
    bias: new Array<number>(classes).fill(0),
  };
  const classWeights = options.classWeights ?? new Array<number>(classes).fill(1);
  const exampleWeight = (i: number) => classWeights[y[i]] * (options.exampleWeights?.[i] ?? 1);
  let totalWeight = 0;
  for (let i = 0; i < y.length; i++) totalWeight += exampleWeight(i);
  const velocityW = Array.from({ length: classes }, () => new Float64Array(features));
  const velocityB = new Float64Array(classes);
  const gradW = Array.from({ length: classes }, () => new Float64Array(features));
  const gradB = new Float64Array(classes);
  const probabilities = new Float64Array(classes);
  const momentum = 0.9;

  for (let step = 0; step < options.iterations; step++) {
    for (let c = 0; c < classes; c++) {
      gradW[c].fill(0);
      gradB[c] = 0;
    }
    for (let i = 0; i < x.length; i++) {
      softmaxProbabilities(model, x[i], probabilities);
      const weight = exampleWeight(i) / totalWeight;
      for (let c = 0; c < classes; c++) {
        const error = (probabilities[c] - (c === y[i] ? 1 : 0)) * weight;
        if (error === 0) continue;
        gradB[c] += error;
        const g = gradW[c];
        const xi = x[i];
        for (let f = 0; f < features; f++) g[f] += error * xi[f];
      }
    }
    for (let c = 0; c < classes; c++) {
      const w = model.weights[c];
      for (let f = 0; f < features; f++) {
        velocityW[c][f] = momentum * velocityW[c][f] - options.learningRate * (gradW[c][f] + options.l2 * w[f]);
        w[f] += velocityW[c][f];
      }
      velocityB[c] = momentum * velocityB[c] - options.learningRate * gradB[c];
      model.bias[c] += velocityB[c];
    }
  }
  return model;
}
