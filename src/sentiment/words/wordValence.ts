/**
 * Word valence learned from people's ratings of general-domain sentences (product and film
 * reviews, editorials): a linear model that predicts the mean human rating of a sentence from its
 * words. AFINN knows about 3,400 words; reviews say "waste of money", "returned it", "fell asleep"
 * with none of them. The table ships with the project (data/sentiment/word-valence.json); its
 * prediction is one feature of the softmax layer, next to the cues.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afinnValue } from '../lexicon/lexiconScorers.ts';
import { SENTIMENT_DATA_DIR, SentimentModelError } from '../model/files.ts';

export const WORD_VALENCE_FORMAT = 'shopkeeper-word-valence/1';
export const DEFAULT_WORD_VALENCE_PATH = path.join(SENTIMENT_DATA_DIR, 'word-valence.json');

export interface WordValence {
  format: typeof WORD_VALENCE_FORMAT;
  /** Where the ratings came from, with their licence (credited in the README). */
  source: string;
  /** Predicted rating with no known word, on the -1..1 scale (human mean / 4). */
  bias: number;
  /**
   * term -> weight; a sentence's valence is bias + sum(weights) / sqrt(number of terms). A term
   * missing here weighs its prior: its value in `prior` times priorScale, or times
   * negatedPriorScale for "not_" terms. The ratings only move words away from that prior where
   * they have evidence, so "excited" stays positive although reviews say "I was so excited, but...".
   */
  weights: Record<string, number>;
  priorScale: number;
  negatedPriorScale: number;
  /**
   * The lexicon the ratings started from (word -> value on AFINN's -5..5 scale), saved with the
   * table so scoring needs no lexicon package. Tables without one fall back to AFINN.
   */
  prior?: Record<string, number>;
  /** Which lexicons made the prior (see priorLexicon.ts). */
  priorSource?: string;
  training: { sentences: number; heldOut: number; l2: number; heldOutRmse: number; heldOutSignAccuracy: number };
}

export type ValenceTable = Pick<WordValence, 'bias' | 'weights' | 'priorScale' | 'negatedPriorScale' | 'prior'>;

export function scoreTerms(table: ValenceTable, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  let sum = 0;
  for (const term of terms) sum += termWeight(table, term);
  return clamp(table.bias + sum / Math.sqrt(terms.length));
}

export function termWeight(table: ValenceTable, term: string): number {
  return table.weights[term] ?? priorWeight(table, term);
}

/**
 * Each term's weight, looked up once per message: the valence of the whole message, of the clause
 * after "but" and the strongest terms for the reason all read these instead of looking up again.
 */
export function weighTerms(table: ValenceTable, terms: readonly string[]): number[] {
  const weights = new Array<number>(terms.length);
  for (let i = 0; i < terms.length; i++) weights[i] = termWeight(table, terms[i]);
  return weights;
}

/** `scoreTerms` of the terms from index `from` on, given their weights from `weighTerms`. */
export function scoreWeighedTerms(table: Pick<ValenceTable, 'bias'>, weights: readonly number[], from = 0): number {
  const count = weights.length - from;
  if (count <= 0) return 0;
  let sum = 0;
  for (let i = from; i < weights.length; i++) sum += weights[i];
  return clamp(table.bias + sum / Math.sqrt(count));
}

/** `strongestTerms` given the terms' weights from `weighTerms`. */
export function strongestWeighedTerms(terms: readonly string[], weights: readonly number[], sign: 1 | -1, count = 3): string[] {
  const pulling: { term: string; pull: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (seen.has(term)) continue;
    seen.add(term);
    const pull = weights[i] * sign;
    if (pull >= MEANINGFUL_WEIGHT) pulling.push({ term, pull });
  }
  pulling.sort((a, b) => b.pull - a.pull);
  return pulling.slice(0, count).map(({ term }) => (term.startsWith('not_') ? `not ${term.slice(4)}` : term));
}

/** A term's weight before any rating was seen: its lexicon value, flipped and halved under negation. */
export function priorWeight(table: Pick<WordValence, 'priorScale' | 'negatedPriorScale' | 'prior'>, term: string): number {
  const negated = term.startsWith('not_');
  const word = negated ? term.slice(4) : term;
  const value = table.prior ? (table.prior[word] ?? 0) : afinnValue(word);
  return value * (negated ? table.negatedPriorScale : table.priorScale);
}

/** The terms that pull hardest in the direction of `sign` (for the reasons staff read), strongest first. */
export function strongestTerms(table: ValenceTable, terms: readonly string[], sign: 1 | -1, count = 3): string[] {
  // Each term's weight is looked up once (the sort would otherwise look it up at every comparison).
  const pulling: { term: string; pull: number }[] = [];
  for (const term of new Set(terms)) {
    const pull = termWeight(table, term) * sign;
    if (pull >= MEANINGFUL_WEIGHT) pulling.push({ term, pull });
  }
  pulling.sort((a, b) => b.pull - a.pull);
  return pulling.slice(0, count).map(({ term }) => (term.startsWith('not_') ? `not ${term.slice(4)}` : term));
}

/** Below this a term's weight is mostly topic, not opinion ("watching", "phone"). */
const MEANINGFUL_WEIGHT = 0.3;

let cached: { file: string; table: WordValence } | undefined;

export function loadWordValence(file = DEFAULT_WORD_VALENCE_PATH): WordValence {
  if (cached?.file === file) return cached.table;
  let parsed: WordValence;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as WordValence;
  } catch (error) {
    throw new SentimentModelError(`cannot read the word-valence table ${file} (${(error as Error).message})`);
  }
  if (parsed.format !== WORD_VALENCE_FORMAT) throw new SentimentModelError(`${file} is not a ${WORD_VALENCE_FORMAT} table`);
  // A prototype-free map: "constructor" or "toString" in a message must not hit Object.prototype.
  parsed.weights = Object.assign(Object.create(null) as Record<string, number>, parsed.weights);
  if (parsed.prior) parsed.prior = Object.assign(Object.create(null) as Record<string, number>, parsed.prior);
  cached = { file, table: parsed };
  return parsed;
}

export function saveWordValence(table: WordValence, file = DEFAULT_WORD_VALENCE_PATH): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const weights = Object.fromEntries(Object.entries(table.weights).map(([t, w]) => [t, Number(w.toPrecision(4))]));
  writeFileSync(file, `${JSON.stringify({ ...table, weights })}\n`);
  if (cached?.file === file) cached = undefined;
}

function clamp(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}
