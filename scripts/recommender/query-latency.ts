/**
 * Personal top-k latency, measured as `shopkeeper eval recommender` does (one query at a time, the
 * customer's training items excluded), but over several rounds so a busy machine shows as a range.
 * Also lists the slowest customers with their history sizes, to see what makes a query slow.
 *
 *   npx tsx scripts/recommender/query-latency.ts --interactions FILE [--split temporal]
 *     [--test-from 2011-11-09] [--rounds 5] [--k 10] [--options '{"customerNeighbours":100}']
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fitRecommender } from '../../src/recommender/index.ts';
import { readInteractionFile, parseTime, type InteractionFormat } from '../../src/recommender/evaluation/readInteractions.ts';
import { groupByUser, stratifiedSplit, temporalSplit, timeQuantile } from '../../src/recommender/evaluation/splits.ts';
import { percentile } from '../../src/recommender/evaluation/metrics.ts';

const { values } = parseArgs({
  options: {
    interactions: { type: 'string' },
    format: { type: 'string' },
    split: { type: 'string', default: 'temporal' },
    'test-from': { type: 'string' },
    ratio: { type: 'string', default: '0.75' },
    seed: { type: 'string', default: '42' },
    rounds: { type: 'string', default: '5' },
    k: { type: 'string', default: '10' },
    options: { type: 'string', default: '{}' },
  },
});
if (!values.interactions) throw new Error('--interactions FILE is required');
const format = (values.format ?? (/\.data(\.gz)?$/.test(values.interactions) ? 'movielens' : 'csv')) as InteractionFormat;
const { events } = readInteractionFile(values.interactions, { format });
const split =
  values.split === 'temporal'
    ? temporalSplit(events, values['test-from'] ? parseTime(values['test-from']) : timeQuantile(events, Number(values.ratio)))
    : stratifiedSplit(events, Number(values.ratio), values.split === 'random-by-item' ? 'item' : 'user', Number(values.seed));

const fitStart = performance.now();
const model = fitRecommender(split.train, [], JSON.parse(values.options!));
const fitSeconds = (performance.now() - fitStart) / 1000;
const seen = groupByUser(split.train);
const users = [...split.test.keys()];
const k = Number(values.k);

const slowest = new Map<string, number>();
const rounds: string[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  const timings: number[] = [];
  for (const user of users) {
    const start = performance.now();
    model.recommendIds(user, k, seen.get(user));
    const ms = performance.now() - start;
    timings.push(ms);
    slowest.set(user, Math.min(slowest.get(user) ?? Infinity, ms));
  }
  rounds.push(`p50 ${percentile(timings, 50).toFixed(3)} p99 ${percentile(timings, 99).toFixed(3)} max ${Math.max(...timings).toFixed(2)}`);
}
const bestOf = [...slowest.values()];
process.stdout.write(
  `fit ${fitSeconds.toFixed(2)} s, ${users.length} customers, k ${k}\n` +
    rounds.map((line, n) => `round ${n + 1}: ${line} ms\n`).join('') +
    `best of rounds per customer: p50 ${percentile(bestOf, 50).toFixed(3)} p99 ${percentile(bestOf, 99).toFixed(3)} ms\n` +
    'slowest (best of rounds): ' +
    [...slowest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([user, ms]) => `${user} ${ms.toFixed(2)} ms (${seen.get(user)?.size ?? 0} items)`)
      .join(', ') +
    '\n',
);
