/**
 * One evaluation run: split, fit the model and the popularity baseline on the same training data,
 * recommend k items to every test user with seen items removed, and score both the same way.
 */
import { performance } from 'node:perf_hooks';
import type { FitProgress, InteractionEvent, RecommenderOptions } from '../types.ts';
import { fitRecommender } from '../index.ts';
import { type SplitName, stratifiedSplit, temporalSplit, timeQuantile, groupByUser } from './splits.ts';
import { catalogCoverage, percentile, rankingMetrics } from './metrics.ts';
import { PopularityBaseline } from './popularityBaseline.ts';

export interface EvaluationSettings {
  split: SplitName;
  /** Share of each user's (or item's) rows in train, for random splits. @default 0.75 */
  ratio: number;
  /** Start of the test period (ms since epoch) for the temporal split; default: the ratio's time quantile. */
  testFrom?: number;
  k: number;
  seed: number;
  options: RecommenderOptions;
  /**
   * Popularity baseline window in days before the end of training; undefined = all training data.
   * @default 90 for the temporal split (the reference figures' baseline), all data for random splits
   */
  baselineWindowDays?: number;
}

export interface EvaluationScores {
  precision: number;
  recall: number;
  ndcg: number;
  map: number;
  coverage: number;
}

export interface EvaluationReport extends EvaluationScores {
  k: number;
  split: SplitName;
  testFrom?: string;
  similarity: string;
  users: number;
  trainEvents: number;
  testEvents: number;
  fitSeconds: number;
  /** Latency of one top-k query (ms): median, 99th percentile, mean. */
  recommendMsP50: number;
  recommendMsP99: number;
  recommendMsMean: number;
  /** Peak resident memory of the process so far (MiB): data, split, model and baseline together. */
  peakRssMb: number;
  /** Neighbour entries the model keeps (items x at most `neighbours`), a measure of its size. */
  neighbourEntries: number;
  baseline: EvaluationScores & { name: string };
  /** Model figure divided by the baseline's. */
  lift: { precision: number; ndcg: number };
}

export type EvaluationProgress =
  | { phase: 'fit'; fit: FitProgress }
  | { phase: 'recommend'; done: number; total: number };

export function evaluateRecommender(
  events: readonly InteractionEvent[],
  settings: EvaluationSettings,
  onProgress?: (progress: EvaluationProgress) => void,
): EvaluationReport {
  const testFrom = settings.split === 'temporal' ? (settings.testFrom ?? timeQuantile(events, settings.ratio)) : undefined;
  const split =
    settings.split === 'temporal'
      ? temporalSplit(events, testFrom!)
      : stratifiedSplit(events, settings.ratio, settings.split === 'random-by-user' ? 'user' : 'item', settings.seed);
  if (split.train.length === 0) throw new RangeError('the split left no training events');
  if (split.test.size === 0) throw new RangeError('the split left no test users');

  const fitStart = performance.now();
  const model = fitRecommender(split.train, [], settings.options, (fit) => onProgress?.({ phase: 'fit', fit }));
  const fitSeconds = (performance.now() - fitStart) / 1000;

  const windowDays = settings.baselineWindowDays ?? (settings.split === 'temporal' ? 90 : undefined);
  const baseline = new PopularityBaseline(split.train, windowDays);
  const seen = groupByUser(split.train);
  const users = [...split.test.keys()];
  const modelLists = new Map<string, string[]>();
  const baselineLists = new Map<string, string[]>();
  const timings: number[] = [];
  users.forEach((user, n) => {
    const start = performance.now();
    const list = model.recommendIds(user, settings.k, seen.get(user));
    timings.push(performance.now() - start);
    modelLists.set(user, list);
    baselineLists.set(user, baseline.recommend(user, settings.k));
    if (n % 256 === 0 || n === users.length - 1) onProgress?.({ phase: 'recommend', done: n + 1, total: users.length });
  });

  const trainItems = new Set(split.train.map((e) => e.item)).size;
  const modelScores = { ...pick(rankingMetrics(split.test, modelLists, settings.k)), coverage: catalogCoverage(modelLists, trainItems) };
  const baselineMetrics = rankingMetrics(split.test, baselineLists, settings.k);
  const baselineScores = { ...pick(baselineMetrics), coverage: catalogCoverage(baselineLists, trainItems) };
  return {
    ...modelScores,
    k: settings.k,
    split: settings.split,
    ...(testFrom !== undefined ? { testFrom: new Date(testFrom).toISOString() } : {}),
    similarity: model.info.options.similarity,
    users: rankingMetrics(split.test, modelLists, settings.k).users,
    trainEvents: split.train.length,
    testEvents: split.testEvents,
    fitSeconds,
    recommendMsP50: percentile(timings, 50),
    recommendMsP99: percentile(timings, 99),
    recommendMsMean: timings.reduce((a, b) => a + b, 0) / (timings.length || 1),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    neighbourEntries: model.info.neighbourEntries,
    baseline: { name: windowDays ? `popularity (last ${windowDays} days)` : 'popularity', ...baselineScores },
    lift: {
      precision: ratio(modelScores.precision, baselineScores.precision),
      ndcg: ratio(modelScores.ndcg, baselineScores.ndcg),
    },
  };
}

function pick({ precision, recall, ndcg, map }: { precision: number; recall: number; ndcg: number; map: number }) {
  return { precision, recall, ndcg, map };
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : a > 0 ? Infinity : 0;
}
