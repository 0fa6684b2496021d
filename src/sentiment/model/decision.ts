/**
 * From class probabilities to a label: negative once P(negative) reaches the cut-off (below one
 * half: a missed unhappy customer costs more than a second look), unless positive is likelier
 * still, so the label never disagrees with the sign of the score; else the likelier of the other two.
 */
import type { SentimentLabel } from '../types.ts';

export function labelFromProbabilities(p: ArrayLike<number>, negativeThreshold: number): SentimentLabel {
  if (p[0] >= negativeThreshold && p[0] >= p[2]) return 'negative';
  return p[2] > p[1] ? 'positive' : 'neutral';
}
