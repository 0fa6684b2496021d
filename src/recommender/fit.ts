/**
 * The fit, as named steps (after SAR): index the ids, build time-decayed user affinities, compute
 * item-item neighbours over users and over baskets, count popularity and recent trends.
 */
import type { CatalogItem, FitProgress, InteractionEvent, RecommenderOptions } from './types.ts';
import type { ModelState } from './modelState.ts';
import { resolveOptions } from './options.ts';
import { IdIndex } from './idIndex.ts';
import { groupTriples, type Csr } from './sparse.ts';
import { computeNeighbours } from './neighbours.ts';
import { SIMILARITIES } from './similarity.ts';

export const MODEL_FORMAT_VERSION = 1;
const DAY_MS = 86_400_000;

/** Similarity used for "bought together": cosine is symmetric and tempers very popular items. */
const TOGETHER_SIMILARITY = SIMILARITIES.cosine;

export function fitModelState(
  events: readonly InteractionEvent[],
  catalog: readonly CatalogItem[] = [],
  options: RecommenderOptions = {},
  onProgress?: (progress: FitProgress) => void,
): ModelState {
  const settings = resolveOptions(options);
  const report = (step: FitProgress['step'], done: number, total: number) => onProgress?.({ step, done, total });

  report('index', 0, 1);
  const { dataFrom, dataTo } = timeRange(events);
  const items = IdIndex.of(itemIdsOf(events, catalog));
  const users = IdIndex.of(events.map((e) => e.user));
  report('index', 1, 1);

  report('affinity', 0, 1);
  const weigh = eventWeigher(settings.eventWeights, settings.defaultEventWeight);
  const purchaseTypes = new Set(settings.purchaseTypes);
  const isBought = (e: InteractionEvent) => e.type === undefined || purchaseTypes.has(e.type);
  const halfLifeMs = settings.halfLifeDays * DAY_MS;
  const n = events.length;
  const userOf = new Int32Array(n);
  const itemOf = new Int32Array(n);
  const value = new Float64Array(n);
  const flag = new Uint8Array(n);
  const trending = new Float32Array(items.size);
  const trendingFrom = dataTo - settings.trendingDays * DAY_MS;
  let kept = 0;
  for (const e of events) {
    const weight = weigh(e);
    if (!(weight > 0)) continue; // "shown" and unknown zero-weight events carry no preference
    const item = items.numberOf(e.item)!;
    userOf[kept] = users.numberOf(e.user)!;
    itemOf[kept] = item;
    value[kept] = halfLifeMs > 0 ? weight * Math.pow(2, -(dataTo - e.timestamp) / halfLifeMs) : weight;
    flag[kept] = isBought(e) ? 1 : 0;
    if (e.timestamp >= trendingFrom) trending[item] += weight;
    kept++;
  }
  const { matrix: affinity, flags: bought } = groupTriples(
    userOf.subarray(0, kept),
    itemOf.subarray(0, kept),
    value.subarray(0, kept),
    flag.subarray(0, kept),
    users.size,
    items.size,
  );
  const popularity = new Float32Array(items.size);
  for (let k = 0; k < affinity.idx.length; k++) popularity[affinity.idx[k]]++;
  report('affinity', 1, 1);

  const similar = computeNeighbours(
    affinity,
    {
      similarity: SIMILARITIES[settings.similarity],
      minCooccurrence: settings.minCooccurrence,
      neighbours: settings.neighbours,
      shrink: settings.shrink,
      alpha: settings.alpha,
      beta: settings.beta,
    },
    (done, total) => report('similarity', done, total),
  );

  report('baskets', 0, 1);
  const baskets = basketMatrix(events, items, isBought, weigh, settings.basketWindowHours * 3_600_000);
  const together = computeNeighbours(baskets, {
    similarity: TOGETHER_SIMILARITY,
    minCooccurrence: settings.minCooccurrence,
    neighbours: settings.neighbours,
    shrink: settings.shrink,
    alpha: settings.alpha,
    beta: settings.beta,
  });
  report('baskets', 1, 1);
  report('done', 1, 1);

  return {
    info: {
      version: MODEL_FORMAT_VERSION,
      options: settings,
      dataFrom,
      dataTo,
      events: kept,
      users: users.size,
      items: items.size,
      neighbourEntries: similar.idx.length + together.idx.length,
      fittedAt: new Date().toISOString(),
    },
    itemIds: [...items.ids],
    userIds: [...users.ids],
    affinity,
    bought,
    similar,
    together,
    popularity,
    trending,
    catalog: [...catalog],
  };
}

function timeRange(events: readonly InteractionEvent[]): { dataFrom: number; dataTo: number } {
  let dataFrom = Infinity;
  let dataTo = -Infinity;
  for (const e of events) {
    if (!Number.isFinite(e.timestamp)) throw new RangeError(`event of user ${e.user} on item ${e.item} has no valid timestamp`);
    if (e.timestamp < dataFrom) dataFrom = e.timestamp;
    if (e.timestamp > dataTo) dataTo = e.timestamp;
  }
  return events.length ? { dataFrom, dataTo } : { dataFrom: 0, dataTo: 0 };
}

function* itemIdsOf(events: readonly InteractionEvent[], catalog: readonly CatalogItem[]): Iterable<string> {
  for (const e of events) yield e.item;
  for (const item of catalog) yield item.id;
}

function eventWeigher(weights: Record<string, number>, fallback: number): (e: InteractionEvent) => number {
  return (e) => e.weight ?? (e.type !== undefined ? (weights[e.type] ?? fallback) : fallback);
}

/**
 * Baskets as transactions: an event's own basket id, or else the user's purchases within one time
 * window (a day by default), so shops that log no order ids still get "bought together".
 */
function basketMatrix(
  events: readonly InteractionEvent[],
  items: IdIndex,
  isBought: (e: InteractionEvent) => boolean,
  weigh: (e: InteractionEvent) => number,
  windowMs: number,
): Csr {
  const basketNumbers = new Map<string, number>();
  const basketOf: number[] = [];
  const itemOf: number[] = [];
  for (const e of events) {
    if (!isBought(e) || !(weigh(e) > 0)) continue;
    const key = e.basket ?? `${e.user}\u0000${windowMs > 0 ? Math.floor(e.timestamp / windowMs) : e.timestamp}`;
    let basket = basketNumbers.get(key);
    if (basket === undefined) basketNumbers.set(key, (basket = basketNumbers.size));
    basketOf.push(basket);
    itemOf.push(items.numberOf(e.item)!);
  }
  const count = basketOf.length;
  return groupTriples(
    Int32Array.from(basketOf),
    Int32Array.from(itemOf),
    new Float64Array(count).fill(1),
    new Uint8Array(count),
    basketNumbers.size,
    items.size,
  ).matrix;
}
