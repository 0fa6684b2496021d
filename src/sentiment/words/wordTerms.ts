/**
 * The terms the word-valence table scores: each word's normal form, with "not_" in front inside a
 * negation's scope (wink-nlp marks it), so "not good" and "good" are different terms. Punctuation,
 * numbers and symbols carry no opinion on their own and are left out.
 */
import type { TextAnalysis } from '../cues/textAnalysis.ts';

const SKIPPED_TYPES = new Set(['punctuation', 'number', 'symbol', 'url', 'email', 'mention', 'hashtag', 'time', 'ordinal']);

export function wordTerms(analysis: Pick<TextAnalysis, 'normals' | 'negated' | 'tokenTypes'>): string[] {
  const terms: string[] = [];
  const { normals, negated, tokenTypes } = analysis;
  for (let i = 0; i < normals.length; i++) {
    if (SKIPPED_TYPES.has(tokenTypes[i])) continue;
    terms.push(negated[i] ? `not_${normals[i]}` : normals[i]);
  }
  return terms;
}

/**
 * Adjacent word pairs ("waste of", "fell apart", "highly recommend") are terms too: a pair's key is
 * its two terms joined by a space, which no single term holds. Pairs carry no lexicon prior; the
 * table lists only the pairs it learned, so an unlisted pair weighs nothing.
 */
export const PAIR_SEPARATOR = ' ';

export function pairTerm(first: string, second: string): string {
  return first + PAIR_SEPARATOR + second;
}

/** The pairs of adjacent terms, in order (terms.length - 1 of them). */
export function pairTerms(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) pairs.push(pairTerm(terms[i - 1], terms[i]));
  return pairs;
}
