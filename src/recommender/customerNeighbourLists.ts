/**
 * Every customer's most similar customers, found once when the model is built so that a query
 * only reads a list. Similarity is overlap / (mine^a x theirs^(1-a)): overlap counts the
 * customer's strongest items (at most `historyLimit`) that the other customer also has.
 *
 * Why up front: the search scans the buyers of each of those items (tens of thousands of steps for
 * a big buyer), which was most of a personal query's time; done for all customers in one pass it
 * costs about the same as a few hundred queries (a fraction of a second on UCI Online Retail).
 */
import type { Csr } from './sparse.ts';
import { transpose } from './sparse.ts';
import { TopK } from './topK.ts';
import { TopSelector } from './selectTop.ts';

/**
 * Items bought by more customers than this are skipped when looking for neighbours: sharing a
 * best-seller says little about taste, and scanning its buyers would make one customer cost
 * millions of steps on a big shop. (UCI Online Retail's best-seller has 881 buyers; the demo shop's fewer.)
 */
export const MAX_BUYERS_SCANNED = 1000;

export interface CustomerNeighbourLists {
  /** Customer u's neighbours are `customer[ptr[u]..ptr[u+1])`, in no particular order. */
  ptr: Int32Array;
  customer: Int32Array;
  /** How many of u's strongest items each neighbour shares (an integer, kept exactly). */
  overlap: Float32Array;
  /** How many of its strongest items each of u's neighbours lends u's queries (the item budget's share). */
  lend: Int32Array;
}

export interface NeighbourSearch {
  /** Neighbours kept per customer. */
  neighbours: number;
  /** The a of overlap / (mine^a x theirs^(1-a)). */
  alpha: number;
  /** At most this many of the customer's items (highest affinity) look for neighbours: bounds the cost for big buyers. */
  historyLimit: number;
  /**
   * At most this many items summed over a customer's neighbours (0 = no limit): over it, every
   * neighbour lends only its strongest c items, c as large as fits (small neighbours stay whole).
   */
  itemBudget: number;
}

/** `lent`: the items each customer lends a query as a neighbour (what the item budget counts). */
export function findCustomerNeighbours(affinity: Csr, search: NeighbourSearch, lent: Csr = affinity): CustomerNeighbourLists {
  const { neighbours, alpha, historyLimit, itemBudget } = search;
  const customers = affinity.rows;
  const buyersOf = transpose(affinity);
  const theirNorm = neighbourNorms(affinity, alpha);
  // Counts in 32-bit integers: half the cache footprint of doubles, and this loop is the whole cost.
  const overlap = new Int32Array(customers);
  const touched = new Int32Array(customers);
  const closeness = new Float64Array(customers);
  const strongest = new TopK(historyLimit);
  const selector = new TopSelector(Math.min(customers, 4096));

  const ptr = new Int32Array(customers + 1);
  const lend = new Int32Array(customers);
  // Upper bound, allocated once: a list never outgrows `neighbours`, and views avoid a final copy.
  const capacity = customers * Math.min(neighbours, Math.max(0, customers - 1));
  const customer = new Int32Array(capacity);
  const shared = new Float32Array(capacity);
  let stored = 0;
  for (let u = 0; u < customers; u++) {
    strongest.clear();
    for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) strongest.push(affinity.idx[m], affinity.val[m]);
    let touchedCount = 0;
    for (let h = 0; h < strongest.size; h++) {
      const i = strongest.indices[h];
      const end = buyersOf.ptr[i + 1];
      if (end - buyersOf.ptr[i] > MAX_BUYERS_SCANNED) continue;
      for (let k = buyersOf.ptr[i]; k < end; k++) {
        const v = buyersOf.idx[k];
        if (overlap[v] === 0) touched[touchedCount++] = v;
        overlap[v] += 1;
      }
    }
    // The customer counted themself along the way (cheaper than a test per step): drop them here.
    const mine = Math.pow(Math.max(1, affinity.ptr[u + 1] - affinity.ptr[u]), alpha);
    let candidates = 0;
    for (let n = 0; n < touchedCount; n++) {
      const v = touched[n];
      if (v === u) continue;
      touched[candidates] = v;
      closeness[candidates++] = overlap[v] / (mine * theirNorm[v]);
    }
    overlap[u] = 0;
    const kept = selector.select(touched, closeness, candidates, neighbours, customer, stored);
    lend[u] = lendingLimit(lent, customer.subarray(stored, stored + kept), itemBudget);
    for (let n = stored; n < stored + kept; n++) shared[n] = overlap[customer[n]];
    for (let n = 0; n < candidates; n++) overlap[touched[n]] = 0;
    stored += kept;
    ptr[u + 1] = stored;
  }
  // Most customers have a full list; when many do not, a copy frees the unused tail.
  const trim = stored < capacity * 0.75;
  return {
    ptr,
    customer: trim ? customer.slice(0, stored) : customer.subarray(0, stored),
    overlap: trim ? shared.slice(0, stored) : shared.subarray(0, stored),
    lend,
  };
}

/** history size^(1 - a) per customer: the neighbour side of the normalisation. */
export function neighbourNorms(affinity: Csr, alpha: number): Float64Array {
  const norms = new Float64Array(affinity.rows);
  for (let v = 0; v < affinity.rows; v++) {
    norms[v] = Math.pow(Math.max(1, affinity.ptr[v + 1] - affinity.ptr[v]), 1 - alpha);
  }
  return norms;
}

/**
 * The largest c such that the neighbours, each lending at most its first c items of `lent`, lend
 * at most `budget` items in all (at least 1; the longest row's length when everything fits or
 * `budget` is 0). Water-filling: only the big buyers among the neighbours are cut, and all equally.
 */
function lendingLimit(lent: Csr, neighbours: Int32Array, budget: number): number {
  let longest = 0;
  let total = 0;
  for (const v of neighbours) {
    const length = lent.ptr[v + 1] - lent.ptr[v];
    total += length;
    if (length > longest) longest = length;
  }
  if (budget <= 0 || total <= budget) return longest;
  const lentWith = (c: number) => {
    let sum = 0;
    for (const v of neighbours) sum += Math.min(lent.ptr[v + 1] - lent.ptr[v], c);
    return sum;
  };
  let low = 1; // lentWith(low) <= budget, or low = 1 anyway
  let high = longest; // lentWith(high) > budget
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (lentWith(middle) <= budget) low = middle;
    else high = middle;
  }
  return low;
}
