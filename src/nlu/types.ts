/**
 * What the understanding layer promises the rest of the bot. Plain TypeScript: no botbuilder here.
 * The bot layer calls `Recognizer.recognize(text)` once per customer message and stores the result
 * with the message; dialogs route on `intent` and read `entities`.
 */

/** Intent name returned when nothing fits well enough (out of scope). */
export const NO_INTENT = 'none';

export interface IntentScore {
  intent: string;
  /** Calibrated probability-like confidence in [0, 1]. */
  confidence: number;
}

export interface PriceRange {
  min?: number;
  max?: number;
}

export interface DateMention {
  /** The words as the customer wrote them ("last Tuesday"). */
  text: string;
  /** The calendar date they point at (YYYY-MM-DD), when it can be resolved. */
  iso?: string;
}

export interface ProductMention {
  productId: string;
  name: string;
  /** The words in the message that matched. */
  text: string;
}

export interface Entities {
  /** Order numbers normalized to the shop's format `SK-123456`. */
  orderIds: string[];
  emails: string[];
  /** US ZIP codes (five digits). */
  postcodes: string[];
  /** "under 40", "between 20 and 50 dollars", "$30". */
  price?: PriceRange;
  quantities: number[];
  dates: DateMention[];
  /** Colours as the catalog names them (lower case). */
  colours: string[];
  /** Sizes as the catalog names them (lower case: "m", "xl", "10"...). */
  sizes: string[];
  /** Materials as the catalog names them (lower case: "linen", "organic cotton"...). */
  materials: string[];
  /** Catalog products named in the message. */
  products: ProductMention[];
  /** Catalog categories named in the message (lower case, as in the catalog). */
  categories: string[];
}

export interface Recognition {
  text: string;
  /** Best intent, or NO_INTENT when the best confidence is under the model's threshold. */
  intent: string;
  confidence: number;
  /** Best intents first (at most 5), before the out-of-scope threshold is applied. */
  ranking: IntentScore[];
  /** True when the top two intents are too close to choose: the bot should ask which one. */
  ambiguous: boolean;
  entities: Entities;
  /**
   * Other questions the same message asks ("how long is shipping and can I pay with PayPal?"), each
   * recognized confidently on its own clause: set by the bot's pipeline, never by the recognizer.
   */
  alsoAsked?: OtherRequest[];
}

/** One more request of a message, read from its own clause ("... and return SK-105428"). */
export interface OtherRequest {
  intent: string;
  /** The clause's words, as the customer wrote them. */
  text: string;
  /** The order number the clause names, if any. */
  orderId?: string;
}

export interface Recognizer {
  recognize(text: string): Recognition;
}

/** What the recognizer learns from the catalog at start, so a new catalog needs no code change. */
export interface CatalogVocabulary {
  products: { id: string; name: string; category: string }[];
  categories: string[];
  colours: string[];
  sizes: string[];
  materials: string[];
}

/** One labelled example utterance. */
export interface LabelledUtterance {
  text: string;
  intent: string;
}
