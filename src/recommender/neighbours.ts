/**
 * Item-item neighbours from co-occurrence: for each item, the items that share users (or baskets)
 * with it, scored by a similarity function and pruned to the best N. Memory is items x N; the
 * co-occurrence counts live in one dense accumulator row at a time, never an object per pair.
 */
import type { Csr } from './sparse.ts';
import { transpose } from './sparse.ts';
import type { SimilarityDefinition, SimilarityParameters } from './similarity.ts';
import { TopK } from './topK.ts';

export interface NeighbourSettings extends SimilarityParameters {
  similarity: SimilarityDefinition;
  minCooccurrence: number;
  neighbours: number;
}

/**
 * `transactions`: rows are users or baskets, columns items; only the presence of an entry counts.
 * Returns an item x item CSR whose row i holds i's best neighbours, best first.
 */
export function computeNeighbours(
  transactions: Csr,
  settings: NeighbourSettings,
  onRow?: (done: number, total: number) => void,
): Csr {
  const items = transactions.cols;
  const byItem = transpose(transactions);
  const itemCount = new Float64Array(items);
  for (let i = 0; i < items; i++) itemCount[i] = byItem.ptr[i + 1] - byItem.ptr[i];
  const transactionWeight = settings.similarity.needsWeightedPairs
    ? degreeWeights(transactions, settings.alpha)
    : undefined;

  // Integer counts (half the cache footprint of doubles); the weighted sum only when the function reads it.
  const pairCount = new Int32Array(items);
  const weightedPair = new Float64Array(transactionWeight ? items : 0);
  const touched = new Int32Array(items);
  const best = new TopK(settings.neighbours);
  const counts = { pair: 0, from: 0, to: 0, weightedPair: 0 };
  const score = settings.similarity.score;

  const ptr = new Int32Array(items + 1);
  let idx = new Int32Array(Math.min(items * settings.neighbours, 1 << 20));
  let val = new Float32Array(idx.length);
  let stored = 0;

  for (let i = 0; i < items; i++) {
    let touchedCount = 0;
    // This loop is most of the fit's time (sum over transactions of their size squared), so the
    // unweighted case gets its own copy without the extra accumulator.
    for (let k = byItem.ptr[i]; k < byItem.ptr[i + 1]; k++) {
      const t = byItem.idx[k];
      const end = transactions.ptr[t + 1];
      if (transactionWeight) {
        const w = transactionWeight[t];
        for (let m = transactions.ptr[t]; m < end; m++) {
          const j = transactions.idx[m];
          if (pairCount[j] === 0) touched[touchedCount++] = j;
          pairCount[j] += 1;
          weightedPair[j] += w;
        }
      } else {
        for (let m = transactions.ptr[t]; m < end; m++) {
          const j = transactions.idx[m];
          if (pairCount[j] === 0) touched[touchedCount++] = j;
          pairCount[j] += 1;
        }
      }
    }
    best.clear();
    counts.from = itemCount[i];
    for (let n = 0; n < touchedCount; n++) {
      const j = touched[n];
      // The item itself was counted along the way (cheaper than a test per step): never its own neighbour.
      if (j !== i && pairCount[j] >= settings.minCooccurrence) {
        counts.pair = pairCount[j];
        counts.to = itemCount[j];
        counts.weightedPair = transactionWeight ? weightedPair[j] : 0;
        const s = score(counts, settings);
        if (s > 0) best.push(j, s);
      }
      pairCount[j] = 0;
      if (transactionWeight) weightedPair[j] = 0;
    }
    const row = best.sorted();
    if (stored + row.indices.length > idx.length) {
      const grown = Math.max(idx.length * 2, stored + row.indices.length);
      idx = copyInto(new Int32Array(grown), idx);
      val = copyInto(new Float32Array(grown), val);
    }
    for (let n = 0; n < row.indices.length; n++) {
      idx[stored] = row.indices[n];
      val[stored] = row.scores[n];
      stored++;
    }
    ptr[i + 1] = stored;
    if (onRow && (i % 1024 === 0 || i === items - 1)) onRow(i + 1, items);
  }
  return { rows: items, cols: items, ptr, idx: idx.slice(0, stored), val: val.slice(0, stored) };
}

/** degree^-alpha per transaction: a user with many items says less about each pair (RP3beta's walk). */
function degreeWeights(transactions: Csr, alpha: number): Float64Array {
  const weights = new Float64Array(transactions.rows);
  for (let t = 0; t < transactions.rows; t++) {
    const degree = transactions.ptr[t + 1] - transactions.ptr[t];
    weights[t] = degree > 0 ? Math.pow(degree, -alpha) : 0;
  }
  return weights;
}

function copyInto<T extends Int32Array | Float32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
