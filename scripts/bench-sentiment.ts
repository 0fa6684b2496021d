/**
 * Cost of scoring one message with the bot's sentiment scorer, timed alone: every message is
 * scored once untimed (V8 compiles the hot paths), then the whole set is scored --runs times and
 * each message keeps its fastest run, so a pause of the shared machine or the garbage collector in
 * one pass does not count as the scorer's cost. Prints p50, p99 and max per file and over all.
 *
 *   npx tsx scripts/bench-sentiment.ts [--data FILE,...] [--runs 5] [--json]
 *
 * Default data: VADER's tweets and the UCI Amazon sentences (../shared/data/sentiment).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { createSentimentScorer } from '../src/sentiment/index.ts';
import { readLabelledFile } from '../src/sentiment/evaluation/readLabelled.ts';

const SHARED = path.resolve(import.meta.dirname, '../../shared/data/sentiment');
const DEFAULT_DATA = [
  path.join(SHARED, 'vader-ground-truth/tweets_GroundTruth.txt'),
  path.join(SHARED, 'uci-sentiment-labelled-sentences/amazon_cells_labelled.txt'),
];

const program = new Command('bench-sentiment')
  .option('--data <files>', 'labelled files (comma list; csv, uci or vader format)', DEFAULT_DATA.join(','))
  .option('--runs <n>', 'timed passes; each message keeps its fastest', '5')
  .option('--json', 'print one JSON object')
  .parse();
const options = program.opts<{ data: string; runs: string; json?: boolean }>();
const runs = Math.max(1, Number(options.runs));

const scorer = createSentimentScorer();
const sets = options.data.split(',').map((file) => ({ name: path.basename(file), texts: readLabelledFile(file).map((m) => m.text) }));

// One untimed pass over everything: the bot runs long, so steady state is what counts.
for (const set of sets) for (const text of set.texts) scorer.score(text);

const results = sets.map((set) => {
  const best = new Float64Array(set.texts.length).fill(Infinity);
  for (let run = 0; run < runs; run++) {
    set.texts.forEach((text, i) => {
      const start = performance.now();
      scorer.score(text);
      const elapsed = performance.now() - start;
      if (elapsed < best[i]) best[i] = elapsed;
    });
  }
  return { name: set.name, times: best };
});

const summary = [...results, { name: 'all', times: Float64Array.from(results.flatMap((r) => [...r.times])) }].map((r) => ({
  name: r.name,
  messages: r.times.length,
  ...percentiles(r.times),
}));

if (options.json) {
  console.log(JSON.stringify({ runs, sets: summary }));
} else {
  console.log(`sentiment scorer, best of ${runs} runs per message (ms)`);
  for (const s of summary) console.log(`${s.name.padEnd(32)} n=${String(s.messages).padStart(5)}  p50 ${s.p50.toFixed(3)}  p99 ${s.p99.toFixed(3)}  max ${s.max.toFixed(3)}`);
}

function percentiles(times: Float64Array): { p50: number; p99: number; max: number } {
  const sorted = Float64Array.from(times).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1] ?? 0) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
