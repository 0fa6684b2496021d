/**
 * `shopkeeper eval recommender` (measure the model against a popularity baseline on any shop's
 * interactions) and `shopkeeper train recommender` (fit on the store's data or on a file and save
 * the model). The logic lives in src/recommender/evaluation/; this file parses flags and prints.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { CommandRoots } from './commands.ts';
import { CliError } from './cliError.ts';
import { readConfig } from '../config.ts';
import { catalogItemsOf, interactionEventsOf } from '../modelInputs.ts';
import { withStores } from './withStores.ts';
import {
  DEFAULT_OPTIONS,
  SIMILARITIES,
  fitRecommender,
  isSimilarityName,
  saveRecommender,
  type CatalogItem,
  type InteractionEvent,
  type RecommenderOptions,
} from '../recommender/index.ts';
import { readCatalogFile } from '../recommender/catalogFile.ts';
import {
  FORMATS,
  InteractionFileError,
  parseColumnsOption,
  parseTime,
  readInteractionFile,
  type InteractionFormat,
} from '../recommender/evaluation/readInteractions.ts';
import { SPLIT_NAMES, type SplitName } from '../recommender/evaluation/splits.ts';
import {
  evaluateRecommender,
  type EvaluationProgress,
  type EvaluationReport,
  type EvaluationScores,
} from '../recommender/evaluation/runEvaluation.ts';

interface ModelFlags {
  similarity?: string;
  halfLife?: string;
  neighbours?: string;
  minCount?: string;
  weights?: string;
  trendingBlend?: string;
  trendingDays?: string;
  trendingBoost?: string;
  customerNeighbours?: string;
  customerAlpha?: string;
  customerBlend?: string;
}

interface DataFlags {
  interactions?: string;
  format?: string;
  columns?: string;
}

interface OutputFlags {
  json?: boolean;
  quiet?: boolean;
}

interface EvalFlags extends DataFlags, ModelFlags, OutputFlags {
  interactions: string;
  split: string;
  ratio: string;
  testFrom?: string;
  k: string;
  seed: string;
  baselineWindow?: string;
}

interface TrainFlags extends DataFlags, ModelFlags, OutputFlags {
  dataDir?: string;
  out?: string;
  catalog?: string;
}

export function registerRecommenderCommands(roots: CommandRoots): void {
  withOutputOptions(withModelOptions(withDataOptions(roots.evaluate.command('recommender'))))
    .description('measure the recommender and a popularity baseline on an interactions file (top-k ranking)')
    .addOption(new Option('--split <name>', 'how to split train and test').choices(SPLIT_NAMES).default('random-by-user'))
    .option('--ratio <share>', 'share of each user/item in train (random splits); temporal without --test-from: share of events before the test start', '0.75')
    .option('--test-from <date>', 'temporal split: first day of the test period (ISO date or seconds)')
    .option('--k <n>', 'length of each recommendation list', '10')
    .option('--seed <n>', 'random seed of the random splits (numpy-compatible)', '42')
    .option('--baseline-window <days>', 'popularity baseline counts the last N days of train (default 90 for temporal, all for random)')
    .action((flags: EvalFlags) => {
      if (!flags.interactions) throw new CliError('--interactions FILE is required');
      runEval(flags);
    });

  withOutputOptions(withModelOptions(withDataOptions(roots.train.command('recommender'))))
    .description("fit the recommender on the store's data (default) or an interactions file, and save it as JSON")
    .option('--data-dir <dir>', "the store's data directory (default SHOPKEEPER_DATA_DIR); its products give names and categories")
    .option('--out <path>', 'where to save the model (default <data-dir>/models/recommender.json; .gz compresses)')
    .option('--catalog <file>', "products JSON for an interactions file (the shop's products.json or CatalogItem[])")
    .action((flags: TrainFlags) => runTrain(flags));
}

function withDataOptions(command: Command): Command {
  return command
    .option('--interactions <file>', 'interactions file (.gz read transparently)')
    .addOption(
      new Option('--format <format>', 'movielens (u.data: user, item, rating, seconds) or csv with a header (default: movielens for *.data, else csv)').choices(FORMATS),
    )
    .option('--columns <pairs>', 'csv columns by field, e.g. user=customer_id,item=stock_code,timestamp=invoice_date,basket=invoice_no,weight=rating,event=type');
}

function withModelOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--similarity <name>', `item-item similarity (default ${DEFAULT_OPTIONS.similarity})`).choices(Object.keys(SIMILARITIES)),
    )
    .option('--half-life <days>', `time decay of user affinities, 0 = off (default ${DEFAULT_OPTIONS.halfLifeDays})`)
    .option('--neighbours <n>', `neighbours kept per item (default ${DEFAULT_OPTIONS.neighbours})`)
    .option('--min-count <n>', `minimum co-occurrence count of a pair (default ${DEFAULT_OPTIONS.minCooccurrence})`)
    .option('--weights <pairs>', `event weights, e.g. view=1,add_to_cart=3,purchase=5 (others keep their defaults)`)
    .option('--trending-blend <w>', `weight of recent popularity in personal scores, 0..1 (default ${DEFAULT_OPTIONS.trendingBlend})`)
    .option('--trending-days <days>', `window of "trending" (default ${DEFAULT_OPTIONS.trendingDays})`)
    .option('--trending-boost <e>', `personal scores x (recent popularity share)^e, 0 = off (default ${DEFAULT_OPTIONS.trendingBoost})`)
    .option('--customer-neighbours <n>', `similar customers blended into personal scores, 0 = off (default ${DEFAULT_OPTIONS.customerNeighbours})`)
    .option('--customer-alpha <a>', `customer similarity overlap / (mine^a x theirs^(1-a)) (default ${DEFAULT_OPTIONS.customerAlpha})`)
    .option('--customer-blend <w>', `share of similar customers in personal scores, 0..1 (default ${DEFAULT_OPTIONS.customerBlend})`);
}

function withOutputOptions(command: Command): Command {
  return command.option('--json', 'print one JSON object on stdout').option('--quiet', 'no progress on stderr');
}

function runEval(flags: EvalFlags): void {
  const events = readEventsFile(flags.interactions, flags);
  const progress = progressDisplay(Boolean(flags.quiet));
  let report: EvaluationReport;
  try {
    report = evaluateRecommender(
      events,
      {
        split: flags.split as SplitName,
        ratio: number('--ratio', flags.ratio, 0.01, 0.99),
        testFrom: flags.testFrom !== undefined ? parseDate(flags.testFrom) : undefined,
        k: integer('--k', flags.k, 1),
        seed: integer('--seed', flags.seed, 0),
        options: modelOptions(flags),
        baselineWindowDays: flags.baselineWindow !== undefined ? number('--baseline-window', flags.baselineWindow, 1) : undefined,
      },
      progress.update,
    );
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : formatReport(report, flags.interactions));
}

async function runTrain(flags: TrainFlags): Promise<void> {
  if (flags.interactions && flags.dataDir) throw new CliError('give either --interactions FILE or --data-dir DIR, not both');
  const options = modelOptions(flags);
  let events: InteractionEvent[];
  let catalog: CatalogItem[];
  let out = flags.out;
  if (flags.interactions) {
    if (!out) throw new CliError('--out PATH is required with --interactions');
    events = readEventsFile(flags.interactions, flags);
    try {
      catalog = flags.catalog ? readCatalogFile(flags.catalog) : [];
    } catch (error) {
      throw new CliError(`cannot read the catalog: ${(error as Error).message}`);
    }
  } else {
    const dataDir = path.resolve(flags.dataDir ?? readConfig().dataDir);
    ({ events, catalog } = await readStore(dataDir));
    if (events.length === 0) throw new CliError(`the store in ${dataDir} holds no interactions (seed it with "shopkeeper seed")`);
    out ??= path.join(dataDir, 'models', 'recommender.json');
  }

  const progress = progressDisplay(Boolean(flags.quiet));
  const start = performance.now();
  let model;
  try {
    model = fitRecommender(events, catalog, options, (fit) => progress.update({ phase: 'fit', fit }));
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  const fitSeconds = (performance.now() - start) / 1000;
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  saveRecommender(model, out);
  const { info } = model;
  const summary = {
    out,
    events: info.events,
    users: info.users,
    items: info.items,
    catalogItems: catalog.length,
    dataFrom: new Date(info.dataFrom).toISOString(),
    dataTo: new Date(info.dataTo).toISOString(),
    similarity: info.options.similarity,
    halfLifeDays: info.options.halfLifeDays,
    neighbourEntries: info.neighbourEntries,
    fitSeconds,
  };
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(summary)}\n`
      : `saved ${out}: ${info.events} events, ${info.users} users, ${info.items} items, ` +
          `${summary.dataFrom.slice(0, 10)} to ${summary.dataTo.slice(0, 10)}, ${info.options.similarity}, fit ${fitSeconds.toFixed(2)} s\n`,
  );
}

/** The store's products and interactions, mapped as the running bot maps them (src/modelInputs.ts). */
async function readStore(dataDir: string): Promise<{ events: InteractionEvent[]; catalog: CatalogItem[] }> {
  return withStores(dataDir, async (stores) => {
    const [products, interactions] = await Promise.all([stores.catalog.listProducts(), stores.interactions.all()]);
    return { events: interactionEventsOf(interactions), catalog: catalogItemsOf(products) };
  });
}

function readEventsFile(file: string, flags: DataFlags): InteractionEvent[] {
  const format = (flags.format ?? (/\.data(\.gz)?$/.test(file) ? 'movielens' : 'csv')) as InteractionFormat;
  try {
    const columns = flags.columns ? parseColumnsOption(flags.columns) : undefined;
    const { events } = readInteractionFile(file, { format, columns });
    if (events.length === 0) throw new CliError(`${file} holds no interactions`);
    return events;
  } catch (error) {
    if (error instanceof InteractionFileError) throw new CliError(error.message);
    throw error;
  }
}

function modelOptions(flags: ModelFlags): RecommenderOptions {
  if (flags.similarity !== undefined && !isSimilarityName(flags.similarity)) {
    throw new CliError(`unknown similarity "${flags.similarity}"`);
  }
  return {
    similarity: flags.similarity as RecommenderOptions['similarity'],
    halfLifeDays: flags.halfLife !== undefined ? number('--half-life', flags.halfLife, 0) : undefined,
    neighbours: flags.neighbours !== undefined ? integer('--neighbours', flags.neighbours, 1) : undefined,
    minCooccurrence: flags.minCount !== undefined ? integer('--min-count', flags.minCount, 1) : undefined,
    eventWeights: flags.weights !== undefined ? parseWeights(flags.weights) : undefined,
    trendingBlend: flags.trendingBlend !== undefined ? number('--trending-blend', flags.trendingBlend, 0, 1) : undefined,
    trendingDays: flags.trendingDays !== undefined ? number('--trending-days', flags.trendingDays, 0) : undefined,
    trendingBoost: flags.trendingBoost !== undefined ? number('--trending-boost', flags.trendingBoost, 0) : undefined,
    customerNeighbours:
      flags.customerNeighbours !== undefined ? integer('--customer-neighbours', flags.customerNeighbours, 0) : undefined,
    customerAlpha: flags.customerAlpha !== undefined ? number('--customer-alpha', flags.customerAlpha, 0, 1) : undefined,
    customerBlend: flags.customerBlend !== undefined ? number('--customer-blend', flags.customerBlend, 0, 1) : undefined,
  };
}

/** "view=1,purchase=5" → { view: 1, purchase: 5 }. */
function parseWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of text.split(',').filter((p) => p.trim())) {
    const [type, value] = pair.split('=').map((s) => s.trim());
    if (!type || value === undefined) throw new CliError(`--weights expects type=number pairs, got "${pair}"`);
    weights[type] = number(`--weights ${type}`, value, 0);
  }
  return weights;
}

function number(name: string, text: string, min: number, max = Infinity): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new CliError(`${name} must be a number${max < Infinity ? ` between ${min} and ${max}` : ` >= ${min}`}, got "${text}"`);
  }
  return value;
}

function integer(name: string, text: string, min: number): number {
  const value = number(name, text, min);
  if (!Number.isInteger(value)) throw new CliError(`${name} must be a whole number, got "${text}"`);
  return value;
}

function parseDate(text: string): number {
  const time = parseTime(text);
  if (!Number.isFinite(time)) throw new CliError(`--test-from must be a date (2011-11-09) or seconds, got "${text}"`);
  return time;
}

/**
 * Progress on stderr: a bar in a terminal, otherwise a plain line when a phase starts and at most
 * every few seconds, so logs of long runs show life without flooding.
 */
function progressDisplay(quiet: boolean): { update: (p: EvaluationProgress) => void; stop: () => void } {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const nameOf = (p: EvaluationProgress) => (p.phase === 'fit' ? `fit: ${p.fit.step}` : 'recommend');
  const countsOf = (p: EvaluationProgress) => (p.phase === 'fit' ? [p.fit.done, p.fit.total] : [p.done, p.total]);
  let phase = '';
  if (!process.stderr.isTTY) {
    let lastLine = 0;
    return {
      update: (p) => {
        const name = nameOf(p);
        const [done, total] = countsOf(p);
        const now = performance.now();
        if (name === phase && now - lastLine < 5000 && done < total) return;
        if (name === phase && done >= total && total <= 1) return;
        process.stderr.write(`${name} ${done}/${total}\n`);
        phase = name;
        lastLine = now;
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    update: (p) => {
      const name = nameOf(p);
      const [done, total] = countsOf(p);
      if (name !== phase) {
        if (phase) bar.stop();
        bar.start(total, done, { phase: name.padEnd(16) });
        phase = name;
      } else {
        bar.update(done, { phase: name.padEnd(16) });
      }
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

function formatReport(report: EvaluationReport, file: string): string {
  const f = (x: number) => x.toFixed(4);
  const row = (name: string, s: EvaluationScores) =>
    `${name.padEnd(30)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.ndcg)}  ${f(s.map)}  ${f(s.coverage)}`;
  const gain = (x: number) => (Number.isFinite(x) ? `x${x.toFixed(2)}` : 'n/a');
  return [
    `${file}: split ${report.split}${report.testFrom ? ` from ${report.testFrom.slice(0, 10)}` : ''}, ` +
      `${report.trainEvents} train / ${report.testEvents} test events, ${report.users} test users, k = ${report.k}`,
    `${''.padEnd(30)} prec@k  recall  nDCG@k  MAP     coverage`,
    row(`model (${report.similarity})`, report),
    row(report.baseline.name, report.baseline),
    `model / baseline: precision ${gain(report.lift.precision)}, nDCG ${gain(report.lift.ndcg)}`,
    `fit ${report.fitSeconds.toFixed(2)} s; top-${report.k} query p50 ${report.recommendMsP50.toFixed(3)} ms, ` +
      `p99 ${report.recommendMsP99.toFixed(3)} ms; ${report.neighbourEntries} neighbour entries; peak RSS ${report.peakRssMb.toFixed(0)} MiB`,
    '',
  ].join('\n');
}
