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
