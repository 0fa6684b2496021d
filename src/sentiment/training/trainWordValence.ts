/**
 * Fits the word-valence table: ridge regression of the mean human rating (scaled to -1..1) on the
 * sentence's terms, each counted 1/sqrt(terms) so long and short sentences weigh alike. Solved by
 * conjugate gradients on the normal equations (deterministic, a second or two on 20k sentences).
 * The L2 strength is chosen on every tenth sentence held out; the final table is refit on all.
 * Adjacent word pairs seen often enough join the words, starting from zero (see PAIR_MIN_SENTENCES).
 */
import { analyzeText } from '../cues/textAnalysis.ts';
import { pairTerms, wordTerms } from '../words/wordTerms.ts';
import { priorLexicon, PRIOR_SOURCES, type PriorKind } from '../words/priorLexicon.ts';
import { priorStrengths, priorWeight, WORD_VALENCE_FORMAT, type WordValence } from '../words/wordValence.ts';

export interface RatedSentence {
  text: string;
  /** Mean human rating on -1..1. */
  rating: number;
}

export interface WordValenceOptions {
  source: string;
  l2Candidates?: number[];
  /** Terms seen in fewer sentences than this are left out (they are noise, and they bloat the file). */
  minSentences?: number;
  /** Word pairs seen in fewer sentences than this are left out; 0 learns no pairs (default PAIR_MIN_SENTENCES). */
  pairMinSentences?: number;
  /** The pairs' L2 strength, as a multiple of the words' (default PAIR_L2_SCALE). */
  pairL2Scale?: number;
  /** The lexicon the ratings start from (default DEFAULT_PRIOR). */
  prior?: PriorKind;
  onProgress?: (message: string) => void;
}

interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

const DEFAULT_L2 = [0.1, 0.3, 1, 3];
/** The lexicon prior: AFINN's -5..5 scaled to this table's weights ("bad" is about -1 when learned freely). */
const PRIOR_SCALES = { priorScale: 0.2, negatedPriorScale: -0.1 };
export const DEFAULT_PRIOR: PriorKind = 'vader';
const HOLD_OUT_EVERY = 10;
/**
 * Adjacent word pairs ("waste of", "not worth", "the best") are terms too, with no prior, when seen in
 * at least this many sentences. Chosen by `train-sentiment.ts --cv` (strict two-class on held-out
 * general sentences 0.701 without pairs; 0.712 at 3, 0.716 at 5, 0.714 at 10) and `--cv-own`
 * (0.845 without, 0.842 at 5: level within noise).
 */
export const PAIR_MIN_SENTENCES = 5;
/** The pairs' L2 strength as a multiple of the words'; 0.5 and 3 scored no better than 1 (0.709, 0.696). */
export const PAIR_L2_SCALE = 1;
/**
 * The subjectivity table's prior: a rated word's strength (0..5) times 0.2, as the valence prior; under
 * negation half as strong and not flipped ("not great" is still an opinion).
 */
const SUBJECTIVITY_PRIOR_SCALES = { priorScale: 0.2, negatedPriorScale: 0.1 };
/** Weights smaller than this change no prediction that matters; dropping them keeps the file small. */
const PRUNE_BELOW = 0.004;

export function trainWordValence(sentences: RatedSentence[], options: WordValenceOptions): WordValence {
  const log = options.onProgress ?? (() => {});
  const termLists = sentences.map(termsOf);
  const minSentences = options.minSentences ?? 3;
  const seenIn = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) seenIn.set(t, (seenIn.get(t) ?? 0) + 1);
  const words = [...seenIn].filter(([, n]) => n >= minSentences).map(([t]) => t);
  const pairMin = options.pairMinSentences ?? PAIR_MIN_SENTENCES;
  const pairLists = termLists.map((terms) => (pairMin > 0 ? pairTerms(terms) : []));
  const pairSeenIn = new Map<string, number>();
  for (const pairs of pairLists) for (const t of new Set(pairs)) pairSeenIn.set(t, (pairSeenIn.get(t) ?? 0) + 1);
  const pairs = [...pairSeenIn].filter(([, n]) => n >= pairMin).map(([t]) => t);
  const vocabulary = [...words, ...pairs].sort();
  const column = new Map(vocabulary.map((t, i) => [t, i]));
  const rows = termLists.map((terms, i) => sparseRow(terms, pairLists[i], column));
  const pairSet = new Set(pairs);
  const pairL2 = options.pairL2Scale ?? PAIR_L2_SCALE;
  const l2Scale = Float64Array.from(vocabulary, (t) => (pairSet.has(t) ? pairL2 : 1));
  // Fit the departures from the lexicon prior: ratings minus what the prior alone predicts.
  const priorKind = options.prior ?? DEFAULT_PRIOR;
  const priorTable = { ...PRIOR_SCALES, prior: priorLexicon(priorKind) };
  const prior = Float64Array.from(vocabulary, (t) => priorWeight(priorTable, t));
  const priorRatings = rows.map((row) => rowDot(row, prior));
  const ratings = sentences.map((s, i) => s.rating - priorRatings[i]);

  const isHeldOut = (i: number) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1;
  const trainIdx = ratings.map((_, i) => i).filter((i) => !isHeldOut(i));
  const heldIdx = ratings.map((_, i) => i).filter(isHeldOut);
  const candidates = options.l2Candidates ?? DEFAULT_L2;
  let best: { l2: number; rmse: number; sign: number } | undefined = candidates.length === 1 ? { l2: candidates[0], rmse: NaN, sign: NaN } : undefined;
  for (const l2 of candidates.length > 1 ? candidates : []) {
    const fit = ridge(trainIdx.map((i) => rows[i]), trainIdx.map((i) => ratings[i]), l2Scale, l2);
    const scored = evaluate(fit, heldIdx.map((i) => rows[i]), heldIdx.map((i) => ratings[i]), heldIdx.map((i) => priorRatings[i]));
    log(`word valence l2 ${l2}: held-out RMSE ${scored.rmse.toFixed(4)}, sign accuracy ${scored.sign.toFixed(3)}`);
    if (!best || scored.rmse < best.rmse) best = { l2, ...scored };
  }
  const final = fitTable(rows, ratings, prior, vocabulary, l2Scale, best!.l2);
  log(`word valence: ${Object.keys(final.weights).length} of ${vocabulary.length} terms kept (${pairs.length} pairs considered)`);
  // The strength of the rating, whatever its sign, on the same terms and L2, starting from the
  // prior's strength (see Subjectivity in wordValence.ts).
  const strengthTable = { ...SUBJECTIVITY_PRIOR_SCALES, prior: priorStrengths(priorTable.prior) };
  const strengthPrior = Float64Array.from(vocabulary, (t) => priorWeight(strengthTable, t));
  const strengths = sentences.map((s, i) => Math.abs(s.rating) - rowDot(rows[i], strengthPrior));
  const subjectivity = fitTable(rows, strengths, strengthPrior, vocabulary, l2Scale, best!.l2);
  return {
    format: WORD_VALENCE_FORMAT,
    source: options.source,
    ...final,
    ...priorTable,
    priorSource: PRIOR_SOURCES[priorKind],
    ...(pairMin > 0 ? { pairs: true } : {}),
    training: { sentences: sentences.length, heldOut: heldIdx.length, l2: best!.l2, heldOutRmse: best!.rmse, heldOutSignAccuracy: best!.sign },
    subjectivity: { ...subjectivity, ...SUBJECTIVITY_PRIOR_SCALES },
  };
}

/**
 * Ridge fit of the targets' departures from the prior; a term's stored weight is its prior plus its
 * departure, kept only where the departure matters (the prior is recomputed from the lexicon).
 */
function fitTable(
  rows: SparseRow[],
  departures: number[],
  prior: Float64Array,
  vocabulary: string[],
  l2Scale: Float64Array,
  l2: number,
): { bias: number; weights: Record<string, number> } {
  const fit = ridge(rows, departures, l2Scale, l2);
  // Prototype-free, like a loaded table: "constructor" in a message must not hit Object.prototype.
  const weights = Object.create(null) as Record<string, number>;
  vocabulary.forEach((t, i) => {
    if (Math.abs(fit.weights[i]) >= PRUNE_BELOW) weights[t] = prior[i] + fit.weights[i];
  });
  return { bias: fit.bias, weights };
}

/** Cross-fitting reads the same sentences several times; wink-nlp reads each once. */
const termCache = new WeakMap<RatedSentence, string[]>();

function termsOf(sentence: RatedSentence): string[] {
  let terms = termCache.get(sentence);
  if (!terms) termCache.set(sentence, (terms = wordTerms(analyzeText(sentence.text))));
  return terms;
}

function rowDot(row: SparseRow, w: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < row.index.length; k++) sum += w[row.index[k]] * row.value[k];
  return sum;
}

/** A sentence's words and pairs, each counted 1/sqrt(words): scoring divides by the word count only. */
function sparseRow(terms: string[], pairs: string[], column: Map<string, number>): SparseRow {
  const counts = new Map<number, number>();
  for (const t of [...terms, ...pairs]) {
    const c = column.get(t);
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const scale = terms.length ? 1 / Math.sqrt(terms.length) : 0;
  return { index: Int32Array.from(counts.keys()), value: Float64Array.from(counts.values(), (n) => n * scale) };
}

/** Ridge with an unpenalized bias: centre the ratings, solve (XᵀX + λI)w = Xᵀ(y - ȳ) by conjugate gradients. */
function ridge(rows: SparseRow[], y: number[], l2Scale: Float64Array, l2: number): { weights: Float64Array; bias: number } {
  const width = l2Scale.length;
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const centred = y.map((v) => v - mean);
  const apply = (w: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (const row of rows) {
      let dot = 0;
      for (let k = 0; k < row.index.length; k++) dot += w[row.index[k]] * row.value[k];
      for (let k = 0; k < row.index.length; k++) out[row.index[k]] += dot * row.value[k];
    }
    for (let j = 0; j < width; j++) out[j] += l2 * l2Scale[j] * w[j];
  };
  const b = new Float64Array(width);
  rows.forEach((row, i) => {
    for (let k = 0; k < row.index.length; k++) b[row.index[k]] += centred[i] * row.value[k];
  });
  const w = new Float64Array(width);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  const ap = new Float64Array(width);
  let rr = dot(r, r);
  for (let step = 0; step < 300 && rr > 1e-12; step++) {
    apply(p, ap);
    const alpha = rr / dot(p, ap);
    for (let j = 0; j < width; j++) {
      w[j] += alpha * p[j];
      r[j] -= alpha * ap[j];
    }
    const next = dot(r, r);
    for (let j = 0; j < width; j++) p[j] = r[j] + (next / rr) * p[j];
    rr = next;
  }
  // The bias absorbs the mean; the intercept of the centred problem is zero.
  return { weights: w, bias: mean };
}

/** y holds the departures from the prior; priorPart the prior's own prediction (added back for the sign). */
function evaluate(fit: { weights: Float64Array; bias: number }, rows: SparseRow[], y: number[], priorPart: number[]): { rmse: number; sign: number } {
  let squared = 0;
  let signed = 0;
  let agree = 0;
  rows.forEach((row, i) => {
    let p = fit.bias;
    for (let k = 0; k < row.index.length; k++) p += fit.weights[row.index[k]] * row.value[k];
    squared += (p - y[i]) ** 2;
    // Sign accuracy on the clearly rated sentences only (|mean| >= 0.5 on VADER's -4..4 scale).
    const rating = y[i] + priorPart[i];
    if (Math.abs(rating) >= 0.125) {
      signed++;
      if (Math.sign(p + priorPart[i]) === Math.sign(rating)) agree++;
    }
  });
  return { rmse: Math.sqrt(squared / rows.length), sign: signed ? agree / signed : 0 };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
