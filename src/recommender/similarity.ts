/**
 * Item-item similarity functions, chosen by name. Each turns the co-occurrence of a pair into a score:
 * `pair` = number of users (or baskets) having both items, `from` / `to` = number having each item,
 * `weightedPair` = the same count with each user weighted by degree^-alpha (only for rp3beta).
 * Rows are "from" items: a user's history item `from` votes for `to` with this score.
 */
import type { SimilarityName } from './types.ts';

export interface PairCounts {
  pair: number;
  from: number;
  to: number;
  weightedPair: number;
}

export interface SimilarityParameters {
  shrink: number;
  alpha: number;
  beta: number;
}

export interface SimilarityFunction {
  (counts: PairCounts, parameters: SimilarityParameters): number;
}

export interface SimilarityDefinition {
  score: SimilarityFunction;
  /** Whether the function reads `weightedPair` (costs one more accumulator during the fit). */
  needsWeightedPairs: boolean;
}

export const SIMILARITIES: Record<SimilarityName, SimilarityDefinition> = {
  // Raw counts: favours popular items; a reference point more than a choice.
  cooccurrence: { score: ({ pair }) => pair, needsWeightedPairs: false },
  // SAR's default: overlap over union; balanced between popular and niche items.
  jaccard: { score: ({ pair, from, to }) => pair / (from + to - pair), needsWeightedPairs: false },
  // Favours niche items (discovery); noisy on small counts, pair with minCooccurrence.
  lift: { score: ({ pair, from, to }) => pair / (from * to), needsWeightedPairs: false },
  cosine: { score: ({ pair, from, to }) => pair / Math.sqrt(from * to), needsWeightedPairs: false },
  // Share of the rarer item's users who have the other too.
  inclusion: { score: ({ pair, from, to }) => pair / Math.min(from, to), needsWeightedPairs: false },
  // Cosine that distrusts pairs supported by few users (the shrink term dominates small counts).
  shrunk_cosine: {
    score: ({ pair, from, to }, { shrink }) => pair / (Math.sqrt(from * to) + shrink),
    needsWeightedPairs: false,
  },
  // Aiolli's asymmetric cosine: alpha = 0.5 is cosine, alpha -> 1 is P(to | from).
  asymmetric_cosine: {
    score: ({ pair, from, to }, { shrink, alpha }) =>
      pair / (Math.pow(from, alpha) * Math.pow(to, 1 - alpha) + shrink),
    needsWeightedPairs: false,
  },
  // Paudel et al.'s RP3beta: a 3-step random walk item -> user -> item (steps raised to alpha),
  // divided by the target's popularity^beta to lift the long tail.
  rp3beta: {
    score: ({ weightedPair, from, to }, { alpha, beta }) =>
      weightedPair / (Math.pow(from, alpha) * Math.pow(to, beta)),
    needsWeightedPairs: true,
  },
};
