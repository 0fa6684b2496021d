/** The human-readable form of `eval sentiment`: one block per scorer, then a comparison line. */
import type { ScorerEvaluation } from './runEvaluation.ts';

const f3 = (x: number) => x.toFixed(3);

export function formatEvaluation(file: string, labels: Record<string, number>, results: ScorerEvaluation[], threshold: number): string {
  const out: string[] = [];
  const mix = Object.entries(labels).map(([label, n]) => `${n} ${label}`).join(', ');
  out.push(`${file}: ${results[0]?.examples ?? 0} messages (${mix}); strict labels, negative cut-off ${f3(threshold)}`);
  for (const r of results) {
    out.push('', `== ${r.name}`);
    out.push(`accuracy ${f3(r.accuracy)}   macro-F1 ${f3(r.macroF1)}   negative precision ${f3(r.negative.precision)} recall ${f3(r.negative.recall)}`);
    out.push(`latency per message p50 ${r.latencyMs.p50.toFixed(3)} ms, p99 ${r.latencyMs.p99.toFixed(3)} ms`);
    out.push('class        precision  recall     F1  support  predicted');
    for (const c of r.perClass) {
      out.push(`${c.label.padEnd(12)} ${f3(c.precision).padStart(9)} ${f3(c.recall).padStart(7)} ${f3(c.f1).padStart(6)} ${String(c.support).padStart(8)} ${String(c.predicted).padStart(10)}`);
    }
    out.push('confusion (rows gold, columns predicted):');
    out.push(`${''.padEnd(12)} ${r.confusion.labels.map((l) => l.padStart(9)).join(' ')}`);
    r.confusion.matrix.forEach((row, i) => out.push(`${r.confusion.labels[i].padEnd(12)} ${row.map((n) => String(n).padStart(9)).join(' ')}`));
  }
  if (results.length > 1) {
    out.push('', 'scorer                     accuracy  macro-F1  neg-precision  neg-recall');
    for (const r of results) {
      out.push(`${r.name.padEnd(26)} ${f3(r.accuracy).padStart(8)} ${f3(r.macroF1).padStart(9)} ${f3(r.negative.precision).padStart(14)} ${f3(r.negative.recall).padStart(11)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
