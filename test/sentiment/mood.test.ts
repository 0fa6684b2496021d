import { describe, expect, it } from 'vitest';
import { describeMood } from '../../src/sentiment/index.ts';
import { messages } from './scoredMessages.ts';


describe('describeMood', () => {
  it('is calm and empty for no messages', () => {
    expect(describeMood([])).toEqual({ messages: 0, average: 0, movingAverage: 0, trend: 0, negative: false });
  });

  it.each([
    // scores, negative?, trend sign
    [[0.5, 0.6, 0.7], false, 1],
    [[0, 0, 0], false, 0],
    [[0.2, -0.8], true, -1],
    [[0.7, 0.3, -0.2, -0.5], true, -1],
    [[-0.9, -0.8, 0.7], false, 1],
    [[-0.9, -0.9, 0.1], true, 1],
  ] as [number[], boolean, number][])('%j -> negative %s', (scores, negative, trendSign) => {
    const mood = describeMood(messages(scores));
    expect(mood.negative).toBe(negative);
    expect(Math.sign(mood.trend)).toBe(trendSign);
    expect(mood.messages).toBe(scores.length);
  });

  it('finds the worst message and weighs recent messages more', () => {
    const mood = describeMood(messages([0.8, -0.9, 0.1, 0.2]));
    expect(mood.worst).toEqual({ messageId: 'm2', score: -0.9 });
    expect(mood.average).toBeCloseTo(0.05, 5);
    expect(describeMood(messages([0.8, 0.8, -0.6])).movingAverage).toBeLessThan(describeMood(messages([0.8, 0.8, -0.6])).average);
  });

  it('takes options', () => {
    const scores = messages([0, -0.2, -0.25]);
    expect(describeMood(scores).negative).toBe(false);
    expect(describeMood(scores, { negativeMovingAverage: -0.1 }).negative).toBe(true);
  });
});
