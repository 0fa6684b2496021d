/**
 * The lexicon the word-valence table starts from, before any rated sentence moves it: word ->
 * value on AFINN's -5..5 scale. AFINN-165 knows about 3,400 words; VADER's lexicon (human-rated,
 * -4..4, scaled by 5/4 here) about 7,500 tokens, with the slang, emoticons and interjections
 * ("meh", "ugh", ":(", "lol") that customers type. Our customer-service words always win: they
 * are what a shop's messages mean ("joke" is praise to AFINN and VADER, not to us).
 */
import { afinnValue, afinnWordList } from '../lexicon/lexiconScorers.ts';
import { CUSTOMER_SERVICE_WORDS } from '../lexicon/customerServiceWords.ts';
import { vaderLexicon } from '../lexicon/vaderLexicon.ts';

export const PRIOR_KINDS = ['afinn', 'vader', 'mean'] as const;
export type PriorKind = (typeof PRIOR_KINDS)[number];

const VADER_TO_AFINN = 5 / 4;

export const PRIOR_SOURCES: Record<PriorKind, string> = {
  afinn: 'AFINN-165 with our customer-service words',
  vader: "VADER's lexicon (x5/4), else AFINN-165; our customer-service words first",
  mean: "the mean of AFINN-165 and VADER's lexicon (x5/4) where both rate a word; our customer-service words first",
};

export function priorLexicon(kind: PriorKind): Record<string, number> {
  // Prototype-free: "constructor" must be a word like any other.
  const prior = Object.create(null) as Record<string, number>;
  for (const word of afinnWordList()) prior[word] = afinnValue(word);
  if (kind !== 'afinn') {
    for (const [word, rating] of vaderLexicon()) {
      const vader = rating * VADER_TO_AFINN;
      const afinn = prior[word];
      prior[word] = kind === 'mean' && afinn !== undefined ? (afinn + vader) / 2 : vader;
    }
  }
  for (const [word, value] of Object.entries(CUSTOMER_SERVICE_WORDS)) prior[word] = value;
  for (const word of Object.keys(prior)) if (prior[word] === 0) delete prior[word];
  return prior;
}
