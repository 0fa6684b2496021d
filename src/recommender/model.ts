/**
 * A fitted item-similarity model answering the bot's questions: personal top-k, similar items,
 * bought together, trending, with popular as the last fallback. Scoring is SAR's one line of
 * algebra (user affinities x item similarities) over sparse rows, into reused typed buffers.
 */
import type {
  CatalogItem,
  CatalogSearchResult,
  Reason,
  Recommender,
  RecommenderInfo,
  Suggestion,
  SuggestionRequest,
} from './types.ts';
import type { ModelState } from './modelState.ts';
import { IdIndex, compareStrings } from './idIndex.ts';
import { ContentIndex } from './contentSimilarity.ts';
import { diversify, itemPredicate } from './filters.ts';
import { reasons } from './reasons.ts';
import { TopK } from './topK.ts';
import { CustomerNeighbours } from './customerNeighbours.ts';

interface Candidate {
  id: string;
  score: number;
  reason: Reason;
}

/** How many ranked candidates each source hands to the diversity step, beyond k. */
const POOL_FACTOR = 5;
const POOL_EXTRA = 20;
/** Queries answered, at most, to warm the engine up after a fit or load (see warmUp), and the time they may take. */
const WARM_UP_QUERIES = 200;
const WARM_UP_MS = 50;
const WARM_UP_EXCLUDE: ReadonlySet<string> = new Set(['\u0000warm-up']);
/** A search keeps the items scoring at least this share of the best match. */
const SEARCH_SCORE_SHARE = 0.5;

/** Recent-popularity share given to items with no recent events when trendingBoost is on. */
const TRENDING_FLOOR = 0.001;

export class ItemSimilarityRecommender implements Recommender {
  readonly info: RecommenderInfo;
  private readonly items: IdIndex;
  private readonly users: IdIndex;
  private readonly catalogById: Map<string, CatalogItem>;
  private readonly trendingOrder: Int32Array;
  private readonly popularOrder: Int32Array;
  private readonly maxTrending: number;
  private content: ContentIndex | undefined;
  private searchIndex: ContentIndex | undefined;
  private readonly customers: CustomerNeighbours | undefined;
  // Reused per query: scores and best anchors of touched items, marked by a query stamp.
  private readonly scores: Float64Array;
  private readonly bestContribution: Float64Array;
  private readonly bestAnchor: Int32Array;
  private readonly touchedStamp: Int32Array;
  private readonly seenStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly heaps = new Map<number, TopK>();
  private stamp = 0;

  constructor(
    private readonly state: ModelState,
    catalog: readonly CatalogItem[] = state.catalog,
  ) {
    this.info = state.info;
    this.items = new IdIndex(state.itemIds);
    this.users = new IdIndex(state.userIds);
    this.catalogById = new Map(catalog.map((item) => [item.id, item]));
    const count = state.itemIds.length;
    this.popularOrder = rankBy(count, state.popularity, state.trending);
    this.trendingOrder = rankBy(count, state.trending, state.popularity);
    this.maxTrending = state.trending.reduce((max, v) => Math.max(max, v), 0);
    this.scores = new Float64Array(count);
    this.bestContribution = new Float64Array(count);
    this.bestAnchor = new Int32Array(count);
    this.touchedStamp = new Int32Array(count);
    this.seenStamp = new Int32Array(count);
    this.touched = new Int32Array(count);
    const { customerNeighbours, customerBlend, customerAlpha, customerHistory, customerItemBudget, customerItemsPerNeighbour } =
      state.info.options;
    if (customerNeighbours > 0 && customerBlend > 0) {
      this.customers = new CustomerNeighbours(state.affinity, {
        neighbours: customerNeighbours,
        alpha: customerAlpha,
        historyLimit: customerHistory,
        itemBudget: customerItemBudget,
        itemsPerNeighbour: customerItemsPerNeighbour,
      });
    }
    this.warmUp();
  }

  /**
   * Answers a few personal queries for the model's own customers and throws the answers away, so
   * the first real customers after a fit or a load are served by optimised code: cold, the first
   * few dozen queries ran 5 to 20 times slower (1 to 4 ms) while the JavaScript engine compiled the
   * scoring loops. Bounded in count and time; leaves no trace (every query starts on a new stamp).
   */
  private warmUp(): void {
    const customers = this.state.userIds.length;
    const until = performance.now() + WARM_UP_MS;
    for (let n = 0; n < Math.min(customers, WARM_UP_QUERIES) && performance.now() < until; n++) {
      this.recommendIds(this.state.userIds[Math.floor((n * customers) / WARM_UP_QUERIES)], 10, WARM_UP_EXCLUDE);
    }
  }

  /** The model's state, for saving. */
  get modelState(): ModelState {
    return this.state;
  }

  recommendIds(user: string, k: number, exclude?: ReadonlySet<string>): string[] {
    const u = this.users.numberOf(user);
    const stamp = this.nextStamp();
    if (exclude) for (const id of exclude) this.markSeen(id, stamp);
    const ranked: string[] = [];
    if (u !== undefined) {
      const { affinity } = this.state;
      for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) this.seenStamp[affinity.idx[m]] = stamp;
      // Ids only, no reasons: the anchors behind each score need not be tracked.
      const touchedCount = this.scoreHistory(u, stamp, false);
      for (const j of this.topScored(touchedCount, stamp, k)) {
        ranked.push(this.items.idOf(j));
        this.seenStamp[j] = stamp;
      }
    }
    // Too few scored items (or a new user): fill with the most popular, as SAR's cold path does.
    for (let n = 0; n < this.popularOrder.length && ranked.length < k; n++) {
      const j = this.popularOrder[n];
      if (this.seenStamp[j] !== stamp) ranked.push(this.items.idOf(j));
    }
    return ranked;
  }

  /**
   * The catalog items a shopper's words describe ("jumpers", "something for camping"): the best
   * matches by BM25 over name, category and keywords (tags), down to half the best score, so a
   * word that only grazes an item's description does not pull it in beside the items it names.
   */
  search(query: string): CatalogSearchResult {
    if (this.catalogById.size === 0) return { itemIds: [], matchedWords: [], unmatchedNouns: [] };
    this.searchIndex ??= new ContentIndex([...this.catalogById.values()], 'keywords');
    const { hits, matchedWords, unmatchedNouns } = this.searchIndex.search(query);
    const floor = (hits[0]?.score ?? 0) * SEARCH_SCORE_SHARE;
    return { itemIds: hits.filter((h) => h.score >= floor).map((h) => h.id), matchedWords, unmatchedNouns };
  }

  suggest(request: SuggestionRequest): Suggestion[] {
    const k = Math.max(0, Math.floor(request.k));
    if (k === 0) return [];
    const stamp = this.nextStamp();
    const u = request.user !== undefined ? this.users.numberOf(request.user) : undefined;
    const anchors = (request.anchorItems ?? []).filter((id) => this.items.numberOf(id) !== undefined || this.catalogById.has(id));
    for (const id of request.anchorItems ?? []) this.markSeen(id, stamp);
    if (u !== undefined && this.info.options.removeSeen && !request.keepBought) this.markBought(u, stamp);
    const allowed = itemPredicate(request.filter, this.catalogById);
    const accept = (id: string) => {
      const j = this.items.numberOf(id);
      return (j === undefined || this.seenStamp[j] !== stamp) && allowed(id);
    };
    const pool = k * POOL_FACTOR + POOL_EXTRA;
    const anchorCategories = this.categoriesOf(anchors);

    const sources: Array<() => Candidate[]> = [];
    const personal = () => (u !== undefined ? this.personal(u, stamp, pool, accept) : []);
    const similar = () => this.similarTo(anchors, pool, accept);
    const together = () => this.boughtWith(anchors, pool, accept);
    const trendingNear = () => (anchorCategories.size ? this.trending(pool, accept, anchorCategories) : []);
    const trending = () => this.trending(pool, accept);
    const popular = () => this.popular(pool, accept);
    switch (request.mode) {
      case 'personal':
        sources.push(personal, similar, trendingNear, trending, popular);
        break;
      case 'similar':
        sources.push(anchors.length ? similar : personal, trendingNear, trending, popular);
        break;
      case 'goes_with':
        sources.push(anchors.length ? together : personal, similar, trendingNear, trending, popular);
        break;
      case 'trending':
        sources.push(trendingNear, trending, popular);
        break;
    }

    // Sources in order of evidence; each later source scores below the last pick of the one before,
    // so scores never rise down the list whatever scale each source uses.
    const ranked: Candidate[] = [];
    const taken = new Set<string>();
    let ceiling = 1;
    for (const source of sources) {
      if (ranked.length >= pool) break;
      for (const candidate of source()) {
        if (taken.has(candidate.id)) continue;
        taken.add(candidate.id);
        ranked.push({ ...candidate, score: Math.min(candidate.score, 1) * ceiling });
      }
      if (ranked.length) ceiling = ranked[ranked.length - 1].score;
    }
    return diversify(ranked, k, request.filter, (id) => this.catalogById.get(id)?.category, (a, b) =>
      this.closeness(a, b),
    ).map(({ id, score, reason }) => ({ itemId: id, score, reason }));
  }

  // --- sources ------------------------------------------------------------------------------------

  private personal(u: number, stamp: number, pool: number, accept: (id: string) => boolean): Candidate[] {
    const touchedCount = this.scoreHistory(u, stamp);
    const { affinity, bought } = this.state;
    const boughtAnchor = new Map<number, boolean>();
    for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) boughtAnchor.set(affinity.idx[m], bought[m] === 1);
    const top = this.topScored(touchedCount, stamp, pool, (j) => accept(this.items.idOf(j)));
    const best = top.length ? this.blendedScore(top[0], stamp) : 1;
    return top.map((j) => {
      if (this.scores[j] === 0) {
        const category = this.catalogById.get(this.items.idOf(j))?.category;
        const reason = reasons.trending(category, this.info.options.trendingDays);
        return { id: this.items.idOf(j), score: this.blendedScore(j, stamp) / (best || 1), reason };
      }
      if (this.bestContribution[j] < 0) {
        return { id: this.items.idOf(j), score: this.blendedScore(j, stamp) / (best || 1), reason: reasons.customersLikeYou() };
      }
      const anchor = this.items.idOf(this.bestAnchor[j]);
      const reason = boughtAnchor.get(this.bestAnchor[j])
        ? reasons.becauseYouBought(anchor, this.nameOf)
        : reasons.becauseYouViewed(anchor, this.nameOf);
      return { id: this.items.idOf(j), score: this.blendedScore(j, stamp) / (best || 1), reason };
    });
  }

  private similarTo(anchors: readonly string[], pool: number, accept: (id: string) => boolean): Candidate[] {
    const blend = this.info.options.contentBlend;
    const scored = new Map<string, { score: number; anchor: string; best: number }>();
    for (const anchor of anchors) {
      const collaborative = this.rowOf('similar', anchor);
      const content = this.contentNeighbours(anchor);
      const both = collaborative.size > 0 && content.size > 0;
      const add = (id: string, value: number) => {
        if (value <= 0 || id === anchor) return;
        const entry = scored.get(id) ?? { score: 0, anchor, best: 0 };
        entry.score += value;
        if (value > entry.best) Object.assign(entry, { anchor, best: value });
        scored.set(id, entry);
      };
      const ids = new Set([...collaborative.keys(), ...content.keys()]);
      for (const id of [...ids].sort(compareStrings)) {
        const cf = collaborative.get(id) ?? 0;
        const text = content.get(id) ?? 0;
        add(id, both ? (1 - blend) * cf + blend * text : cf + text);
      }
    }
    return this.rankedCandidates(scored, pool, accept, (anchor) => reasons.similarTo(anchor, this.nameOf));
  }

  private boughtWith(anchors: readonly string[], pool: number, accept: (id: string) => boolean): Candidate[] {
    const scored = new Map<string, { score: number; anchor: string; best: number }>();
    for (const anchor of anchors) {
      for (const [id, value] of this.rowOf('together', anchor)) {
        if (id === anchor) continue;
        const entry = scored.get(id) ?? { score: 0, anchor, best: 0 };
        entry.score += value;
        if (value > entry.best) Object.assign(entry, { anchor, best: value });
        scored.set(id, entry);
      }
    }
    return this.rankedCandidates(scored, pool, accept, (anchor) => reasons.boughtTogether(anchor, this.nameOf));
  }

  private trending(pool: number, accept: (id: string) => boolean, categories?: ReadonlySet<string>): Candidate[] {
    const { trending } = this.state;
    const out: Candidate[] = [];
    for (let n = 0; n < this.trendingOrder.length && out.length < pool; n++) {
      const j = this.trendingOrder[n];
      if (trending[j] <= 0) break;
      const id = this.items.idOf(j);
      const category = this.catalogById.get(id)?.category;
      if (categories && (category === undefined || !categories.has(category))) continue;
      if (!accept(id)) continue;
      out.push({
        id,
        score: trending[j] / (this.maxTrending || 1),
        reason: reasons.trending(category, this.info.options.trendingDays),
      });
    }
    return out;
  }

  /**
   * Most popular over all the data, then items nobody has touched yet (new arrivals), so a filtered
   * request still finds what matches. Each says honestly why it is there.
   */
  private popular(pool: number, accept: (id: string) => boolean): Candidate[] {
    const { popularity } = this.state;
    const best = this.popularOrder.length ? popularity[this.popularOrder[0]] || 1 : 1;
    const out: Candidate[] = [];
    for (let n = 0; n < this.popularOrder.length && out.length < pool; n++) {
      const j = this.popularOrder[n];
      const id = this.items.idOf(j);
      if (!accept(id)) continue;
      const category = this.catalogById.get(id)?.category || undefined;
      const reason = popularity[j] > 0 ? reasons.popular(category) : reasons.newArrival(category);
      // A new arrival still gets a small positive score: it is a real, if weak, suggestion.
      out.push({ id, score: popularity[j] > 0 ? popularity[j] / best : 0.5 / best, reason });
    }
    return out;
  }

  // --- scoring ------------------------------------------------------------------------------------

  /**
   * Adds affinity x similarity of each history item into `scores`; returns how many items it touched.
   * `withAnchors`: also track each item's strongest history item (for "because you bought X").
   */
  private scoreHistory(u: number, stamp: number, withAnchors = true): number {
    const { affinity, similar } = this.state;
    // Locals, not `this.` fields, in the loop: a big buyer's history makes tens of thousands of steps.
    const { touchedStamp, scores, bestContribution, bestAnchor, touched } = this;
    let touchedCount = 0;
    for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) {
      const i = affinity.idx[m];
      const a = affinity.val[m];
      const end = similar.ptr[i + 1];
      for (let n = similar.ptr[i]; n < end; n++) {
        const j = similar.idx[n];
        const contribution = a * similar.val[n];
        if (touchedStamp[j] !== stamp) {
          touchedStamp[j] = stamp;
          scores[j] = contribution;
          touched[touchedCount++] = j;
          if (withAnchors) {
            bestContribution[j] = contribution;
            bestAnchor[j] = i;
          }
        } else {
          scores[j] += contribution;
          if (withAnchors && contribution > bestContribution[j]) {
            bestContribution[j] = contribution;
            bestAnchor[j] = i;
          }
        }
      }
    }
    const blend = this.customers ? this.info.options.customerBlend : 0;
    if (touchedCount > 0) this.normalizeScores(touchedCount, 1 - blend);
    return this.addCustomerNeighbours(u, stamp, touchedCount);
  }

  /**
   * Blends in what the nearest customers have: item scores become (1 - b) x item similarity +
   * b x customers' score, both scaled to [0, 1]. Items only the neighbours bring have no anchor
   * (bestContribution -1), so their reason is "customers like you".
   */
  private addCustomerNeighbours(u: number, stamp: number, touchedCount: number): number {
    if (!this.customers) return touchedCount;
    const blend = this.info.options.customerBlend;
    const { items, scoreOf } = this.customers;
    const { touchedStamp, scores, bestContribution, touched } = this;
    const count = this.customers.score(u);
    for (let n = 0; n < count; n++) {
      const j = items[n];
      if (touchedStamp[j] !== stamp) {
        touchedStamp[j] = stamp;
        scores[j] = blend * scoreOf[j];
        bestContribution[j] = -1;
        touched[touchedCount++] = j;
      } else {
        scores[j] += blend * scoreOf[j];
      }
    }
    return touchedCount;
  }


  /**
   * Scales a user's scores to [0, 1] so the blends mean the same for every user, then by `weight`
   * (the item-similarity share of the customer blend), in the same pass.
   */
  private normalizeScores(touchedCount: number, weight: number): void {
    const { scores, touched } = this;
    let max = 0;
    for (let n = 0; n < touchedCount; n++) if (scores[touched[n]] > max) max = scores[touched[n]];
    if (max > 0) for (let n = 0; n < touchedCount; n++) scores[touched[n]] = (scores[touched[n]] / max) * weight;
    else if (weight !== 1) for (let n = 0; n < touchedCount; n++) scores[touched[n]] *= weight;
  }

  private blendedScore(j: number, stamp: number): number {
    const { trendingBlend: lambda, trendingBoost: boost } = this.info.options;
    let personal = this.touchedStamp[j] === stamp ? this.scores[j] : 0;
    const share = this.state.trending[j] / (this.maxTrending || 1);
    // A floor keeps items with no recent sales rankable among themselves (and above nothing).
    if (boost > 0) personal *= Math.pow(share + TRENDING_FLOOR, boost);
    if (lambda === 0) return personal;
    return (1 - lambda) * personal + lambda * share;
  }

  /**
   * The best `k` unseen, accepted items among the touched ones (plus top trending when blended).
   * Runs over every touched item (thousands for a big buyer), so without trending the score is
   * read straight from `scores`, and the heap is reused rather than allocated per query.
   */
  private topScored(touchedCount: number, stamp: number, k: number, accept?: (j: number) => boolean): number[] {
    const best = this.heapOf(k);
    const { touched, seenStamp, scores } = this;
    const { trendingBlend, trendingBoost } = this.info.options;
    const plain = trendingBlend === 0 && trendingBoost === 0;
    const consider = (j: number) => {
      if (seenStamp[j] === stamp || (accept && !accept(j))) return;
      const score = this.blendedScore(j, stamp);
      if (score > 0) best.push(j, score);
    };
    for (let n = 0; n < touchedCount; n++) {
      const j = touched[n];
      if (!plain || accept) consider(j);
      else if (seenStamp[j] !== stamp && scores[j] > 0) best.push(j, scores[j]);
    }
    if (trendingBlend > 0) {
      const extra = Math.min(this.trendingOrder.length, k * POOL_FACTOR + POOL_EXTRA);
      for (let n = 0; n < extra; n++) {
        const j = this.trendingOrder[n];
        if (this.touchedStamp[j] !== stamp) {
          this.touchedStamp[j] = stamp;
          this.scores[j] = 0;
          this.bestAnchor[j] = j;
          consider(j);
        }
      }
    }
    return best.sorted().indices;
  }

  // --- helpers ------------------------------------------------------------------------------------

  /** A cleared heap of capacity `k`, reused across queries (a query allocates no typed arrays). */
  private heapOf(k: number): TopK {
    let heap = this.heaps.get(k);
    if (!heap) {
      if (this.heaps.size >= 8) this.heaps.clear(); // callers choose k: keep the cache small
      this.heaps.set(k, (heap = new TopK(k)));
    }
    heap.clear();
    return heap;
  }

  private nextStamp(): number {
    return ++this.stamp;
  }

  private markSeen(id: string, stamp: number): void {
    const j = this.items.numberOf(id);
    if (j !== undefined) this.seenStamp[j] = stamp;
  }

  private markBought(u: number, stamp: number): void {
    const { affinity, bought } = this.state;
    for (let m = affinity.ptr[u]; m < affinity.ptr[u + 1]; m++) if (bought[m]) this.seenStamp[affinity.idx[m]] = stamp;
  }

  /** Neighbours of an item in one of the two neighbour matrices, scaled so the best is 1. */
  private rowOf(matrix: 'similar' | 'together', id: string): Map<string, number> {
    const row = new Map<string, number>();
    const i = this.items.numberOf(id);
    if (i === undefined) return row;
    const { ptr, idx, val } = this.state[matrix];
    const best = ptr[i + 1] > ptr[i] ? val[ptr[i]] : 1;
    for (let n = ptr[i]; n < ptr[i + 1]; n++) row.set(this.items.idOf(idx[n]), val[n] / best);
    return row;
  }

  private contentNeighbours(id: string): Map<string, number> {
    if (this.catalogById.size === 0 || !this.catalogById.has(id)) return new Map();
    this.content ??= new ContentIndex([...this.catalogById.values()]);
    const neighbours = this.content.neighboursOf(id, this.info.options.neighbours);
    const best = neighbours[0]?.score || 1;
    return new Map(neighbours.map((n) => [n.id, n.score / best]));
  }

  private rankedCandidates(
    scored: Map<string, { score: number; anchor: string }>,
    pool: number,
    accept: (id: string) => boolean,
    reasonOf: (anchor: string) => Reason,
  ): Candidate[] {
    const ranked = [...scored]
      .filter(([id]) => accept(id))
      .sort(([a, x], [b, y]) => y.score - x.score || compareStrings(a, b))
      .slice(0, pool);
    const best = ranked[0]?.[1].score || 1;
    return ranked.map(([id, entry]) => ({ id, score: entry.score / best, reason: reasonOf(entry.anchor) }));
  }

  private categoriesOf(ids: readonly string[]): Set<string> {
    const categories = new Set<string>();
    for (const id of ids) {
      const category = this.catalogById.get(id)?.category;
      if (category !== undefined) categories.add(category);
    }
    return categories;
  }

  /** How alike two suggestions are, for MMR: same category, or close neighbours. */
  private closeness(a: string, b: string): number {
    const categoryA = this.catalogById.get(a)?.category;
    const sameCategory = categoryA !== undefined && categoryA === this.catalogById.get(b)?.category ? 1 : 0;
    const neighbour = this.rowOf('similar', a).get(b) ?? this.rowOf('similar', b).get(a) ?? 0;
    return Math.max(sameCategory, neighbour);
  }

  private readonly nameOf = (id: string): string => this.catalogById.get(id)?.name ?? `item ${id}`;
}

/** Item numbers ranked by `primary`, then `secondary`, then number (deterministic). */
function rankBy(count: number, primary: Float32Array, secondary: Float32Array): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  return order.sort((a, b) => primary[b] - primary[a] || secondary[b] - secondary[a] || a - b);
}
