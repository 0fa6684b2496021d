/**
 * The conversation's mood from its scored customer messages: worst message, exponential moving
 * average, trend (least-squares slope over the recent messages) and whether the bot should change
 * its behaviour (apologize, offer a person, no upselling).
 */
import type { ConversationMood, MoodOptions, ScoredMessage } from './types.ts';

export const DEFAULT_MOOD_OPTIONS: MoodOptions = {
  emaAlpha: 0.5,
  trendWindow: 4,
  negativeMovingAverage: -0.3,
  fallingTrend: -0.3,
};

export function describeMood(messages: ScoredMessage[], options: Partial<MoodOptions> = {}): ConversationMood {
  const o = { ...DEFAULT_MOOD_OPTIONS, ...options };
  if (messages.length === 0) return { messages: 0, average: 0, movingAverage: 0, trend: 0, negative: false };
  const scores = messages.map((m) => m.score);
  let movingAverage = scores[0];
  for (const score of scores.slice(1)) movingAverage = o.emaAlpha * score + (1 - o.emaAlpha) * movingAverage;
  let worst = messages[0];
  for (const m of messages) if (m.score < worst.score) worst = m;
  const last = messages[messages.length - 1];
  const trend = slope(scores.slice(-o.trendWindow));
  const negative =
    last.label === 'negative' || movingAverage <= o.negativeMovingAverage || (trend <= o.fallingTrend && last.score < 0);
  return {
    messages: messages.length,
    average: round(scores.reduce((a, b) => a + b, 0) / scores.length),
    movingAverage: round(movingAverage),
    trend: round(trend),
    worst: { messageId: worst.id, score: worst.score },
    negative,
  };
}

/** Least-squares slope of the values against their position (score change per message); 0 for fewer than two. */
export function slope(values: number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let numerator = 0;
  let denominator = 0;
  values.forEach((y, x) => {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  });
  return numerator / denominator;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
