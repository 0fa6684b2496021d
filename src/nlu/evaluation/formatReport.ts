/** The human-readable report of `shopkeeper eval intents`. */
import { WARM_UP, type IntentEvaluation } from './evaluateIntents.ts';

const pct = (value: number | undefined) => (value === undefined ? '-' : `${(value * 100).toFixed(1)}%`);
const num = (value: number) => value.toFixed(3);

export function formatIntentReport(testFile: string, e: IntentEvaluation): string {
  const lines: string[] = [];
  lines.push(`${testFile}: ${e.examples} messages (${e.inScopeExamples} in scope, ${e.outOfScopeExamples} out of scope), ${e.intents} intents`);
  lines.push(`trained on ${e.trainExamples} messages in ${e.trainSeconds.toFixed(2)} s; validation ${e.validationExamples} messages`);
  const thresholdFrom = { validation: 'chosen on validation', option: 'from --threshold', none: 'none: no out-of-scope validation rows' }[e.thresholdSource];
  lines.push(`out-of-scope threshold ${num(e.threshold)} (${thresholdFrom}), temperature ${num(e.temperature)}`);
  lines.push('');
  lines.push(`accuracy           ${pct(e.accuracy)}`);
  lines.push(`macro-F1           ${num(e.macroF1)}`);
  if (e.outOfScopeExamples > 0) {
    lines.push(`in-scope accuracy  ${pct(e.inScopeAccuracy)}`);
    lines.push(`oos recall         ${pct(e.oosRecall)}`);
    lines.push(`oos precision      ${pct(e.oosPrecision)}`);
  }
  lines.push(`latency            p50 ${e.latencyP50Ms.toFixed(2)} ms, p99 ${e.latencyP99Ms.toFixed(2)} ms per message (after ${WARM_UP} untimed warm-up messages)`);
  lines.push('');
  const width = Math.max(6, ...e.perIntent.map((c) => c.intent.length));
  lines.push(`${'intent'.padEnd(width)}  support  precision  recall     F1`);
  for (const c of e.perIntent) {
    lines.push(`${c.intent.padEnd(width)}  ${String(c.support).padStart(7)}  ${num(c.precision).padStart(9)}  ${num(c.recall).padStart(6)}  ${num(c.f1).padStart(5)}`);
  }
  if (e.confusedPairs.length) {
    lines.push('');
    lines.push('most confused (expected -> predicted):');
    for (const p of e.confusedPairs) lines.push(`  ${String(p.count).padStart(4)}  ${p.expected} -> ${p.predicted}`);
  }
  return `${lines.join('\n')}\n`;
}
