/**
 * Negative precision and recall at a range of cut-offs on P(negative): staff review trades missed
 * angry customers against false alarms, and a shop picks its own point on that curve
 * (`eval sentiment --threshold T`). Each message is scored once; the sweep only re-counts.
 */
import type { LabelledMessage } from './readLabelled.ts';

export interface SweepPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export const SWEEP_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export function negativeThresholdSweep(
  messages: readonly LabelledMessage[],
  negativeProbability: (text: string) => number,
  thresholds: readonly number[] = SWEEP_THRESHOLDS,
): SweepPoint[] {
  const scored = messages.map((m) => ({ negative: m.label === 'negative', p: negativeProbability(m.text) }));
  const goldNegatives = scored.filter((s) => s.negative).length;
  return thresholds.map((threshold) => {
    const flagged = scored.filter((s) => s.p >= threshold);
    const hits = flagged.filter((s) => s.negative).length;
    const precision = flagged.length ? hits / flagged.length : 0;
    const recall = goldNegatives ? hits / goldNegatives : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { threshold, precision: round(precision), recall: round(recall), f1: round(f1) };
  });
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
