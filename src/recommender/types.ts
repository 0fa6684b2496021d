/**
 * What the recommender promises the rest of the bot. Plain TypeScript: no botbuilder, no shop imports;
 * the composition root maps the shop's products and interactions to these shapes.
 */

/** One interaction event. `timestamp` is milliseconds since the epoch. */
export interface InteractionEvent {
  user: string;
  item: string;
  timestamp: number;
  /** Event type ("view", "add_to_cart", "purchase", "rating", ...); weighs the event. */
  type?: string;
  /** Explicit weight (a rating, a quantity); overrides the type's weight when given. */
  weight?: number;
  /** A basket/order id: items in one basket count as bought together. */
  basket?: string;
}

/** What the recommender knows of an item, for filters, content similarity and reasons. */
export interface CatalogItem {
  id: string;
  name: string;
  category: string;
  price: number;
  inStock: boolean;
  attributes: Record<string, string | undefined>;
  /** Free text for content similarity (description, tags). */
  text?: string;
  /**
   * The words a shopper may search by besides the name and category: tags, never the description,
   * whose prose ("the best way to...", "find your size") would match everyday words.
   */
  keywords?: string;
}

export type ReasonKind =
  | 'because_you_bought'
  | 'because_you_viewed'
  | 'bought_together'
  | 'similar_to'
  | 'customers_like_you'
  | 'trending'
  | 'popular'
  | 'new_arrival';

export interface Reason {
  kind: ReasonKind;
  /** Readable text shown to the customer: "Because you bought the Blue Linen Shirt". */
  text: string;
  /** The item the reason refers to, when there is one. */
  anchorItemId?: string;
}

export interface Suggestion {
  itemId: string;
  /** In (0, 1]; fallback sources score below the sources before them, so without MMR scores never rise down the list. */
  score: number;
  reason: Reason;
}

/** Business rules applied before the top-k is cut. */
export interface SuggestionFilter {
  inStockOnly?: boolean;
  categories?: readonly string[];
  minPrice?: number;
  maxPrice?: number;
  /** Attribute values that must match (case-insensitive), e.g. { colour: 'blue', size: 'm' }. */
  attributes?: Record<string, string>;
  /** When set, only these items may be suggested (the items a catalog search found). */
  onlyItems?: readonly string[];
  /** Items never to suggest (just returned, already in the basket...). */
  excludeItems?: readonly string[];
  /** At most this many suggestions per category (diversity). */
  maxPerCategory?: number;
  /**
   * Maximal marginal relevance (diversity): 1 = relevance only, lower values trade relevance for
   * suggestions unlike those already picked (same category or close neighbours). Off when absent.
   */
  mmrLambda?: number;
}

/** A request in words the bot understood from the conversation. */
export interface SuggestionRequest {
  /** Known customer (may have no history: cold start). */
  user?: string;
  /** Items the conversation mentioned ("something like X", "what goes with X"). */
  anchorItems?: readonly string[];
  mode: 'personal' | 'similar' | 'goes_with' | 'trending';
  k: number;
  filter?: SuggestionFilter;
  /**
   * Keep items the customer already bought: they searched for the thing by name ("a vitamin c serum"),
   * and may want another. Recommendations leave them out (`removeSeen`).
   */
  keepBought?: boolean;
  /**
   * When the request is made (ms since epoch). Informational: decay and "trending" are computed at
   * fit time as of the end of the training data (the model knows nothing newer), so a shop refits
   * periodically (src/shopkeeper.ts does every hour) rather than shifting windows at query time.
   */
  now?: number;
}

/** Names of the item-item similarity functions (see similarity.ts for what each favours). */
export type SimilarityName =
  | 'cooccurrence'
  | 'jaccard'
  | 'lift'
  | 'cosine'
  | 'inclusion'
  | 'shrunk_cosine'
  | 'asymmetric_cosine'
  | 'rp3beta';

/** Settings of a fit. Every field is optional; defaults are in options.ts (DEFAULT_OPTIONS). */
export interface RecommenderOptions {
  /** Weight of each event type; an event's own `weight` overrides it. @default view 1, add_to_cart 3, purchase 5, rating 1, suggestion_clicked 2, suggestion_shown 0 */
  eventWeights?: Record<string, number>;
  /** Weight of an event whose type is missing or unknown. @default 1 */
  defaultEventWeight?: number;
  /** Half-life of an event's weight in user affinities, in days; 0 turns time decay off. @default 30 */
  halfLifeDays?: number;
  /** Similarity function by name. @default see DEFAULT_OPTIONS */
  similarity?: SimilarityName;
  /** Pairs seen together by fewer users than this get no similarity. @default 1 */
  minCooccurrence?: number;
  /** Neighbours kept per item (memory is items x this). @default 50 */
  neighbours?: number;
  /** Shrinkage term of shrunk_cosine / asymmetric_cosine. @default 10 */
  shrink?: number;
  /** alpha of asymmetric_cosine and rp3beta. @default 0.5 */
  alpha?: number;
  /** beta (popularity penalty) of rp3beta. @default 0.3 */
  beta?: number;
  /** Weight of recent popularity blended into personal scores (0 = pure item similarity). @default see DEFAULT_OPTIONS */
  trendingBlend?: number;
  /**
   * Multiplies personal scores by (recent popularity share)^this, so among equally likely items the
   * ones selling now come first (seasonal shops). 0 = off. @default see DEFAULT_OPTIONS
   */
  trendingBoost?: number;
  /** Window of "trending", in days before the data's end. @default see DEFAULT_OPTIONS */
  trendingDays?: number;
  /**
   * Similar customers consulted per personal query ("customers who buy what you buy"): their items
   * are blended with the item-similarity scores. 0 = item similarity only. @default see DEFAULT_OPTIONS
   */
  customerNeighbours?: number;
  /**
   * How customer similarity treats history sizes: overlap / (mine^a x theirs^(1-a)). Below 0.5 it
   * favours neighbours whose whole (small) history I share over big buyers who have a bit of everything.
   * @default see DEFAULT_OPTIONS
   */
  customerAlpha?: number;
  /** Share of the similar customers' scores in personal scores, 0..1. @default see DEFAULT_OPTIONS */
  customerBlend?: number;
  /**
   * At most this many of a customer's items (highest affinity first) look for similar customers: keeps
   * a query fast for wholesale buyers with thousands of items. @default see DEFAULT_OPTIONS
   */
  customerHistory?: number;
  /**
   * At most this many items, summed over a customer's similar customers, are read per personal
   * query; over it, each similar customer lends only their strongest c items, c as large as fits
   * (so only the big buyers are cut). Bounds the query time. 0 = no limit. @default see DEFAULT_OPTIONS
   */
  customerItemBudget?: number;
  /**
   * At most this many items (their strongest) from each similar customer are read per personal
   * query, so a wholesale buyer among the neighbours costs no more than a small one. 0 = no limit.
   * @default see DEFAULT_OPTIONS
   */
  customerItemsPerNeighbour?: number;
  /** Remove items the user already has from personal suggestions. @default true */
  removeSeen?: boolean;
  /**
   * Event types that count as "bought": removed from personal suggestions and grouped into baskets.
   * An item only viewed or put in the cart stays suggestable. Events without a type count as bought.
   * @default purchase, rating
   */
  purchaseTypes?: string[];
  /** Weight of content similarity blended with co-occurrence similarity in "similar" mode. @default 0.2 */
  contentBlend?: number;
  /** Events without a basket id are grouped into a basket per user per this many hours. @default 24 */
  basketWindowHours?: number;
}

/** Progress of a long fit, for a progress bar. */
export interface FitProgress {
  step: 'index' | 'affinity' | 'similarity' | 'baskets' | 'content' | 'done';
  done: number;
  total: number;
}

/** A fitted model. */
export interface Recommender {
  suggest(request: SuggestionRequest): Suggestion[];
  /** The catalog items a shopper's words describe (see `SuggestionFilter.onlyItems`). */
  search(query: string): CatalogSearchResult;
  /** Ranked item ids for a known user, fast path used by evaluation (no reasons, no filters). */
  recommendIds(user: string, k: number, exclude?: ReadonlySet<string>): string[];
  /** What the model was fitted on and with. */
  readonly info: RecommenderInfo;
}

export interface RecommenderInfo {
  /** Format version of the saved file. */
  version: number;
  options: Required<RecommenderOptions>;
  /** Earliest and latest event time (ms since epoch) in the training data. */
  dataFrom: number;
  dataTo: number;
  events: number;
  users: number;
  items: number;
  /** Item-item entries kept (similar + bought together); memory grows with this, at most 2 x items x neighbours. */
  neighbourEntries: number;
  fittedAt: string;
}

/** What a catalog search found: the items, best first, and the shopper's words that found them. */
export interface CatalogSearchResult {
  itemIds: string[];
  /** The query's words some item contains (lower case, as written), in the query's order. */
  matchedWords: string[];
  /** The query's nouns no item contains ("bikes" in "do you sell bikes"). */
  unmatchedNouns: string[];
}
