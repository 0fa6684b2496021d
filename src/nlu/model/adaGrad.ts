/**
 * AdaGrad steps for a linear model over sparse vectors, shared by the softmax and the one-vs-rest
 * SVM trainers: each weight's step shrinks with the gradients it has already seen, so rare features
 * (most character n-grams) still learn fast while common ones settle.
 */
const EPSILON = 1e-8;

export interface AdaGradState {
  /** Feature-major: weights[feature * classCount + class]. */
  weights: Float32Array;
  bias: Float32Array;
  squaredGradients: Float32Array;
  biasSquaredGradients: Float32Array;
  classCount: number;
  learningRate: number;
  l2: number;
  /** The classes the current example updates and their gradients; `active` of them are in use. */
  activeClasses: Int32Array;
  activeGradients: Float64Array;
  active: number;
}

export function createAdaGradState(featureCount: number, classCount: number, learningRate: number, l2: number, initialBias = 0): AdaGradState {
  return {
    weights: new Float32Array(featureCount * classCount),
    bias: new Float32Array(classCount).fill(initialBias),
    squaredGradients: new Float32Array(featureCount * classCount),
    biasSquaredGradients: new Float32Array(classCount),
    classCount,
    learningRate,
    l2,
    activeClasses: new Int32Array(classCount),
    activeGradients: new Float64Array(classCount),
    active: 0,
  };
}

/** Records class `c`'s gradient for this example and steps its bias. */
export function stepClass(state: AdaGradState, c: number, gradient: number): void {
  state.activeClasses[state.active] = c;
  state.activeGradients[state.active] = gradient;
  state.active += 1;
  state.biasSquaredGradients[c] += gradient * gradient;
  state.bias[c] -= (state.learningRate * gradient) / Math.sqrt(state.biasSquaredGradients[c] + EPSILON);
}

/** Steps the weights of the example's features for the classes recorded since the last call, one contiguous row at a time. */
export function stepRows(state: AdaGradState, indices: Int32Array, values: Float32Array): void {
  const { weights, squaredGradients, activeClasses, activeGradients, active, classCount, learningRate, l2 } = state;
  for (let k = 0; k < indices.length; k += 1) {
    const row = indices[k] * classCount;
    const v = values[k];
    for (let a = 0; a < active; a += 1) {
      const at = row + activeClasses[a];
      const grad = activeGradients[a] * v + l2 * weights[at];
      squaredGradients[at] += grad * grad;
      weights[at] -= (learningRate * grad) / Math.sqrt(squaredGradients[at] + EPSILON);
    }
  }
  state.active = 0;
}
