/** Softmax of logits divided by a temperature (the calibration), numerically stable. */
/** `into` may be `logits` itself. */
export function softmax(logits: ArrayLike<number>, temperature = 1, into: Float64Array = new Float64Array(logits.length)): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c += 1) max = Math.max(max, logits[c] / temperature);
  let sum = 0;
  for (let c = 0; c < logits.length; c += 1) {
    const e = Math.exp(logits[c] / temperature - max);
    into[c] = e;
    sum += e;
  }
  for (let c = 0; c < logits.length; c += 1) into[c] /= sum;
  return into;
}

/**
 * Weighted sum of the rows a vector touches, plus the bias: one score per class. Rows are taken four
 * at a time, so each class's score is loaded and stored once per four rows; each score still adds
 * its terms one by one in the vector's order, so the result is the same to the last bit.
 */
export function logitsOf(
  indices: Int32Array,
  values: Float32Array,
  weights: Float32Array,
  bias: Float32Array,
  into = new Float64Array(bias.length),
): Float64Array {
  const classes = bias.length;
  for (let c = 0; c < classes; c += 1) into[c] = bias[c];
  const n = indices.length;
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const row0 = indices[k] * classes;
    const row1 = indices[k + 1] * classes;
    const row2 = indices[k + 2] * classes;
    const row3 = indices[k + 3] * classes;
    const v0 = values[k];
    const v1 = values[k + 1];
    const v2 = values[k + 2];
    const v3 = values[k + 3];
    for (let c = 0; c < classes; c += 1) {
      let sum = into[c];
      sum += v0 * weights[row0 + c];
      sum += v1 * weights[row1 + c];
      sum += v2 * weights[row2 + c];
      sum += v3 * weights[row3 + c];
      into[c] = sum;
    }
  }
  for (; k < n; k += 1) {
    const row = indices[k] * classes;
    const v = values[k];
    for (let c = 0; c < classes; c += 1) into[c] += v * weights[row + c];
  }
  return into;
}
