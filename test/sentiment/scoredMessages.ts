/** A conversation's scored customer messages from a list of scores (label by score, ids m1, m2, ...). */
import type { ScoredMessage, SentimentLabel } from '../../src/sentiment/types.ts';

export function messages(scores: number[], extra: Partial<ScoredMessage>[] = []): ScoredMessage[] {
  return scores.map((score, i) => ({
    id: `m${i + 1}`,
    timestamp: new Date(Date.UTC(2025, 0, 1, 12, i)).toISOString(),
    score,
    label: (score <= -0.3 ? 'negative' : score >= 0.3 ? 'positive' : 'neutral') as SentimentLabel,
    reasons: [],
    ...extra[i],
  }));
}
