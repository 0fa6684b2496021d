/**
 * What the classifier's features are made of. Saved in the model file; a model trained with another
 * configuration or FEATURE_VERSION is retrained rather than fed features it never saw.
 */

/** Bump when featurize() changes in a way that changes the features of the same text. */
export const FEATURE_VERSION = 5;

export interface FeatureConfig {
  /** Word n-grams of lemmas, 1..wordNgramMax (2 = unigrams and bigrams). */
  wordNgramMax: number;
  /** Character n-grams inside each word (with boundary marks), from min to max length. */
  charNgramMin: number;
  charNgramMax: number;
  /** Each group is L2-normalized, then scaled by its weight. */
  wordWeight: number;
  charWeight: number;
  /** Weight of the concept-lexicon group (features/concepts.ts); 0 turns the lexicon off. Unless set, training chooses it on validation (CONCEPT_WEIGHT_CANDIDATES). */
  conceptWeight: number;
  /** Scale counts by inverse document frequency. */
  idf: boolean;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  /**
   * Catalog product and category names read as `__product__` / `__category__` (features/catalogMentions.ts).
   * Set by training when it is given the catalog its rows were written for; the recognizer then marks
   * the running shop's names. Absent in older model files: off.
   */
  catalogNames?: boolean;
  /**
   * The concept lexicon adds the shop's own words (features/shopConcepts.ts) to the plain one. Set by
   * training when it is given a catalog (shop data), or explicitly; public sets keep the plain lexicon.
   * Absent: plain.
   */
  shopLexicon?: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  wordNgramMax: 2,
  charNgramMin: 3,
  charNgramMax: 5,
  wordWeight: 1,
  charWeight: 1,
  conceptWeight: 1.5,
  idf: true,
  minCount: 1,
};

/**
 * Concept-group weights training tries when it has in-scope validation rows and no explicit weight
 * (training/trainIntentModel.ts); the first is the default and wins ties.
 */
export const CONCEPT_WEIGHT_CANDIDATES = [DEFAULT_FEATURE_CONFIG.conceptWeight, 0.75] as const;
