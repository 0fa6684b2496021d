/**
 * Chooses the recommender's defaults on a validation split carved from TRAINING data only:
 * the events before --test-from (temporal) or the train part of the seed's random split are split
 * again, the same way, and each candidate setting is scored there. The real test period is never read.
 *
 *   npx tsx scripts/recommender/tune.ts --interactions FILE [--format csv] [--split temporal]
 *     [--test-from 2011-11-09] [--validation-days 31] [--ratio 0.75] [--seed 42] [--k 10]
 *     [--grid customers|items|trending|full] [--candidates '[{"customerNeighbours":100}, ...]']
 *
 * E.g. for UCI Online Retail: train on purchases before 2011-11-09, validate on 2011-10-09..11-08.
 * Candidates are partial RecommenderOptions over the defaults; one line per candidate (tab-separated),
 * then the best by nDCG@k.
 */
import { parseArgs } from 'node:util';
import type { RecommenderOptions } from '../../src/recommender/types.ts';
import { readInteractionFile, parseTime, type InteractionFormat } from '../../src/recommender/evaluation/readInteractions.ts';
import { stratifiedSplit, type SplitName } from '../../src/recommender/evaluation/splits.ts';
import { evaluateRecommender, type EvaluationReport } from '../../src/recommender/evaluation/runEvaluation.ts';

const { values } = parseArgs({
  options: {
    interactions: { type: 'string' },
    format: { type: 'string' },
    split: { type: 'string', default: 'temporal' },
    'test-from': { type: 'string' },
    'validation-days': { type: 'string', default: '31' },
    ratio: { type: 'string', default: '0.75' },
    seed: { type: 'string', default: '42' },
    k: { type: 'string', default: '10' },
    grid: { type: 'string', default: 'customers' },
    candidates: { type: 'string' },
  },
});
if (!values.interactions) throw new Error('--interactions FILE is required');
const split = values.split as SplitName;
const k = Number(values.k);
const seed = Number(values.seed);
const ratio = Number(values.ratio);
const format = (values.format ?? (/\.data(\.gz)?$/.test(values.interactions) ? 'movielens' : 'csv')) as InteractionFormat;
const { events } = readInteractionFile(values.interactions, { format });

// Training data only: everything the real evaluation would train on.
let train = events;
let validationFrom: number | undefined;
if (split === 'temporal') {
  const testFrom = values['test-from'] ? parseTime(values['test-from']) : NaN;
  if (!Number.isFinite(testFrom)) throw new Error('--test-from DATE is required for a temporal split');
  train = events.filter((e) => e.timestamp < testFrom);
  validationFrom = testFrom - Number(values['validation-days']) * 86_400_000;
} else {
  train = stratifiedSplit(events, ratio, split === 'random-by-user' ? 'user' : 'item', seed).train;
}
process.stderr.write(
  `tuning on ${train.length} training events (${split} validation` +
    `${validationFrom !== undefined ? ` from ${new Date(validationFrom).toISOString().slice(0, 10)}` : ''})\n`,
);

const candidates: RecommenderOptions[] = values.candidates ? JSON.parse(values.candidates) : gridOf(values.grid!);

/** Named grids: each varies one family of settings around the defaults. */
function gridOf(name: string): RecommenderOptions[] {
  const product = (axes: Record<string, unknown[]>): RecommenderOptions[] =>
    Object.entries(axes).reduce<RecommenderOptions[]>(
      (rows, [key, options]) => rows.flatMap((row) => options.map((value) => ({ ...row, [key]: value }))),
      [{}],
    );
  switch (name) {
    case 'customers':
      return product({ customerNeighbours: [0, 50, 100, 200, 400], customerAlpha: [0.1, 0.2, 0.35, 0.5], customerBlend: [0.5, 0.8, 1] });
    case 'items':
      return product({ similarity: ['jaccard', 'cosine', 'asymmetric_cosine', 'rp3beta'], neighbours: [10, 20, 50], halfLifeDays: [0, 14, 30, 60] });
    case 'trending':
      return product({ trendingBoost: [0, 0.1, 0.2, 0.3, 0.5], trendingDays: [7, 14, 30], trendingBlend: [0, 0.1] });
    case 'full':
      return [...gridOf('items'), ...gridOf('customers'), ...gridOf('trending')];
    default:
      throw new Error(`unknown --grid ${name} (customers, items, trending, full)`);
  }
}

const results: Array<{ options: RecommenderOptions; report: EvaluationReport }> = [];
for (const options of candidates) {
  const report = evaluateRecommender(train, { split, ratio, testFrom: validationFrom, k, seed, options });
  results.push({ options, report });
  process.stdout.write(`${line(options, report)}\n`);
}
const best = results.reduce((a, b) => (b.report.ndcg > a.report.ndcg ? b : a));
process.stdout.write(`best by nDCG@${k}: ${line(best.options, best.report)}\n`);

function line(options: RecommenderOptions, report: EvaluationReport): string {
  return [
    JSON.stringify(options),
    `P ${report.precision.toFixed(4)}`,
    `nDCG ${report.ndcg.toFixed(4)}`,
    `MAP ${report.map.toFixed(4)}`,
    `x${report.lift.precision.toFixed(2)} / x${report.lift.ndcg.toFixed(2)} over ${report.baseline.name}`,
    `fit ${report.fitSeconds.toFixed(2)} s, p99 ${report.recommendMsP99.toFixed(2)} ms`,
  ].join('\t');
}
