/**
 * Does refitting the intent model's weights on train + validation (after choosing the concept weight,
 * temperature, threshold and coverage exponents on validation as today) classify unseen messages better?
 *
 * Each fold mimics the real pipeline: the held-out fold's rows (blocks of each intent's consecutive rows
 * in each file, as scripts/cv-intents.ts --blocks, or stratified random folds) are scored; the other
 * rows of train.csv are the train part, the other rows of validation.csv the validation part.
 *   A = trainIntentModel(trainPart, validationPart, { catalog })   (what the bot ships)
 *   B = A's settings (concept weight, epochs...), weights retrained on trainPart + validationPart,
 *       with A's temperature, threshold and coverage exponents.
 * Held-out rows are scored one message at a time as the recognizer does (src/nlu/recognizer.ts).
 *
 *   npx tsx scripts/cv-refit.ts [--folds 5] [--random] [--seed 12345] [--only-fold 0]
 */
import path from 'node:path';
import { Command } from 'commander';
import { readCatalogJson } from '../src/nlu/data/readCatalogJson.ts';
import { readIntentCsv } from '../src/nlu/data/readIntentCsv.ts';
import { isOutOfScope } from '../src/nlu/data/outOfScope.ts';
import { compileCatalogTerms } from '../src/nlu/entities/extractEntities.ts';
import { matchProducts } from '../src/nlu/entities/products.ts';
import { markCatalogNames } from '../src/nlu/features/catalogMentions.ts';
import { scoreMessage, type IntentModel } from '../src/nlu/model/intentModel.ts';
import { createRecognizer } from '../src/nlu/recognizer.ts';
import { readMessage } from '../src/nlu/text/readMessage.ts';
import { trainIntentModel } from '../src/nlu/training/trainIntentModel.ts';
import { NO_INTENT, type LabelledUtterance } from '../src/nlu/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const opts = new Command('cv-refit')
  .option('--folds <k>', 'number of folds', '5')
  .option('--random', 'stratified random folds instead of blocks')
  .option('--seed <n>', 'random fold seed', '12345')
  .option('--only-fold <f>', 'run one fold only (timing)')
  .option('--check-option', 'also train with refitOnValidation and check it gives B exactly')
  .parse()
  .opts<{ folds: string; random?: boolean; seed: string; onlyFold?: string; checkOption?: boolean }>();

const trainRows = readIntentCsv(path.join(ROOT, 'data/intents/train.csv'));
const validationRows = readIntentCsv(path.join(ROOT, 'data/intents/validation.csv'));
const catalog = readCatalogJson(path.join(ROOT, 'data/demo-shop/products.json'));
const terms = compileCatalogTerms(catalog);
const folds = Number(opts.folds);
let seed = Number(opts.seed);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** Fold of each row, per file; stratified by intent within each file so every fold keeps the train/validation mix. */
function assign(rows: LabelledUtterance[]): number[] {
  const fold = new Array<number>(rows.length).fill(0);
  const positions = new Map<string, number[]>();
  rows.forEach((row, i) => positions.set(row.intent, [...(positions.get(row.intent) ?? []), i]));
  for (const indices of positions.values()) {
    if (opts.random) {
      const shuffled = indices.map((i) => [random(), i] as const).sort((a, b) => a[0] - b[0]);
      shuffled.forEach(([, i], k) => (fold[i] = k % folds));
    } else {
      indices.forEach((i, k) => (fold[i] = Math.floor((k * folds) / indices.length)));
    }
  }
  return fold;
}
// wink-nlp's tokenization of a few words changes once it has read certain messages ("mum's" is read as
// "mom 's" at first, as one token later), so the first training in a process differs slightly from the
// next. Read every row once first so A, B and each fold see the same tokenization.
for (const row of [...trainRows, ...validationRows]) readMessage(row.text);
const trainFold = assign(trainRows);
const validationFold = assign(validationRows);

interface Outcome {
  gold: string; // 'oos' for out of scope
  predicted: string; // 'oos' when turned away
  top1: string; // best in-scope intent, ignoring the class and the threshold
  classWins: boolean;
  score: number; // in-scope score (what the threshold applies to)
  confidence: number; // calibrated confidence of the best in-scope intent
  ambiguous: boolean; // accepted and the top two closer than the ambiguity margin (the recognizer's flag)
}
const results: { A: Outcome[]; B: Outcome[] } = { A: [], B: [] };
const perFold: string[] = [];

function score(model: IntentModel, text: string): Outcome & { text: string } {
  // The recognizer's path (src/nlu/recognizer.ts), without entity extraction.
  const reading = readMessage(text);
  const productMatches = matchProducts(reading, terms.products);
  if (model.featureConfig.catalogNames) reading.catalogMarks = markCatalogNames(reading, terms, productMatches);
  const s = scoreMessage(model, reading, 5);
  const inScope = !s.outOfScopeWins && s.inScopeScore >= model.threshold;
  const [best, second] = s.ranking;
  return {
    text,
    gold: '',
    predicted: inScope ? best.intent : 'oos',
    top1: best.intent,
    classWins: s.outOfScopeWins,
    score: s.outOfScopeWins ? -1 : s.inScopeScore,
    confidence: best.confidence,
    ambiguous: inScope && second !== undefined && best.confidence - second.confidence < model.ambiguityMargin,
  };
}

for (let f = 0; f < folds; f++) {
  if (opts.onlyFold !== undefined && Number(opts.onlyFold) !== f) continue;
  const started = performance.now();
  const trainPart = trainRows.filter((_, i) => trainFold[i] !== f);
  const validationPart = validationRows.filter((_, i) => validationFold[i] !== f);
  const heldOut = [...trainRows.filter((_, i) => trainFold[i] === f), ...validationRows.filter((_, i) => validationFold[i] === f)];
  const A = trainIntentModel(trainPart, validationPart, { catalog });
  const tA = (performance.now() - started) / 1000;
  // B: the same settings, one training on both parts (no validation: nothing is chosen), then A's calibration.
  const B = trainIntentModel([...trainPart, ...validationPart], [], {
    catalog,
    params: A.training.params,
    featureConfig: { conceptWeight: A.featureConfig.conceptWeight },
  });
  if (JSON.stringify({ ...B.featureConfig }) !== JSON.stringify({ ...A.featureConfig })) throw new Error('feature configs differ');
  B.temperature = A.temperature;
  B.threshold = A.threshold;
  B.coverageExponent = A.coverageExponent;
  B.intentCoverageExponent = A.intentCoverageExponent;
  B.ambiguityMargin = A.ambiguityMargin;
  const tB = (performance.now() - started) / 1000 - tA;
  if (opts.checkOption) {
    const viaOption = trainIntentModel(trainPart, validationPart, { catalog, refitOnValidation: true });
    const same =
      JSON.stringify(Array.from(viaOption.weights)) === JSON.stringify(Array.from(B.weights)) &&
      JSON.stringify([viaOption.temperature, viaOption.threshold, viaOption.coverageExponent, viaOption.intentCoverageExponent]) ===
        JSON.stringify([B.temperature, B.threshold, B.coverageExponent, B.intentCoverageExponent]);
    if (!same) {
      let d = 0;
      for (let i = 0; i < B.weights.length; i++) if (viaOption.weights[i] !== B.weights[i]) d++;
      console.error(d, B.weights.length, viaOption.weights.length, viaOption.featureConfig, B.featureConfig, viaOption.temperature, B.temperature, viaOption.threshold, B.threshold);
      throw new Error('refitOnValidation does not give B');
    }
    process.stderr.write(`fold ${f + 1}: refitOnValidation gives B exactly (${JSON.stringify(viaOption.training.refit)})\n`);
  }

  // Check the replica of the recognizer against the real one on some rows.
  for (const model of [A, B]) {
    const recognizer = createRecognizer(model, catalog);
    for (const row of heldOut.slice(0, 150)) {
      const r = recognizer.recognize(row.text);
      const mine = score(model, row.text);
      if ((r.intent === NO_INTENT ? 'oos' : r.intent) !== mine.predicted) throw new Error(`recognizer mismatch on ${row.text}`);
    }
  }
  const tally = { A: [] as Outcome[], B: [] as Outcome[] };
  for (const row of heldOut) {
    const gold = isOutOfScope(row.intent) ? 'oos' : row.intent;
    for (const [name, model] of [['A', A], ['B', B]] as const) {
      const o = score(model, row.text);
      tally[name].push({ ...o, gold });
    }
  }
  results.A.push(...tally.A);
  results.B.push(...tally.B);
  const line =
    `fold ${f + 1}/${folds}: train part ${trainPart.length}, validation part ${validationPart.length}, held out ${heldOut.length}; ` +
    `concept weight ${A.featureConfig.conceptWeight}, T ${A.temperature.toFixed(3)}, threshold ${A.threshold.toFixed(3)}, ` +
    `exponents ${A.coverageExponent}/${A.intentCoverageExponent}; A ${tA.toFixed(0)} s, B ${tB.toFixed(0)} s\n` +
    `  A: ${summary(tally.A)}\n  B: ${summary(tally.B)}`;
  perFold.push(line);
  process.stderr.write(`${line}\n`);
}

function summary(rows: Outcome[]): string {
  const inScope = rows.filter((r) => r.gold !== 'oos');
  const oos = rows.filter((r) => r.gold === 'oos');
  const saidNone = rows.filter((r) => r.predicted === 'oos');
  const f = (n: number, of: number) => (of ? n / of : 0).toFixed(4);
  return [
    `accuracy ${f(rows.filter((r) => r.predicted === r.gold).length, rows.length)}`,
    `in-scope acc ${f(inScope.filter((r) => r.predicted === r.gold).length, inScope.length)}`,
    `oos recall ${f(oos.filter((r) => r.predicted === 'oos').length, oos.length)}`,
    `oos precision ${f(saidNone.filter((r) => r.gold === 'oos').length, saidNone.length)}`,
    `top-1 in-scope ${f(inScope.filter((r) => r.top1 === r.gold).length, inScope.length)}`,
    `in-scope turned away ${f(inScope.filter((r) => r.predicted === 'oos').length, inScope.length)}`,
    `class catches ${f(oos.filter((r) => r.classWins).length, oos.length)}`,
    `ambiguous (in-scope) ${f(inScope.filter((r) => r.ambiguous).length, inScope.length)}`,
    // Calibration of the carried-over temperature: mean confidence vs top-1 accuracy on in-scope rows.
    `mean conf (in-scope) ${(inScope.reduce((t, r) => t + r.confidence, 0) / Math.max(1, inScope.length)).toFixed(4)}`,
    `ECE ${ece(inScope).toFixed(4)}`,
  ].join(', ');
}

/** Expected calibration error of the best in-scope intent's confidence (10 equal-width bins). */
function ece(rows: Outcome[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const r of rows) {
    const bin = bins[Math.min(9, Math.floor(r.confidence * 10))];
    bin.n++;
    bin.conf += r.confidence;
    if (r.top1 === r.gold) bin.right++;
  }
  return bins.reduce((t, b) => t + Math.abs(b.conf - b.right), 0) / Math.max(1, rows.length);
}

/** In-scope accuracy when each model's threshold is set on the held-out oos scores to reach `recall` (like for like oos behaviour). */
function atRecall(rows: Outcome[], recall: number): number {
  const oos = rows.filter((r) => r.gold === 'oos').map((r) => r.score).sort((a, b) => a - b);
  const threshold = oos[Math.ceil(recall * oos.length) - 1] + 1e-12;
  const inScope = rows.filter((r) => r.gold !== 'oos');
  return inScope.filter((r) => r.top1 === r.gold && !r.classWins && r.score >= threshold).length / inScope.length;
}

console.log(`${opts.random ? `random folds (seed ${opts.seed})` : 'blocks'}, ${folds} folds${opts.onlyFold !== undefined ? ` (fold ${Number(opts.onlyFold) + 1} only)` : ''}`);
for (const line of perFold) console.log(line);
console.log(`pooled over ${results.A.length} held-out messages`);
console.log(`  A (shipped):          ${summary(results.A)}`);
console.log(`  B (refit on t+v):     ${summary(results.B)}`);
for (const recall of [0.7, 0.8, 0.85, 0.9]) {
  console.log(`  in-scope acc at held-out oos recall ${recall}: A ${atRecall(results.A, recall).toFixed(4)}, B ${atRecall(results.B, recall).toFixed(4)}`);
}
// Paired: in-scope messages one model gets right (at its threshold) and the other not.
const pair = (key: 'predicted' | 'top1', inScopeOnly: boolean) => {
  let aOnly = 0;
  let bOnly = 0;
  results.A.forEach((a, i) => {
    const b = results.B[i];
    if (inScopeOnly && a.gold === 'oos') return;
    const ra = a[key] === a.gold;
    const rb = b[key] === b.gold;
    if (ra && !rb) aOnly++;
    if (rb && !ra) bOnly++;
  });
  const z = aOnly + bOnly ? (bOnly - aOnly) / Math.sqrt(aOnly + bOnly) : 0;
  return `A right only ${aOnly}, B right only ${bOnly} (McNemar z ${z.toFixed(2)})`;
};
console.log(`  paired, all rows at threshold:      ${pair('predicted', false)}`);
console.log(`  paired, in-scope rows at threshold: ${pair('predicted', true)}`);
console.log(`  paired, in-scope top-1:             ${pair('top1', true)}`);
