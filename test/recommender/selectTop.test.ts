/**
 * The similar-customer search picks each customer's best neighbours with TopSelector; it must keep
 * exactly what the heap (TopK) keeps, ties included, or suggestions would change with the speed-up.
 */
import { describe, expect, it } from 'vitest';
import { TopSelector } from '../../src/recommender/selectTop.ts';
import { TopK } from '../../src/recommender/topK.ts';

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function keptByHeap(indices: Int32Array, scores: Float64Array, n: number): number[] {
  const heap = new TopK(n);
  for (let c = 0; c < indices.length; c++) heap.push(indices[c], scores[c]);
  return [...heap.indices.subarray(0, heap.size)].sort((a, b) => a - b);
}

function keptBySelector(indices: Int32Array, scores: Float64Array, n: number): number[] {
  const out = new Int32Array(n + 3).fill(-1);
  const written = new TopSelector(4).select(indices, scores, indices.length, n, out, 1);
  expect(out[0]).toBe(-1); // writes start at the given offset
  return [...out.subarray(1, 1 + written)].sort((a, b) => a - b);
}

describe('TopSelector keeps what TopK keeps', () => {
  it.each([
    { what: 'fewer candidates than places', count: 5, n: 10, levels: 100 },
    { what: 'no places', count: 50, n: 0, levels: 100 },
    { what: 'all tied', count: 3000, n: 200, levels: 1 },
    { what: 'a few score levels (many ties at the cut)', count: 3000, n: 200, levels: 7 },
    { what: 'distinct scores, long list (sampled bar)', count: 20000, n: 200, levels: 1e9 },
    { what: 'just over the places', count: 201, n: 200, levels: 3 },
  ])('$what', ({ count, n, levels }) => {
    const next = sequence(count * 31 + n);
    const indices = new Int32Array(count);
    const scores = new Float64Array(count);
    // Shuffled, spaced indices: the tie rule (smaller index first) must not rely on arrival order.
    for (let c = 0; c < count; c++) indices[c] = c * 3;
    for (let c = count - 1; c > 0; c--) {
      const other = Math.floor(next() * (c + 1));
      [indices[c], indices[other]] = [indices[other], indices[c]];
    }
    for (let c = 0; c < count; c++) scores[c] = Math.floor(next() * levels) / 7;
    expect(keptBySelector(indices, scores, n)).toEqual(keptByHeap(indices, scores, n));
  });
});
