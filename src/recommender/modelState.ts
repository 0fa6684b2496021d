/** Everything a fitted model holds: plain ids and typed arrays, so it saves and loads as is. */
import type { CatalogItem, RecommenderInfo } from './types.ts';
import type { Csr } from './sparse.ts';

export interface ModelState {
  info: RecommenderInfo;
  /** Item ids, sorted; an item's number is its position here. Includes catalog items never seen. */
  itemIds: string[];
  /** User ids, sorted. */
  userIds: string[];
  /** users x items: time-decayed, event-weighted affinity. */
  affinity: Csr;
  /** Per affinity entry: 1 when the user bought the item (a purchase-type event), else 0 (only viewed). */
  bought: Uint8Array;
  /** items x items: best neighbours by co-occurrence over users, best first. */
  similar: Csr;
  /** items x items: best neighbours by co-occurrence in baskets (bought together), best first. */
  together: Csr;
  /** Distinct users per item over all the training data. */
  popularity: Float32Array;
  /** Weighted events per item in the last `trendingDays` of the training data. */
  trending: Float32Array;
  /** The catalog known at fit time (names, categories, stock, prices) for filters and reasons. */
  catalog: CatalogItem[];
}
