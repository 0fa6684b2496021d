/** Softmax of logits divided by a temperature (the calibration), numerically stable. */
export function softmax(logits: ArrayLike<number>, temperature = 1, into = new Float64Array(logits.length)): Float64Array {
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

/** Weighted sum of the rows a vector touches, plus the bias: one score per class. */
export function logitsOf(
  indices: Int32Array,
  values: Float32Array,
  weights: Float32Array,
  bias: Float32Array,
  into = new Float64Array(bias.length),
): Float64Array {
  const classes = bias.length;
  for (let c = 0; c < classes; c += 1) into[c] = bias[c];
  for (let k = 0; k < indices.length; k += 1) {
    const row = indices[k] * classes;
    const v = values[k];
    for (let c = 0; c < classes; c += 1) into[c] += v * weights[row + c];
  }
  return into;
}
