/**
 * Picks the best `n` of `count` candidates in linear time, with the same tie rule as TopK: higher
 * score first, then the smaller index. For lists far longer than `n` this beats pushing every
 * candidate through a heap, which is what made the similar-customer search slow.
 *
 * How: a sample of the scores gives a bar a little below the n-th best; one pass keeps what clears
 * it (a few more than n), and an exact quickselect runs on those few. Should the bar be too high
 * (fewer than n clear it), the exact select runs on everything, so the answer never depends on luck.
 */
export class TopSelector {
  private scratch: Float64Array;
  private ties: Int32Array;
  private kept: Int32Array;
  private keptScores: Float64Array;

  constructor(capacity: number) {
    this.scratch = new Float64Array(capacity);
    this.ties = new Int32Array(capacity);
    this.kept = new Int32Array(capacity);
    this.keptScores = new Float64Array(capacity);
  }

  /**
   * Writes the indices of the best `n` of `indices[0..count)` (scored by `scores[n]`, parallel to
   * `indices`) into `out` from `at`, in no particular order; returns how many were written.
   */
  select(indices: Int32Array, scores: Float64Array, count: number, n: number, out: Int32Array, at: number): number {
    if (count <= n) {
      out.set(indices.subarray(0, count), at);
      return count;
    }
    if (n <= 0) return 0;
    this.ensure(count);
    const { kept, keptScores } = this;
    let keptCount = 0;
    const bar = this.sampledBar(scores, count, n);
    if (bar !== undefined) {
      for (let c = 0; c < count; c++) {
        if (scores[c] >= bar) {
          kept[keptCount] = indices[c];
          keptScores[keptCount++] = scores[c];
        }
      }
    }
    if (keptCount < n) return this.exact(indices, scores, count, n, out, at);
    return this.exact(kept, keptScores, keptCount, n, out, at);
  }

  /** A score that probably at least n candidates reach (a quantile of every `step`-th score). */
  private sampledBar(scores: Float64Array, count: number, n: number): number | undefined {
    const step = Math.floor(count / (2 * n));
    if (step < 2) return undefined; // too few candidates for a sample to save anything
    const scratch = this.scratch;
    let size = 0;
    for (let c = 0; c < count; c += step) scratch[size++] = scores[c];
    const expected = n / step;
    // About three standard deviations of slack, so the bar is rarely above the true n-th best.
    const rank = Math.min(size, Math.ceil(expected + 3 * Math.sqrt(expected) + 1));
    return nthLargest(scratch, size, rank);
  }

  private exact(indices: Int32Array, scores: Float64Array, count: number, n: number, out: Int32Array, at: number): number {
    const scratch = this.scratch;
    scratch.set(scores.subarray(0, count));
    const threshold = nthLargest(scratch, count, n);
    let written = 0;
    let tieCount = 0;
    for (let c = 0; c < count; c++) {
      if (scores[c] > threshold) out[at + written++] = indices[c];
      else if (scores[c] === threshold) this.ties[tieCount++] = indices[c];
    }
    // Ties at the threshold: the smallest indices, as TopK keeps them.
    const ties = this.ties.subarray(0, tieCount).sort();
    for (let t = 0; written < n && t < tieCount; t++) out[at + written++] = ties[t];
    return written;
  }

  private ensure(count: number): void {
    if (this.scratch.length >= count) return;
    this.scratch = new Float64Array(count);
    this.ties = new Int32Array(count);
    this.kept = new Int32Array(count);
    this.keptScores = new Float64Array(count);
  }
}

/** The n-th largest of values[0..count) (1-based n), reordering `values` in place. */
function nthLargest(values: Float64Array, count: number, n: number): number {
  const target = n - 1; // position in descending order
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const pivot = median(values[lo], values[mid], values[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

function median(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
