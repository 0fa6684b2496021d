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
import { PAIR_SEPARATOR, pairTerm } from './wordTerms.ts';
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
  /** True when the table also weighs adjacent word pairs ("waste of"; see wordTerms.ts). */
  pairs?: boolean;
  /** Which lexicons made the prior (see priorLexicon.ts). */
  priorSource?: string;
  training: { sentences: number; heldOut: number; l2: number; heldOutRmse: number; heldOutSignAccuracy: number };
  /** How strongly a message is rated, whatever the sign (see Subjectivity); absent in tables before it. */
  subjectivity?: Subjectivity;
}

/**
 * A second table fitted on the same sentences and terms: the strength of the rating, |rating|, so
 * "I loved it" and "the plot was dire" score high and "I'm looking for a kettle" or "the parcel came
 * on Tuesday" low. The valence table cannot say this: its words lean either way, and a sentence
 * with middling words of both signs sums to about zero, which the layer read as neutral. Its prior
 * is the strength of the valence table's prior (|value|), so a rated word starts as opinion.
 */
export interface Subjectivity {
  bias: number;
  weights: Record<string, number>;
  priorScale: number;
  negatedPriorScale: number;
}

export type ValenceTable = Pick<WordValence, 'bias' | 'weights' | 'priorScale' | 'negatedPriorScale' | 'prior' | 'pairs'>;

/**
 * bias + (sum of the terms' weights + sum of the listed adjacent pairs' weights) / sqrt(terms):
 * pairs add evidence without counting as more words. With `from`, the terms from that index on,
 * with the pair that joins them to the term before ("but great": the clause after "but").
 */
export function scoreTerms(table: ValenceTable, terms: readonly string[], from = 0): number {
  return scoreWeighedTerms(table, weighTerms(table, terms), from);
}

/** The weight of the pair that ends at terms[i] (0 when the table does not list it). */
function pairWeight(table: Pick<ValenceTable, 'weights'>, terms: readonly string[], i: number): number {
  return table.weights[pairTerm(terms[i - 1], terms[i])] ?? 0;
}

/** Each term's pair weight (the pair that ends there; 0 at the first term), or undefined for a table without pairs. */
export function weighPairs(table: ValenceTable, terms: readonly string[]): number[] | undefined {
  if (!table.pairs) return undefined;
  const weights = new Array<number>(terms.length);
  if (terms.length) weights[0] = 0;
  for (let i = 1; i < terms.length; i++) weights[i] = pairWeight(table, terms, i);
  return weights;
}

export function termWeight(table: ValenceTable, term: string): number {
  return table.weights[term] ?? priorWeight(table, term);
}

/**
 * Each term's weight, looked up once per message: the valence of the whole message, of the clause
 * after "but" and the strongest terms for the reason all read these instead of looking up again.
 */
export function weighTerms(table: ValenceTable, terms: readonly string[]): number[] {
  return weighWith(table, undefined, terms).weights;
}

/** `scoreTerms` of the terms from index `from` on, given their weights from `weighTerms`. */
export function scoreWeighedTerms(table: Pick<ValenceTable, 'bias'>, weights: readonly number[], from = 0): number {
  const count = weights.length - from;
  if (count <= 0) return 0;
  let sum = 0;
  for (let i = from; i < weights.length; i++) sum += weights[i];
  return clamp(table.bias + sum / Math.sqrt(count));
}

/**
 * `strongestTerms` given the terms' weights from `weighTerms` (pair weights folded in) and, for a
 * table with pairs, the pair weights from `weighPairs`.
 */
export function strongestWeighedTerms(
  terms: readonly string[],
  weights: readonly number[],
  sign: 1 | -1,
  count = 3,
  pairWeights?: readonly number[],
): string[] {
  const pulling: { term: string; pull: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const pair = pairWeights?.[i] ?? 0;
    if (pair !== 0) considerTerm(pulling, seen, pairTerm(terms[i - 1], terms[i]), pair * sign);
    considerTerm(pulling, seen, terms[i], (weights[i] - pair) * sign);
  }
  return named(pulling, count);
}

function considerTerm(pulling: { term: string; pull: number }[], seen: Set<string>, term: string, pull: number): void {
  if (seen.has(term)) return;
  seen.add(term);
  if (pull >= MEANINGFUL_WEIGHT) pulling.push({ term, pull });
}

/** The strongest first, as staff read them: "not worth", "waste of". */
function named(pulling: { term: string; pull: number }[], count: number): string[] {
  pulling.sort((a, b) => b.pull - a.pull);
  return pulling.slice(0, count).map(({ term }) => displayTerm(term));
}

function displayTerm(term: string): string {
  const space = term.indexOf(PAIR_SEPARATOR);
  if (space < 0) return term.startsWith('not_') ? `not ${term.slice(4)}` : term;
  const first = term.slice(0, space);
  const second = term.slice(space + 1);
  const plain = (t: string) => (t.startsWith('not_') ? t.slice(4) : t);
  // "not not_worth" reads "not worth"; "not_buy not_it" reads "not buy it".
  const lead = first.startsWith('not_') ? `not ${first.slice(4)}` : first;
  return `${lead} ${plain(second)}`;
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
  return strongestWeighedTerms(terms, weighTerms(table, terms), sign, count, weighPairs(table, terms));
}

/** Below this a term's weight is mostly topic, not opinion ("watching", "phone"). */
const MEANINGFUL_WEIGHT = 0.3;

/** The lexicon's strength, |value|: the prior of the subjectivity table, in training and in scoring alike. */
export function priorStrengths(prior: Record<string, number> | undefined): Record<string, number> {
  const strengths = Object.create(null) as Record<string, number>;
  for (const word in prior) strengths[word] = Math.abs(prior[word]);
  return strengths;
}

const subjectivityViews = new WeakMap<WordValence, ValenceTable>();

/** The subjectivity table read like a valence table (its prior made once per table). */
function subjectivityTable(table: WordValence, subjectivity: Subjectivity): ValenceTable {
  let view = subjectivityViews.get(table);
  if (!view) {
    view = { ...subjectivity, prior: priorStrengths(table.prior), pairs: table.pairs };
    subjectivityViews.set(table, view);
  }
  return view;
}

/**
 * `weighTerms` and how strongly the terms are rated whatever the sign (0 for a table without a
 * subjectivity fit), in one pass over the message, building each pair's key once (the scorer's
 * per-message path: a second pass cost about a fifth of a message's time).
 */
export function weighMessage(table: WordValence, terms: readonly string[]): { weights: number[]; subjectivity: number } {
  return weighWith(table, table.subjectivity ? subjectivityTable(table, table.subjectivity) : undefined, terms);
}

/** Each term's weight in `table` and, with a `strength` table, the strength score of all of them. */
function weighWith(table: ValenceTable, strength: ValenceTable | undefined, terms: readonly string[]): { weights: number[]; subjectivity: number } {
  const weights = new Array<number>(terms.length);
  let strengthSum = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    weights[i] = termWeight(table, term);
    if (strength) strengthSum += termWeight(strength, term);
    if (table.pairs && i > 0) {
      // A pair's weight goes to its second word, so the clause after "but" keeps "but <word>".
      const pair = pairTerm(terms[i - 1], term);
      weights[i] += table.weights[pair] ?? 0;
      if (strength) strengthSum += strength.weights[pair] ?? 0;
    }
  }
  const subjectivity = strength && terms.length ? clamp(strength.bias + strengthSum / Math.sqrt(terms.length)) : 0;
  return { weights, subjectivity };
}

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
  if (parsed.subjectivity) parsed.subjectivity.weights = Object.assign(Object.create(null) as Record<string, number>, parsed.subjectivity.weights);
  cached = { file, table: parsed };
  return parsed;
}

export function saveWordValence(table: WordValence, file = DEFAULT_WORD_VALENCE_PATH): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const rounded = (weights: Record<string, number>) => Object.fromEntries(Object.entries(weights).map(([t, w]) => [t, Number(w.toPrecision(4))]));
  const subjectivity = table.subjectivity && { ...table.subjectivity, weights: rounded(table.subjectivity.weights) };
  writeFileSync(file, `${JSON.stringify({ ...table, weights: rounded(table.weights), subjectivity })}\n`);
  if (cached?.file === file) cached = undefined;
}

function clamp(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}
