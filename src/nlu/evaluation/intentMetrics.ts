/**
 * Figures for intent predictions against gold labels. Out of scope is one label (`oos`) on both
 * sides: a gold `oos` is right when the recognizer said `none`. As in CLINC150 (Larson et al. 2019),
 * in-scope accuracy counts an in-scope message turned away as out of scope as a mistake.
 */
import { OUT_OF_SCOPE_LABEL } from '../data/outOfScope.ts';

export interface ClassFigures {
  intent: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConfusedPair {
  expected: string;
  predicted: string;
  count: number;
}

export interface IntentMetrics {
  examples: number;
  /** Over all messages (out-of-scope ones included). */
  accuracy: number;
  /** Mean F1 over the gold labels (out of scope counts as one label when the data has it). */
  macroF1: number;
  inScopeExamples: number;
  inScopeAccuracy: number;
  outOfScopeExamples: number;
  /** Share of out-of-scope messages recognized as such (undefined without out-of-scope messages). */
  oosRecall?: number;
  /** Share of `none` answers that were really out of scope. */
  oosPrecision?: number;
  perIntent: ClassFigures[];
  /** Most frequent mistakes first. */
  confusedPairs: ConfusedPair[];
}

const CONFUSED_PAIRS_SHOWN = 10;

/** `predicted` uses OUT_OF_SCOPE_LABEL for "none". */
export function intentMetrics(expected: string[], predicted: string[]): IntentMetrics {
  const n = expected.length;
  const labels = [...new Set(expected)].sort();
  const perIntent = labels.map((intent) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i += 1) {
      if (predicted[i] === intent && expected[i] === intent) tp += 1;
      else if (predicted[i] === intent) fp += 1;
      else if (expected[i] === intent) fn += 1;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support: tp + fn, precision, recall, f1 };
  });

  const pairs = new Map<string, ConfusedPair>();
  for (let i = 0; i < n; i += 1) {
    if (expected[i] === predicted[i]) continue;
    const key = `${expected[i]}\u0000${predicted[i]}`;
    const pair = pairs.get(key) ?? { expected: expected[i], predicted: predicted[i], count: 0 };
    pair.count += 1;
    pairs.set(key, pair);
  }

  const inScope = expected.map((e, i) => i).filter((i) => expected[i] !== OUT_OF_SCOPE_LABEL);
  const outOfScope = expected.map((e, i) => i).filter((i) => expected[i] === OUT_OF_SCOPE_LABEL);
  const saidNone = predicted.filter((p) => p === OUT_OF_SCOPE_LABEL).length;
  const caught = outOfScope.filter((i) => predicted[i] === OUT_OF_SCOPE_LABEL).length;
  return {
    examples: n,
    accuracy: n ? expected.filter((e, i) => e === predicted[i]).length / n : 0,
    macroF1: perIntent.length ? perIntent.reduce((sum, c) => sum + c.f1, 0) / perIntent.length : 0,
    inScopeExamples: inScope.length,
    inScopeAccuracy: inScope.length ? inScope.filter((i) => predicted[i] === expected[i]).length / inScope.length : 0,
    outOfScopeExamples: outOfScope.length,
    ...(outOfScope.length ? { oosRecall: caught / outOfScope.length, oosPrecision: saidNone ? caught / saidNone : 0 } : {}),
    perIntent,
    confusedPairs: [...pairs.values()]
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.predicted.localeCompare(b.predicted))
      .slice(0, CONFUSED_PAIRS_SHOWN),
  };
}

/** The q-quantile (0..1) of values, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
