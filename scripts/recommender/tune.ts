/**
 * Chooses the recommender's defaults on a validation split carved from TRAINING data only:
 * the events before --test-from (temporal) or the train part of the seed's random split are split
 * again, the same way, and a grid of settings is scored there. The real test period is never read.
 *
 *   npx tsx scripts/recommender/tune.ts --interactions FILE [--format csv] [--split temporal]
 *     [--test-from 2011-11-09] [--validation-days 30] [--ratio 0.75] [--seed 42] [--k 10]
 */
import { parseArgs } from 'node:util';
import type { RecommenderOptions, SimilarityName } from '../../src/recommender/types.ts';
import { readInteractionFile, parseTime, type InteractionFormat } from '../../src/recommender/evaluation/readInteractions.ts';
import { stratifiedSplit, type SplitName } from '../../src/recommender/evaluation/splits.ts';
import { evaluateRecommender } from '../../src/recommender/evaluation/runEvaluation.ts';

const { values } = parseArgs({
  options: {
    interactions: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    split: { type: 'string', default: 'temporal' },
    'test-from': { type: 'string' },
    'validation-days': { type: 'string', default: '30' },
    ratio: { type: 'string', default: '0.75' },
    seed: { type: 'string', default: '42' },
    k: { type: 'string', default: '10' },
    grid: { type: 'string', default: 'full' },
  },
});
if (!values.interactions) throw new Error('--interactions FILE is required');
const split = values.split as SplitName;
const k = Number(values.k);
const seed = Number(values.seed);
const ratio = Number(values.ratio);
const { events } = readInteractionFile(values.interactions, { format: values.format as InteractionFormat });

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
process.stderr.write(`tuning on ${train.length} training events (${split} validation)\n`);

const grid: RecommenderOptions[] = [];
const similarities: SimilarityName[] = ['jaccard', 'cosine', 'shrunk_cosine', 'asymmetric_cosine', 'rp3beta', 'lift', 'inclusion'];
const halfLives = values.grid === 'full' ? [0, 7, 14, 30, 60] : [30];
const blends = values.grid === 'full' ? [0, 0.1, 0.2, 0.3, 0.5] : [0];
for (const similarity of similarities) {
  for (const halfLifeDays of halfLives) {
    for (const trendingBlend of blends) grid.push({ similarity, halfLifeDays, trendingBlend });
  }
}

const rows: string[] = [];
for (const options of grid) {
  const report = evaluateRecommender(train, { split, ratio, testFrom: validationFrom, k, seed, options });
  const row = [
    options.similarity,
    options.halfLifeDays,
    options.trendingBlend,
    report.precision.toFixed(4),
    report.ndcg.toFixed(4),
    report.map.toFixed(4),
    report.baseline.precision.toFixed(4),
    report.baseline.ndcg.toFixed(4),
  ].join('\t');
  rows.push(row);
  process.stdout.write(`${row}\n`);
}
