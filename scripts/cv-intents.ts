/**
 * k-fold cross-validation of the intent recognizer over train + validation, for choosing changes
 * without touching the test split. Folds are stratified by intent (out-of-scope rows spread over
 * them); each fold is scored by a model trained on the others, one message at a time, as the bot
 * reads it. Prints top-1 in-scope accuracy and in-scope accuracy at out-of-scope recall 0.5 / 0.7 /
 * 0.85 / 0.9 (the threshold set on the held-out out-of-scope scores), so changes are compared at the
 * same rejection rate rather than at one threshold; one such line per out-of-scope score training can
 * choose (confidence × vocabulary coverage^a × intent coverage^b). Out-of-scope rows of the other
 * folds are learned as a class, as training does; a message that class wins counts as turned away at
 * every threshold ("class catches": the share of out-of-scope rows it wins).
 *
 *   npx tsx scripts/cv-intents.ts [--catalog data/demo-shop/products.json] [--folds 5] [--detail]
 *     [--options '{"params":{"epochs":10}}']   training options to compare with the defaults
 *     [--validation-rows-only]  score only the validation file's rows (train rows still train the folds)
 *     [--blocks]               hold out blocks of consecutive rows of each intent instead of random folds
 *     [--swap-product-names]   replace each held-out product mention by another catalog product
 *                              (how well the model reads products its training never named)
 *     [--extra-train FILE]     rows that train every fold and are never scored: a new data round measured
 *                              like for like (the same folds and the same scored rows as before it)
 */
import path from 'node:path';
import { Command } from 'commander';
import { readCatalogJson } from '../src/nlu/data/readCatalogJson.ts';
import { catalogNamesOf, NO_CATALOG_NAMES } from '../src/nlu/features/catalogMentions.ts';
import { readForModel } from '../src/nlu/features/readForModel.ts';
import { readIntentCsv } from '../src/nlu/index.ts';
import { scoreMessage } from '../src/nlu/model/intentModel.ts';
import { featurize } from '../src/nlu/features/featurize.ts';
import { intentCoverage } from '../src/nlu/model/intentCoverage.ts';
import { COVERAGE_EXPONENTS, INTENT_COVERAGE_EXPONENTS, inScopeScore, vocabularyCoverage } from '../src/nlu/model/vocabularyCoverage.ts';
import { trainIntentModel, type TrainIntentOptions } from '../src/nlu/training/trainIntentModel.ts';

const INTENTS = path.resolve(import.meta.dirname, '../data/intents');
const options = new Command('cv-intents')
  .option('--train <file>', 'training rows', path.join(INTENTS, 'train.csv'))
  .option('--validation <file>', 'validation rows (joined to train for the folds)', path.join(INTENTS, 'validation.csv'))
  .option('--catalog <file>', "the shop's products.json the rows were written for")
  .option('--folds <k>', 'number of folds', '5')
  .option('--seed <n>', 'fold assignment seed', '12345')
  .option('--detail', 'per-intent recall and the most confused pairs')
  .option('--validation-rows-only', "score only the validation file's rows (every row still trains the other folds)")
  .option('--blocks', "hold out blocks of each intent's consecutive rows (whole writing rounds, new phrasings) instead of random folds")
  .option('--swap-product-names', 'score held-out rows with their product mention replaced by another product')
  .option('--extra-train <file>', 'rows added to every fold\'s training and never scored (a new round, measured on the same folds)')
  .option('--options <json>', 'training options to try, as JSON (e.g. {"params":{"epochs":10}})', '{}')
  .parse()
  .opts<{ train: string; validation: string; catalog?: string; folds: string; seed: string; detail?: boolean; validationRowsOnly?: boolean; blocks?: boolean; swapProductNames?: boolean; extraTrain?: string; options: string }>();

const trainRows = readIntentCsv(options.train);
const validationRows = readIntentCsv(options.validation);
const rows = [...trainRows, ...validationRows];
const extraTrain = options.extraTrain ? readIntentCsv(options.extraTrain) : [];
const catalog = options.catalog ? readCatalogJson(options.catalog) : undefined;
const names = catalog ? catalogNamesOf(catalog) : NO_CATALOG_NAMES;
const folds = Number(options.folds);
let seed = Number(options.seed);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const fold = new Array<number>(rows.length).fill(0);
if (options.blocks) {
  // Rows were added in rounds, each written in its own styles and appended after each intent's earlier
  // rows: a block of an intent's consecutive rows (in each file) is scored by a model that never saw
  // that round's phrasings, closer to how the test split differs from training than random folds are.
  for (const [offset, fileRows] of [[0, trainRows], [trainRows.length, validationRows]] as const) {
    const positions = new Map<string, number[]>();
    fileRows.forEach((row, i) => positions.set(row.intent, [...(positions.get(row.intent) ?? []), offset + i]));
    for (const indices of positions.values()) indices.forEach((i, k) => (fold[i] = Math.floor((k * folds) / indices.length)));
  }
} else {
  // Stratified, deterministic folds: each intent's rows are shuffled and dealt out in turn.
  const byIntent = new Map<string, number[]>();
  rows.forEach((row, i) => byIntent.set(row.intent, [...(byIntent.get(row.intent) ?? []), i]));
  for (const indices of byIntent.values()) {
    const shuffled = indices.map((i) => [random(), i] as const).sort((a, b) => a[0] - b[0]);
    shuffled.forEach(([, i], k) => (fold[i] = k % folds));
  }
}

interface Scored {
  intent: string;
  predicted: string;
  /** The in-scope score under each pair of coverage exponents (the folds' models have no validation to choose one). */
  scores: number[];
}
const EXPONENT_PAIRS = COVERAGE_EXPONENTS.flatMap((vocabulary) => INTENT_COVERAGE_EXPONENTS.map((intent) => ({ vocabulary, intent })));
const results: Scored[] = [];
for (let f = 0; f < folds; f++) {
  process.stderr.write(`fold ${f + 1}/${folds}\n`);
  const train = [...rows.filter((row, i) => fold[i] !== f), ...extraTrain];
  const model = trainIntentModel(train, [], { ...(JSON.parse(options.options) as TrainIntentOptions), ...(catalog ? { catalog } : {}) });
  for (const [i, original] of rows.entries()) {
    if (fold[i] !== f || (options.validationRowsOnly && i < trainRows.length)) continue;
    const row = options.swapProductNames && original.intent !== 'oos' ? swapProduct(original) : original;
    if (!row) continue;
    const reading = readForModel(row.text, model.featureConfig, names);
    const { ranking, outOfScopeWins } = scoreMessage(model, reading);
    const best = ranking[0];
    const coverage = vocabularyCoverage(model, reading);
    const intentShare = intentCoverage(model, featurize(reading, model.featureConfig), model.labels.indexOf(best.intent));
    // -1: turned away at every threshold, as the recognizer does when the learned out-of-scope class wins.
    const scores = EXPONENT_PAIRS.map((pair) => (outOfScopeWins ? -1 : inScopeScore(best.confidence, coverage, pair.vocabulary, intentShare, pair.intent)));
    results.push({ intent: row.intent, predicted: outOfScopeWins ? 'oos' : best.intent, scores });
  }
}

const inScope = results.filter((r) => r.intent !== 'oos');
const share = (n: number, of: number) => (of ? n / of : 0).toFixed(4);
console.log(
  `${results.length} messages, ${folds} ${options.blocks ? 'blocks' : 'folds'}, catalog ${options.catalog ?? 'none'}` +
    `${options.swapProductNames ? ', product names swapped' : ''}${extraTrain.length ? `, ${extraTrain.length} extra training rows in every fold` : ''}`,
);
console.log(`top-1 in-scope ${share(inScope.filter((r) => r.predicted === r.intent).length, inScope.length)}`);
// One line per score the out-of-scope threshold could apply to: confidence × vocabulary coverage^a × intent coverage^b
// (training chooses a and b on validation; a = b = 0 is plain confidence).
EXPONENT_PAIRS.forEach((pair, k) => {
  const outOfScope = results.filter((r) => r.intent === 'oos').map((r) => r.scores[k]).sort((a, b) => a - b);
  if (!outOfScope.length) return;
  const line = [`  coverage^${pair.vocabulary} intent coverage^${pair.intent}:`];
  if (k === 0) line.push(`class catches ${share(outOfScope.filter((score) => score < 0).length, outOfScope.length)}`);
  for (const recall of [0.5, 0.7, 0.85, 0.9]) {
    const threshold = outOfScope[Math.ceil(recall * outOfScope.length) - 1] + 1e-12;
    line.push(`at oos recall ${recall}: ${share(inScope.filter((r) => r.predicted === r.intent && r.scores[k] >= threshold).length, inScope.length)}`);
  }
  console.log(line.join('   '));
});

if (options.detail) {
  const perIntent = new Map<string, { right: number; all: number }>();
  const confused = new Map<string, number>();
  for (const r of inScope) {
    const tally = perIntent.get(r.intent) ?? { right: 0, all: 0 };
    tally.all++;
    if (r.predicted === r.intent) tally.right++;
    else confused.set(`${r.intent} -> ${r.predicted}`, (confused.get(`${r.intent} -> ${r.predicted}`) ?? 0) + 1);
    perIntent.set(r.intent, tally);
  }
  console.log('\nrecall per intent (weakest first)');
  for (const [intent, t] of [...perIntent].sort((a, b) => a[1].right / a[1].all - b[1].right / b[1].all)) console.log(`  ${intent.padEnd(24)} ${share(t.right, t.all)}`);
  console.log('\nmost confused');
  for (const [pair, n] of [...confused].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(3)}  ${pair}`);
}

/** The row with its first product mention replaced by a random other catalog product, or undefined when it names none. */
function swapProduct(row: { text: string; intent: string }): { text: string; intent: string } | undefined {
  if (!catalog) throw new Error('--swap-product-names needs --catalog');
  const reading = readForModel(row.text, { catalogNames: true }, names);
  const marked = [...(reading.catalogMarks ?? new Map<number, string>()).entries()].filter(([, mark]) => mark).map(([at]) => at);
  if (!marked.length) return undefined;
  const first = marked[0];
  let last = first;
  while (reading.catalogMarks?.get(last + 1) === '') last++;
  const product = catalog.products[Math.floor(random() * catalog.products.length)].name;
  return { intent: row.intent, text: `${row.text.slice(0, reading.tokens[first].start)}the ${product}${row.text.slice(reading.tokens[last].end)}` };
}
