/** From class probabilities to a label: negative once P(negative) reaches the cut-off, else the likelier of the other two. */
import type { SentimentLabel } from '../types.ts';

export function labelFromProbabilities(p: ArrayLike<number>, negativeThreshold: number): SentimentLabel {
  if (p[0] >= negativeThreshold) return 'negative';
  return p[2] > p[1] ? 'positive' : 'neutral';
}
