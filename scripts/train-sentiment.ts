/**
 * Trains the sentiment layer and saves data/sentiment/model.json (the file the bot loads at start).
 * Same as `npx shopkeeper train sentiment`. With --general, first refits the word-valence table
 * (data/sentiment/word-valence.json) on VADER's rated review and editorial sentences and learns
 * from them too; --exclude names evaluation files whose sentences must stay unseen.
 *
 *   npx tsx scripts/train-sentiment.ts [--train FILE] [--validation FILE] [--out FILE]
 *     [--general ../shared/data/sentiment/vader-ground-truth --exclude FILE ... --share 0.5]
 *     [--prior afinn|vader|mean] [--neutral-band 0.5] [--vader-only-table]
 *
 * With --cv (and --general, --exclude), saves nothing: it cross-validates over VADER's rated general
 * sentences instead (see crossValidateGeneral.ts), the way changes are chosen without the public
 * test sets. --cv-own cross-validates over our own train.csv instead (customer-service language; the
 * general data and word-valence table as training builds them). --disable FEATURE (repeatable) holds
 * a feature at zero, to see what it adds. Our own training messages go into the word-valence table
 * with VADER's sentences (OWN_MESSAGES_IN_TABLE); --vader-only-table fits VADER's alone, as before.
 * --neutral-band X teaches general sentences rated within X (mean, -4..4) as neutral (default 0.5,
 * VADER's mapping). --own-first N also reports `--cv-own` on the first N rows of train.csv alone. `--cv`
 * reports the share of clearly rated held-out sentences answered neutral too.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readLabelledFile } from '../src/sentiment/evaluation/readLabelled.ts';
import { DEFAULT_MODEL_PATH, SENTIMENT_DATA_DIR, saveSentimentModel } from '../src/sentiment/model/sentimentModel.ts';
import { crossValidateGeneral } from '../src/sentiment/training/crossValidateGeneral.ts';
import { crossValidateOwn } from '../src/sentiment/training/crossValidateOwn.ts';
import { DEFAULT_GENERAL_SHARE, generalTrainingData, OWN_MESSAGES_IN_TABLE, prepareGeneralData, readGeneralSentences } from '../src/sentiment/training/generalData.ts';
import { PRIOR_KINDS, type PriorKind } from '../src/sentiment/words/priorLexicon.ts';
import { trainSentimentModel } from '../src/sentiment/training/trainSentimentModel.ts';
import { saveWordValence } from '../src/sentiment/words/wordValence.ts';

const { values, positionals } = parseArgs({
  // Files after one --exclude arrive as positionals (`--exclude {a,b,c}.txt` in the shell), read as
  // more exclusions, the way `shopkeeper train sentiment --exclude a b c` reads them.
  allowPositionals: true,
  options: {
    train: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'train.csv') },
    validation: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'validation.csv') },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    general: { type: 'string' },
    exclude: { type: 'string', multiple: true, default: [] },
    share: { type: 'string', default: String(DEFAULT_GENERAL_SHARE) },
    prior: { type: 'string' },
    'neutral-band': { type: 'string' },
    cv: { type: 'boolean', default: false },
    'cv-own': { type: 'boolean', default: false },
    'own-first': { type: 'string' },
    'vader-only-table': { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    disable: { type: 'string', multiple: true, default: [] },
  },
});
if (values.prior !== undefined && !(PRIOR_KINDS as readonly string[]).includes(values.prior)) {
  throw new Error(`--prior must be one of ${PRIOR_KINDS.join(', ')}`);
}
const prior = values.prior as PriorKind | undefined;
const neutralBand = values['neutral-band'] === undefined ? undefined : Number(values['neutral-band']);
if (neutralBand !== undefined && !(neutralBand >= 0 && neutralBand <= 4)) throw new Error('--neutral-band must be a mean rating between 0 and 4');
values.exclude = [...(values.exclude ?? []), ...positionals];
if (positionals.length > 0 && !values.general) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);

const ownInTable = OWN_MESSAGES_IN_TABLE && !values['vader-only-table'];
const started = performance.now();
const progress = (message: string) => process.stderr.write(`${message}\n`);
if (values['cv-own']) {
  if (!values.general) throw new Error('--cv-own needs --general (VADER ground-truth folder)');
  const train = readLabelledFile(values.train!, 'csv');
  const prepared = prepareGeneralData({ vaderDir: values.general, exclude: values.exclude!, share: Number(values.share), prior, neutralBand, onProgress: progress });
  const { kept } = ownInTable ? readGeneralSentences({ vaderDir: values.general, exclude: values.exclude! }) : { kept: [] };
  const report = crossValidateOwn({
    train,
    prepareFold: ownInTable
      ? (rest) => generalTrainingData(kept, { share: Number(values.share), prior, neutralBand, own: rest, l2Candidates: [prepared.table.training.l2] })
      : undefined,
    validation: readLabelledFile(values.validation!, 'csv'),
    general: prepared.general,
    table: prepared.table,
    folds: Number(values.folds),
    disabledFeatures: values.disable,
    first: values['own-first'] === undefined ? undefined : Number(values['own-first']),
    onProgress: progress,
  });
  const f = (x: number) => x.toFixed(3);
  if (report.first) process.stdout.write(`cv-own first ${values['own-first']} messages: accuracy ${f(report.first.accuracy)} macro-F1 ${f(report.first.macroF1)} neg P/R ${f(report.first.negative.precision)}/${f(report.first.negative.recall)}\n`);
  process.stdout.write(
    `cv-own prior=${prior ?? 'default'} disabled=[${values.disable!.join(',')}] share=${values.share} band=${neutralBand ?? 'default'} own-in-table=${ownInTable}: accuracy ${f(report.accuracy)} macro-F1 ${f(report.macroF1)} ` +
      `neg P/R ${f(report.negative.precision)}/${f(report.negative.recall)} pos P/R ${f(report.perClass[2].precision)}/${f(report.perClass[2].recall)} ` +
      `(${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  process.exit(0);
}
if (values.cv) {
  if (!values.general) throw new Error('--cv needs --general (VADER ground-truth folder)');
  const { kept } = readGeneralSentences({ vaderDir: values.general, exclude: values.exclude!, onProgress: progress });
  const cv = crossValidateGeneral({
    sentences: kept,
    train: readLabelledFile(values.train!, 'csv'),
    validation: readLabelledFile(values.validation!, 'csv'),
    folds: Number(values.folds),
    share: Number(values.share),
    prior,
    neutralBand,
    ownInTable,
    disabledFeatures: values.disable,
    onProgress: progress,
  });
  const f = (x: number) => x.toFixed(3);
  const own = cv.validationNegative;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  process.stdout.write(
    `cv prior=${prior ?? 'default'} disabled=[${values.disable!.join(',')}] share=${values.share} band=${neutralBand ?? 'default'} own-in-table=${ownInTable}: ` +
      `3-class accuracy ${f(cv.threeClass.accuracy)} macro-F1 ${f(cv.threeClass.macroF1)} neg P/R ${f(cv.threeClass.negative.precision)}/${f(cv.threeClass.negative.recall)}; ` +
      `polar strict accuracy ${f(cv.polar.accuracy)} neg P/R ${f(cv.polar.negative.precision)}/${f(cv.polar.negative.recall)} answered neutral ${f(cv.polarNeutralShare)}; ` +
      `own validation neg P/R ${f(mean(own.map((o) => o.precision)))}/${f(mean(own.map((o) => o.recall)))} ` +
      `(${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  process.exit(0);
}
let general;
let table;
const train = readLabelledFile(values.train!, 'csv');
if (values.general) {
  const prepared = prepareGeneralData({
    vaderDir: values.general, exclude: values.exclude!, share: Number(values.share), prior, neutralBand, own: ownInTable ? train : undefined, onProgress: progress,
  });
  saveWordValence(prepared.table);
  general = prepared.general;
  table = prepared.table;
}
const { model } = trainSentimentModel(train, readLabelledFile(values.validation!, 'csv'), {
  general,
  table,
  onProgress: progress,
});
saveSentimentModel(model, values.out);
const v = model.training.validation;
process.stdout.write(
  `saved ${values.out}: ${model.training.trainExamples} training messages (+${model.training.generalExamples ?? 0} general), l2 ${model.training.l2}, negative cut-off ${model.negativeThreshold.toFixed(3)}; ` +
    `validation accuracy ${v.accuracy.toFixed(3)}, macro-F1 ${v.macroF1.toFixed(3)}, negative precision ${v.negativePrecision.toFixed(3)} / recall ${v.negativeRecall.toFixed(3)} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
