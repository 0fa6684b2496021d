/**
 * Scores every labelled message with one or more scorers and reports the classification figures
 * and the latency per message (after a warm-up, so loading the lexicons is not counted).
 */
import { performance } from 'node:perf_hooks';
import type { SentimentLabel, SentimentScorer } from '../types.ts';
import { classificationReport, type ClassificationReport } from './metrics.ts';
import type { LabelledMessage } from './readLabelled.ts';

export interface NamedScorer {
  name: string;
  scorer: SentimentScorer;
}

export interface ScorerEvaluation extends ClassificationReport {
  name: string;
  latencyMs: { p50: number; p99: number; mean: number };
}

export interface EvaluationProgress {
  scorer: string;
  done: number;
  total: number;
}

/**
 * The bot scores messages in a long-running process, where V8 has long since compiled the hot
 * paths (wink-nlp's tagger, the cue patterns). The first hundred or so calls run in the
 * interpreter and cost ten times more; they are scored once untimed so p99 measures the steady state.
 */
const WARM_UP = 300;

export function evaluateScorer(
  named: NamedScorer,
  messages: LabelledMessage[],
  onProgress?: (progress: EvaluationProgress) => void,
): ScorerEvaluation {
  for (let i = 0; i < Math.min(WARM_UP, messages.length * 3); i++) named.scorer.score(messages[i % messages.length].text);
  const predicted: SentimentLabel[] = [];
  const times = new Float64Array(messages.length);
  messages.forEach((m, i) => {
    const start = performance.now();
    predicted.push(named.scorer.score(m.text).label);
    times[i] = performance.now() - start;
    if (onProgress && (i % 250 === 0 || i === messages.length - 1)) onProgress({ scorer: named.name, done: i + 1, total: messages.length });
  });
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name: named.name,
    ...classificationReport(messages.map((m) => m.label), predicted),
    latencyMs: {
      p50: round(quantile(sorted, 0.5)),
      p99: round(quantile(sorted, 0.99)),
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    },
  };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
