/**
 * `shopkeeper train intents` (train the bot's intent model on data/intents and save it where the
 * bot loads it) and `shopkeeper eval intents` (train on one file, measure on another: the project's
 * own data or a public dataset converted by scripts/convert-intents-*.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandRoots } from './commands.ts';
import { CliError } from './cliError.ts';
import {
  hashDataFiles,
  IntentDataError,
  intentCount,
  readCatalogJson,
  readIntentCsv,
  saveIntentModel,
  trainIntentModel,
  type CatalogVocabulary,
  type LabelledUtterance,
} from '../nlu/index.ts';
import { trainAndEvaluate } from '../nlu/evaluation/evaluateIntents.ts';
import { formatIntentReport } from '../nlu/evaluation/formatReport.ts';

const INTENTS_DIR = path.join('data', 'intents');
/** The catalog data/intents was written for: its product and category names become placeholders. */
const INTENTS_CATALOG = path.join('data', 'demo-shop', 'products.json');

interface TrainFlags {
  train: string;
  validation: string;
  catalog?: string;
  out?: string;
  json?: boolean;
  refit: boolean;
}

interface EvalFlags {
  train: string;
  test: string;
  validation?: string;
  catalog?: string;
  threshold?: string;
  json?: boolean;
  minAccuracy?: string;
  refit: boolean;
}

function defaultModelPath(): string {
  return path.join(process.env.SHOPKEEPER_DATA_DIR || '.shopkeeper', 'models', 'intents.json');
}

export function registerIntentCommands(roots: CommandRoots): void {
  roots.train
    .command('intents')
    .description(
      'train the intent model (csv text,intent) and save it where the bot loads it; the validation file ' +
        'calibrates confidences and chooses the out-of-scope threshold (rows labelled oos or with no intent)',
    )
    .option('--train <file>', 'training utterances', path.join(INTENTS_DIR, 'train.csv'))
    .option('--validation <file>', 'validation utterances, with out-of-scope rows', path.join(INTENTS_DIR, 'validation.csv'))
    .option('--catalog <file>', 'products.json the utterances were written for (names become placeholders); "none" to train without', INTENTS_CATALOG)
    .option('--out <file>', 'model file (default: $SHOPKEEPER_DATA_DIR/models/intents.json, .shopkeeper when unset)')
    .option('--json', 'print a JSON summary')
    .option('--no-refit', 'keep the weights trained on --train alone (by default they are retrained on --train + --validation after calibration, as the bot does)')
    .action((flags: TrainFlags) => runTrain(flags));

  roots.evaluate
    .command('intents')
    .description(
      'train on --train, then recognize each --test utterance one at a time: accuracy (out-of-scope rows count ' +
        'as right when the answer is none), macro-F1 over the test labels (oos is one label), per-intent table, ' +
        'most confused pairs, in-scope accuracy and oos recall/precision when the test has oos rows, training ' +
        'time and latency per message (after 300 untimed warm-up messages from --train, as in a long-running bot). The out-of-scope threshold is chosen on --validation when it has oos rows (best F1 of ' +
        'oos detection); without such rows, and without --threshold, there is no threshold: nothing is ' +
        'answered as out of scope. The test file is never used for tuning.',
    )
    .requiredOption('--train <file>', 'training utterances (csv text,intent)')
    .requiredOption('--test <file>', 'test utterances (csv text,intent; oos or empty intent = out of scope)')
    .option('--validation <file>', 'validation utterances: calibration and out-of-scope threshold')
    .option(
      '--catalog <file>',
      "a shop's products.json (id, name, category): product and category names in the messages become placeholders, in training and testing",
    )
    .option('--threshold <p>', 'fixed out-of-scope threshold 0..1 instead of the validation one')
    .option('--json', 'print one JSON object (no progress display)')
    .option('--min-accuracy <x>', 'exit with code 1 when accuracy is below x (0..1)')
    .option('--no-refit', 'keep the weights trained on --train alone (by default they are retrained on --train + --validation after calibration, as the bot does)')
    .action((flags: EvalFlags) => runEval(flags));
}

function runTrain(flags: TrainFlags): void {
  const out = flags.out ?? defaultModelPath();
  const train = readUtterances(flags.train);
  const validation = readUtterances(flags.validation);
  const catalogPath = flags.catalog === 'none' ? undefined : flags.catalog;
  const catalog = catalogPath ? readCatalog(catalogPath) : undefined;
  const model = trainIntentModel(
    train,
    validation,
    { refitOnValidation: flags.refit, ...(catalog ? { catalog } : {}) },
    flags.json ? undefined : (message) => process.stderr.write(`${message}\n`),
  );
  model.training.dataHash = hashDataFiles(flags.train, flags.validation, catalogPath);
  saveIntentModel(model, out);
  const summary = {
    out,
    intents: intentCount(model),
    outOfScopeExamples: model.training.outOfScopeExamples,
    trainExamples: model.training.trainExamples,
    features: model.training.features,
    threshold: model.threshold,
    temperature: model.temperature,
    ambiguityMargin: model.ambiguityMargin,
    seconds: model.training.seconds,
    validation: model.training.validation,
    refit: model.training.refit,
  };
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const { validation: v, refit } = model.training;
  process.stdout.write(
    `saved ${out}: ${intentCount(model)} intents, ` +
      (refit ? `${refit.calibratedTrainExamples} training + ${refit.validationExamples} validation` : `${model.training.trainExamples}`) +
      ` messages (${model.training.outOfScopeExamples} out of scope), ${model.training.features} features, ` +
      `${model.training.seconds.toFixed(1)} s; out-of-scope threshold ${model.threshold.toFixed(3)}` +
      (v ? `; validation in-scope accuracy ${(v.inScopeAccuracy * 100).toFixed(1)}%, oos recall ${(v.outOfScopeRecall * 100).toFixed(1)}%` : '') +
      (refit ? ' (before the weights were refitted on the validation messages too)' : '') +
      '\n',
  );
}

function runEval(flags: EvalFlags): void {
  const minAccuracy = optionalFraction(flags.minAccuracy, '--min-accuracy');
  const threshold = optionalFraction(flags.threshold, '--threshold');
  const train = readUtterances(flags.train);
  const validation = flags.validation ? readUtterances(flags.validation) : undefined;
  const test = readUtterances(flags.test);
  const catalog = flags.catalog ? readCatalog(flags.catalog) : undefined;
  const progress = !flags.json;
  const interactive = progress && process.stderr.isTTY;
  const report = trainAndEvaluate({
    train,
    validation,
    test,
    threshold,
    catalog,
    training: { refitOnValidation: flags.refit },
    onProgress: progress ? (message) => process.stderr.write(`${message}\n`) : undefined,
    onTested: progress
      ? (done, total) => {
          if (interactive || done === total) process.stderr.write(`${interactive ? '\r' : ''}tested ${done}/${total}${done === total ? '\n' : ''}`);
        }
      : undefined,
  });
  if (flags.json) {
    process.stdout.write(
      `${JSON.stringify({ train: flags.train, validation: flags.validation, test: flags.test, catalog: flags.catalog, ...report })}\n`,
    );
  } else {
    process.stdout.write(formatIntentReport(flags.test, report));
  }
  if (minAccuracy !== undefined && report.accuracy < minAccuracy) {
    process.stderr.write(`shopkeeper: accuracy ${report.accuracy.toFixed(4)} is below --min-accuracy ${minAccuracy}\n`);
    process.exitCode = 1;
  }
}

function readUtterances(file: string): LabelledUtterance[] {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  try {
    return readIntentCsv(file);
  } catch (error) {
    if (error instanceof IntentDataError) throw new CliError(error.message);
    throw error;
  }
}

function readCatalog(file: string): CatalogVocabulary {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  try {
    return readCatalogJson(file);
  } catch (error) {
    if (error instanceof IntentDataError) throw new CliError(error.message);
    throw error;
  }
}

function optionalFraction(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new CliError(`${name} must be a number between 0 and 1, got ${value}`);
  return number;
}
