/**
 * `shopkeeper eval sentiment` (measure the scorer, and with --baselines the two lexicons alone, on
 * a labelled file) and `shopkeeper train sentiment` (train on the project's messages and save the
 * model the bot loads).
 */
import { negativeThresholdSweep, type SweepPoint } from '../sentiment/evaluation/thresholdSweep.ts';
import path from 'node:path';
import { Option } from 'commander';
import type { CommandRoots } from './commands.ts';
import { CliError } from './cliError.ts';
import {
  afinnBaseline,
  createSentimentScorer,
  DATA_FORMATS,
  DEFAULT_MODEL_PATH,
  evaluateScorer,
  guessFormat,
  LabelledFileError,
  readLabelledFile,
  saveSentimentModel,
  SENTIMENT_DATA_DIR,
  SentimentModelError,
  trainSentimentModel,
  VADER_CUTOFF,
  winkBaseline,
  type DataFormat,
  type NamedScorer,
} from '../sentiment/index.ts';
import { formatEvaluation } from '../sentiment/evaluation/formatReport.ts';
import { DEFAULT_GENERAL_SHARE, OWN_MESSAGES_IN_TABLE, prepareGeneralData } from '../sentiment/training/generalData.ts';
import { saveWordValence } from '../sentiment/words/wordValence.ts';

interface EvalFlags {
  data: string;
  format?: DataFormat;
  json?: boolean;
  threshold?: string;
  baselines?: boolean;
  model?: string;
}

interface TrainFlags {
  train: string;
  validation: string;
  out: string;
  general?: string;
  exclude: string[];
  share: string;
  json?: boolean;
}

const FORMAT_HELP =
  'csv: header text,label (negative/neutral/positive; two-label files fine); ' +
  'uci: sentence<TAB>0|1; ' +
  `vader: id<TAB>mean<TAB>text, mean <= -${VADER_CUTOFF} negative, >= ${VADER_CUTOFF} positive, else neutral ` +
  '(default: csv for *.csv, vader when lines look like id<TAB>number<TAB>text, else uci)';

export function registerSentimentCommands(roots: CommandRoots): void {
  roots.evaluate
    .command('sentiment')
    .description(
      'measure the sentiment scorer on a labelled file: strict accuracy (neutral is its own class, so on ' +
        'two-label data a neutral prediction is wrong), macro-F1, per-class figures, confusion matrix, latency',
    )
    .requiredOption('--data <file>', 'labelled messages')
    .addOption(new Option('--format <format>', FORMAT_HELP).choices(DATA_FORMATS))
    .option('--threshold <p>', 'negative cut-off on P(negative), 0..1 (default: the model\'s, chosen on validation)')
    .option('--baselines', 'also measure `sentiment` (AFINN-165) alone and wink-nlp alone (label = sign of score)')
    .option('--model <file>', 'model file', DEFAULT_MODEL_PATH)
    .option('--json', 'print one JSON object (no progress display)')
    .action((flags: EvalFlags) => runEval(flags));

  roots.train
    .command('sentiment')
    .description('train the sentiment model on the project\'s messages; the L2 strength and negative cut-off are chosen on the validation file')
    .option('--train <file>', 'training messages (csv text,label)', path.join(SENTIMENT_DATA_DIR, 'train.csv'))
    .option('--validation <file>', 'validation messages (csv text,label)', path.join(SENTIMENT_DATA_DIR, 'validation.csv'))
    .option('--out <file>', 'where to save the model (the bot loads data/sentiment/model.json)', DEFAULT_MODEL_PATH)
    .option(
      '--general <dir>',
      "VADER's ground-truth folder: refit data/sentiment/word-valence.json on its review and editorial sentences (with the training messages) and learn from them too (never its tweets)",
    )
    .option('--exclude <file...>', 'evaluation files whose sentences are dropped from the general data, so figures on them stay unseen', [])
    .option('--share <x>', 'weight of the general sentences against all of the project\'s messages', String(DEFAULT_GENERAL_SHARE))
    .option('--json', 'print a JSON summary')
    .action((flags: TrainFlags) => runTrain(flags));
}

function runEval(flags: EvalFlags): void {
  const format = flags.format ?? guessFormat(flags.data);
  const messages = readMessages(flags.data, format);
  const threshold = flags.threshold === undefined ? undefined : Number(flags.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) throw new CliError('--threshold must be a number between 0 and 1');
  let ours;
  try {
    ours = createSentimentScorer({ modelPath: flags.model, negativeThreshold: threshold });
  } catch (error) {
    if (error instanceof SentimentModelError) throw new CliError(error.message);
    throw error;
  }
  const scorers: NamedScorer[] = [{ name: 'shopkeeper', scorer: ours }];
  if (flags.baselines) scorers.push({ name: 'sentiment (AFINN) alone', scorer: afinnBaseline }, { name: 'wink-nlp alone', scorer: winkBaseline });

  const quiet = Boolean(flags.json) || !process.stderr.isTTY;
  const results = scorers.map((named) =>
    evaluateScorer(named, messages, (p) => {
      if (!flags.json && (p.done === p.total || !quiet)) process.stderr.write(`${quiet ? '' : '\r'}${p.scorer}: ${p.done}/${p.total}${p.done === p.total ? '\n' : ''}`);
    }),
  );
  const labels: Record<string, number> = {};
  for (const m of messages) labels[m.label] = (labels[m.label] ?? 0) + 1;
  const sweep = negativeThresholdSweep(messages, (text) => ours.score(text).probabilities.negative);
  if (flags.json) {
    const [main] = results;
    process.stdout.write(
      `${JSON.stringify({
        data: flags.data,
        format,
        examples: messages.length,
        labels,
        negativeThreshold: ours.negativeThreshold,
        accuracy: main.accuracy,
        macroF1: main.macroF1,
        negative: main.negative,
        latencyP50Ms: main.latencyMs.p50,
        latencyP99Ms: main.latencyMs.p99,
        negativeSweep: sweep,
        results,
      })}\n`,
    );
  } else {
    process.stdout.write(formatEvaluation(flags.data, labels, results, ours.negativeThreshold));
    process.stdout.write(formatSweep(sweep, ours.negativeThreshold));
  }
}

function runTrain(flags: TrainFlags): void {
  const started = performance.now();
  const onProgress = flags.json ? undefined : (message: string) => process.stderr.write(`${message}\n`);
  const share = Number(flags.share);
  if (!(share >= 0)) throw new CliError('--share must be a number of at least 0');
  let general;
  let table;
  const train = readMessages(flags.train, 'csv');
  if (flags.general) {
    const own = OWN_MESSAGES_IN_TABLE ? train : undefined;
    const prepared = prepareGeneralData({ vaderDir: flags.general, exclude: flags.exclude, share, own, onProgress });
    saveWordValence(prepared.table);
    general = prepared.general;
    table = prepared.table;
  }
  const { model, candidates } = trainSentimentModel(train, readMessages(flags.validation, 'csv'), { general, table, onProgress });
  saveSentimentModel(model, flags.out);
  const seconds = (performance.now() - started) / 1000;
  const v = model.training.validation;
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ out: flags.out, ...model.training, negativeThreshold: model.negativeThreshold, candidates, seconds })}\n`);
    return;
  }
  process.stdout.write(
    `saved ${flags.out}: ${model.training.trainExamples} training messages, l2 ${model.training.l2}, negative cut-off ${model.negativeThreshold.toFixed(3)}; ` +
      `validation (${model.training.validationExamples}) accuracy ${v.accuracy.toFixed(3)}, macro-F1 ${v.macroF1.toFixed(3)}, ` +
      `negative precision ${v.negativePrecision.toFixed(3)} / recall ${v.negativeRecall.toFixed(3)} (${seconds.toFixed(1)} s)\n`,
  );
}

function readMessages(file: string, format: DataFormat) {
  try {
    return readLabelledFile(file, format);
  } catch (error) {
    if (error instanceof LabelledFileError) throw new CliError(error.message);
    throw error;
  }
}

function formatSweep(sweep: SweepPoint[], current: number): string {
  const lines = ['', `negative cut-off sweep (shopkeeper; current ${current.toFixed(3)}):`, 'cut-off  precision  recall     F1'];
  for (const p of sweep) {
    lines.push(`${p.threshold.toFixed(2).padStart(7)} ${p.precision.toFixed(3).padStart(10)} ${p.recall.toFixed(3).padStart(7)} ${p.f1.toFixed(3).padStart(6)}`);
  }
  return `${lines.join('\n')}\n`;
}
