/**
 * Classification figures for sentiment labels. Strict: neutral is a class of its own, so on
 * two-label data (positive/negative) a neutral prediction is simply wrong.
 */
import type { SentimentLabel } from '../types.ts';

export const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface ClassMetrics {
  label: SentimentLabel;
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples of the class. */
  support: number;
  /** Predictions of the class. */
  predicted: number;
}

export interface ClassificationReport {
  examples: number;
  accuracy: number;
  /** Mean F1 over the classes present in the gold labels. */
  macroF1: number;
  perClass: ClassMetrics[];
  negative: { precision: number; recall: number; f1: number };
  /** rows: gold label, columns: predicted label, both in LABELS order. */
  confusion: { labels: SentimentLabel[]; matrix: number[][] };
}

export function classificationReport(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): ClassificationReport {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted labels differ in length');
  const index = (label: SentimentLabel) => LABELS.indexOf(label);
  const matrix = LABELS.map(() => LABELS.map(() => 0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    matrix[index(gold[i])][index(predicted[i])]++;
    if (gold[i] === predicted[i]) correct++;
  }
  const perClass = LABELS.map((label, c): ClassMetrics => {
    const truePositives = matrix[c][c];
    const support = matrix[c].reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((sum, row) => sum + row[c], 0);
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    return { label, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, support, predicted: predictedCount };
  });
  const present = perClass.filter((m) => m.support > 0);
  const negative = perClass[0];
  return {
    examples: gold.length,
    accuracy: ratio(correct, gold.length),
    macroF1: present.length ? present.reduce((sum, m) => sum + m.f1, 0) / present.length : 0,
    perClass,
    negative: { precision: negative.precision, recall: negative.recall, f1: negative.f1 },
    confusion: { labels: [...LABELS], matrix },
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
