/**
 * The confidence under which a message counts as out of scope, chosen on validation messages that
 * include out-of-scope ones: the lowest threshold whose F1 of out-of-scope detection is within one
 * example of the best. Its
 * precision counts every in-scope message turned away, its recall every out-of-scope message
 * caught. (The mean of in-scope accuracy and out-of-scope recall, tried first, turned away a third
 * of in-scope messages to catch the last few out-of-scope ones on our validation file.)
 */

export interface ThresholdExample {
  /** Calibrated confidence of the best intent. */
  confidence: number;
  /** True when the message is in scope and its best intent is the right one. */
  correct: boolean;
  outOfScope: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  inScopeAccuracy: number;
  outOfScopeRecall: number;
  /** Share of messages turned away that really are out of scope. */
  outOfScopePrecision: number;
}

/** Returns threshold 0 (never out of scope) when the examples hold no out-of-scope message. */
export function chooseOutOfScopeThreshold(examples: ThresholdExample[]): ThresholdChoice {
  const inScope = examples.filter((e) => !e.outOfScope);
  const outOfScope = examples.filter((e) => e.outOfScope);
  const score = (threshold: number): ThresholdChoice => {
    const caught = outOfScope.filter((e) => e.confidence < threshold).length;
    const turnedAway = inScope.filter((e) => e.confidence < threshold).length;
    return {
      threshold,
      inScopeAccuracy: inScope.length ? inScope.filter((e) => e.correct && e.confidence >= threshold).length / inScope.length : 0,
      outOfScopeRecall: outOfScope.length ? caught / outOfScope.length : 0,
      outOfScopePrecision: caught + turnedAway ? caught / (caught + turnedAway) : 0,
    };
  };
  if (outOfScope.length === 0 || inScope.length === 0) return score(0);

  // Candidate thresholds: midway between neighbouring confidences, so no example sits on the edge.
  const confidences = [...new Set(examples.map((e) => e.confidence))].sort((a, b) => a - b);
  const candidates = [0, ...confidences.slice(1).map((c, i) => (c + confidences[i]) / 2)];
  const scored = candidates.map(score);
  const bestValue = Math.max(...scored.map(objective));
  // Among thresholds whose F1 is within one out-of-scope example of the best, the lowest wins: it
  // turns away fewer in-scope customers, and a difference that small is noise (with 124
  // out-of-scope validation messages the best threshold jumped from 0.44 to 0.88 when three
  // training messages were removed, at F1 values a single example apart).
  const tolerance = 1 / outOfScope.length;
  return scored.find((choice) => objective(choice) >= bestValue - tolerance)!;
}

function objective(choice: ThresholdChoice): number {
  const { outOfScopePrecision: p, outOfScopeRecall: r } = choice;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
