/**
 * How much of a message the model has vocabulary for. An out-of-scope message ("will it snow in
 * paris") often gets a confident best intent from one shop word, but most of its words were never
 * seen in training; an in-scope one mostly uses known words. Coverage is the IDF-weighted share of
 * the message's words that are training unigrams (an unknown word weighs as much as the rarest
 * known one), and the out-of-scope threshold applies to confidence × coverage^k.
 * k is chosen on validation (training/trainIntentModel.ts), 0 or 2: on our own validation split k = 2
 * raised in-scope accuracy + out-of-scope recall at the chosen threshold from 1.51 to 1.61; on
 * CLINC150's, whose out-of-scope questions share most words with in-scope ones, it lowered it, so
 * a CLINC150 model keeps k = 0 and relies on intent coverage instead (model/intentCoverage.ts).
 *
 * Two softenings, each chosen by 5-fold cross-validation over train + validation (in-scope accuracy
 * at out-of-scope recall 0.5 / 0.7 / 0.85 went from 0.853 / 0.812 / 0.734 to 0.865 / 0.830 / 0.753):
 * - an unseen word that is a typo or odd spelling of known words ("youuu", "dicount") counts as
 *   partly known: by the squared share of its longest character n-grams the model has seen;
 * - in a message of three words or fewer one unseen word ("yessir") weighs too much, so the
 *   discount there is halved (coverage^(k/2)).
 */
import type { MessageReading } from '../text/readMessage.ts';
import { wordUnits } from '../features/featurize.ts';
import type { IntentModel } from './intentModel.ts';

/** The exponents training tries, for vocabulary coverage and for intent coverage (model/intentCoverage.ts). */
export const COVERAGE_EXPONENTS = [0, 2] as const;
export const INTENT_COVERAGE_EXPONENTS = [0, 1, 2] as const;
/** Messages with at most this many words get half the discount. */
export const SHORT_MESSAGE_WORDS = 3;
const IGNORED_UNITS = new Set(['?', '!']);
const rarestWeight = new WeakMap<IntentModel, number>();

export interface Coverage {
  /** IDF-weighted share of the message's words known to the model, 0..1 (1 for a message without words). */
  share: number;
  words: number;
}

/** `units`: the message's word units (wordUnits()), when the caller already has them. */
export function vocabularyCoverage(model: IntentModel, reading: MessageReading, units = wordUnits(reading.tokens, reading.catalogMarks)): Coverage {
  let unknownWeight = rarestWeight.get(model);
  if (unknownWeight === undefined) {
    unknownWeight = 1;
    for (const weight of model.idf) if (weight > unknownWeight) unknownWeight = weight;
    rarestWeight.set(model, unknownWeight);
  }
  let total = 0;
  let known = 0;
  let words = 0;
  for (const unit of units) {
    if (IGNORED_UNITS.has(unit)) continue;
    words += 1;
    const row = model.featureIndex.get(`w1:${unit}`);
    const weight = row === undefined ? unknownWeight : model.idf[row];
    total += weight;
    known += row === undefined ? weight * spellingCredit(model, unit) : weight;
  }
  return { share: total > 0 ? known / total : 1, words };
}

/**
 * The words vocabularyCoverage() counts, without looking them up: all inScopeScore() reads of the
 * coverage when its exponent is 0 (share ** 0 is 1 whatever the share).
 */
export function wordCount(units: string[]): number {
  let words = 0;
  for (const unit of units) if (!IGNORED_UNITS.has(unit)) words += 1;
  return words;
}

/**
 * The score compared with the out-of-scope threshold: the best intent's confidence, discounted for
 * unknown words (coverage^exponent) and for words its own intent never used (model/intentCoverage.ts,
 * intentShare^intentExponent). Both exponents are chosen on validation; short messages get half of each.
 */
export function inScopeScore(confidence: number, coverage: Coverage, exponent: number, intentShare = 1, intentExponent = 0): number {
  if (exponent === 0 && intentExponent === 0) return confidence;
  const half = coverage.words <= SHORT_MESSAGE_WORDS ? 0.5 : 1;
  return confidence * coverage.share ** (exponent * half) * intentShare ** (intentExponent * half);
}

/** Squared share of an unseen word's longest character n-grams that training saw; 0 for placeholders. */
function spellingCredit(model: IntentModel, unit: string): number {
  if (unit.startsWith('__')) return 0;
  const marked = `<${unit}>`;
  const n = model.featureConfig.charNgramMax;
  if (marked.length < n) return 0;
  let known = 0;
  const grams = marked.length - n + 1;
  for (let i = 0; i < grams; i += 1) if (model.featureIndex.has(`c:${marked.slice(i, i + n)}`)) known += 1;
  return (known / grams) ** 2;
}
