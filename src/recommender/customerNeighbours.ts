/**
 * "Customers who buy what you buy": user-based neighbours beside SAR's item similarity. For one
 * customer, the customers whose histories overlap theirs most, scored overlap / (mine^a x theirs^(1-a)),
 * and the items those neighbours have, each weighted by how close its neighbour is.
 *
 * Why: on repeat-purchase shops (wholesale buyers with hundreds of items) summing item similarities
 * over a long history blurs into "popular"; the few customers with the same shopping list say more.
 * With a below 0.5 a neighbour whose whole, small history I share outranks a big buyer who has a bit
 * of everything. Computed at query time from the affinity matrix and its transpose: nothing extra to
 * fit or save, and the cost is the customer's items x those items' buyers.
 */
import type { Csr } from './sparse.ts';
import { transpose } from './sparse.ts';
import { TopK } from './topK.ts';

/**
 * Items bought by more customers than this are skipped when looking for neighbours: sharing a
 * best-seller says little about taste, and scanning its buyers would make one query cost millions
 * of steps on a big shop. (UCI Online Retail's best-seller has 881 buyers; the demo shop's fewer.)
 */
const MAX_BUYERS_SCANNED = 1000;

export class CustomerNeighbours {
  private readonly buyersOf: Csr;
  /** history size^(1 - a) per customer: the neighbour side of the normalisation. */
  private readonly theirNorm: Float64Array;
  private readonly overlap: Float64Array;
  private readonly overlapStamp: Int32Array;
  private readonly touchedCustomers: Int32Array;
  private readonly nearest: TopK;
  private readonly strongest: TopK;
  /** The last query's item scores: `items[0..count)` with `scoreOf[item]`, best scaled to 1. */
  readonly scoreOf: Float64Array;
  readonly items: Int32Array;
  private readonly itemStamp: Int32Array;
  private stamp = 0;

  constructor(
    private readonly affinity: Csr,
    neighbours: number,
    private readonly alpha: number,
    /** At most this many of the customer's items (highest affinity) look for neighbours: bounds the cost for big buyers. */
    historyLimit: number,
  ) {
    this.buyersOf = transpose(affinity);
    const customers = affinity.rows;
    this.theirNorm = new Float64Array(customers);
    for (let v = 0; v < customers; v++) {
      this.theirNorm[v] = Math.pow(Math.max(1, affinity.ptr[v + 1] - affinity.ptr[v]), 1 - alpha);
    }
    this.overlap = new Float64Array(customers);
    this.overlapStamp = new Int32Array(customers);
    this.touchedCustomers = new Int32Array(customers);
    this.nearest = new TopK(neighbours);
    this.strongest = new TopK(historyLimit);
    this.scoreOf = new Float64Array(affinity.cols);
    this.items = new Int32Array(affinity.cols);
    this.itemStamp = new Int32Array(affinity.cols);
  }

  /** The customer's items with the highest affinity (most recent, most often bought). */
  private strongestItems(u: number): TopK {
    const { affinity, strongest } = this;
    strongest.clear();
    for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) strongest.push(affinity.idx[m], affinity.val[m]);
    return strongest;
  }

  /** Scores the items of customer `u`'s nearest customers; returns how many items got a score. */
  score(u: number): number {
    const stamp = ++this.stamp;
    const { affinity, buyersOf, overlap, overlapStamp, touchedCustomers } = this;
    let touchedCount = 0;
    const history = this.strongestItems(u);
    for (let h = 0; h < history.size; h++) {
      const i = history.indices[h];
      if (buyersOf.ptr[i + 1] - buyersOf.ptr[i] > MAX_BUYERS_SCANNED) continue;
      for (let k = buyersOf.ptr[i]; k < buyersOf.ptr[i + 1]; k++) {
        const v = buyersOf.idx[k];
        if (v === u) continue;
        if (overlapStamp[v] !== stamp) {
          overlapStamp[v] = stamp;
          overlap[v] = 0;
          touchedCustomers[touchedCount++] = v;
        }
        overlap[v] += 1;
      }
    }
    const mine = Math.pow(Math.max(1, affinity.ptr[u + 1] - affinity.ptr[u]), this.alpha);
    this.nearest.clear();
    for (let n = 0; n < touchedCount; n++) {
      const v = touchedCustomers[n];
      this.nearest.push(v, overlap[v] / (mine * this.theirNorm[v]));
    }

    let itemCount = 0;
    let best = 0;
    const { nearest, scoreOf, items, itemStamp } = this;
    for (let n = 0; n < nearest.size; n++) {
      const v = nearest.indices[n];
      const closeness = nearest.scores[n];
      for (let m = affinity.ptr[v]; m < affinity.ptr[v + 1]; m++) {
        const j = affinity.idx[m];
        if (itemStamp[j] !== stamp) {
          itemStamp[j] = stamp;
          scoreOf[j] = 0;
          items[itemCount++] = j;
        }
        scoreOf[j] += closeness * Math.min(1, affinity.val[m]);
        if (scoreOf[j] > best) best = scoreOf[j];
      }
    }
    if (best > 0) for (let n = 0; n < itemCount; n++) scoreOf[items[n]] /= best;
    return itemCount;
  }
}
