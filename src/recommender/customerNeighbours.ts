/**
 * "Customers who buy what you buy": user-based neighbours beside SAR's item similarity. For one
 * customer, the customers whose histories overlap theirs most, scored overlap / (mine^a x theirs^(1-a)),
 * and the items those neighbours have, each weighted by how close its neighbour is.
 *
 * Why: on repeat-purchase shops (wholesale buyers with hundreds of items) summing item similarities
 * over a long history blurs into "popular"; the few customers with the same shopping list say more.
 * With a below 0.5 a neighbour whose whole, small history I share outranks a big buyer who has a bit
 * of everything. The neighbour lists are found when the model is built (customerNeighbourLists.ts),
 * from the affinity matrix alone, so nothing extra is saved; a query costs the neighbours' items,
 * at most `itemsPerNeighbour` (their strongest) from each.
 */
import type { Csr } from './sparse.ts';
import { strongestItems } from './strongestItems.ts';
import {
  findCustomerNeighbours,
  neighbourNorms,
  type CustomerNeighbourLists,
  type NeighbourSearch,
} from './customerNeighbourLists.ts';

export class CustomerNeighbours {
  private readonly lists: CustomerNeighbourLists;
  /** history size^(1 - a) per customer: the neighbour side of the normalisation. */
  private readonly theirNorm: Float64Array;
  /** What each neighbour lends a query: their strongest items only (strongestItems.ts). */
  private readonly lent: Csr;
  /** The last query's item scores: `items[0..count)` with `scoreOf[item]`, best scaled to 1. */
  readonly scoreOf: Float64Array;
  readonly items: Int32Array;
  private lastCount = 0;

  private readonly alpha: number;

  constructor(
    private readonly affinity: Csr,
    settings: NeighbourSearch & { itemsPerNeighbour: number },
  ) {
    this.alpha = settings.alpha;
    this.lent = strongestItems(affinity, settings.itemsPerNeighbour);
    this.lists = findCustomerNeighbours(affinity, settings, this.lent);
    this.theirNorm = neighbourNorms(affinity, settings.alpha);
    this.scoreOf = new Float64Array(affinity.cols);
    this.items = new Int32Array(affinity.cols);
  }

  /** Scores the items of customer `u`'s nearest customers; returns how many items got a score. */
  score(u: number): number {
    const { affinity, lent, theirNorm, scoreOf, items } = this;
    const { ptr, customer, overlap, lend } = this.lists;
    const lendLimit = lend[u];
    // Zero means "not scored yet" (every contribution is positive), so one array is read per step
    // rather than a score and a stamp: on a big catalogue each is a cache miss. Clearing the last
    // query's items here costs one pass over them.
    for (let n = 0; n < this.lastCount; n++) scoreOf[items[n]] = 0;
    const mine = Math.pow(Math.max(1, affinity.ptr[u + 1] - affinity.ptr[u]), this.alpha);
    let itemCount = 0;
    for (let n = ptr[u]; n < ptr[u + 1]; n++) {
      const v = customer[n];
      const closeness = overlap[n] / (mine * theirNorm[v]);
      const end = Math.min(lent.ptr[v + 1], lent.ptr[v] + lendLimit);
      for (let m = lent.ptr[v]; m < end; m++) {
        const j = lent.idx[m];
        const value = lent.val[m];
        const contribution = closeness * (value < 1 ? value : 1);
        if (scoreOf[j] === 0) {
          if (contribution > 0) items[itemCount++] = j;
          scoreOf[j] = contribution;
        } else {
          scoreOf[j] += contribution;
        }
      }
    }
    this.lastCount = itemCount;
    let best = 0;
    for (let n = 0; n < itemCount; n++) if (scoreOf[items[n]] > best) best = scoreOf[items[n]];
    if (best > 0) for (let n = 0; n < itemCount; n++) scoreOf[items[n]] /= best;
    return itemCount;
  }
}
