import { describe, expect, it } from 'vitest';
import { apologyFor, createSentimentScorer, deservesApology, describeMood } from '../../src/sentiment/index.ts';
import type { ConversationMood, SentimentResult } from '../../src/sentiment/types.ts';

const calm: ConversationMood = { messages: 1, average: 0, movingAverage: 0, trend: 0, negative: false };
const upset: ConversationMood = { ...calm, average: -0.6, movingAverage: -0.6, negative: true };
const negative = (reasons: string[]): SentimentResult => ({ score: -0.8, label: 'negative', confidence: 0.9, reasons });

describe('apologyFor', () => {
  it.each([
    [['waiting time: 2 hours'], "I'm sorry you've been waiting."],
    [['still unresolved: "still no refund"'], "I'm sorry you've been waiting."],
    [['item damaged: "broken"', 'waiting time: 3 days'], "I'm sorry it arrived damaged."],
    [['repeated contact: "third time"', 'asks where: "where is my order"'], "I'm sorry you've had to ask again."],
    [['nobody answers'], "I'm sorry nobody got back to you."],
    [['item never arrived'], "I'm sorry your order hasn't reached you."],
    [['wrong item'], "I'm sorry we sent the wrong thing."],
    [['negative words: awful'], "I'm sorry about this."],
    [[], "I'm sorry about this."],
  ])('%j -> %s', (reasons, apology) => {
    expect(apologyFor(negative(reasons), upset)).toBe(apology);
  });

  it.each([
    [['item damaged: "doesn\'t work"'], "I'm sorry that isn't working."],
    [['item never arrived'], "I'm sorry that hasn't come through."],
    [['wrong item'], "I'm sorry about this."],
    [['waiting time: 2 hours'], "I'm sorry you've been waiting."],
  ])('not about an order (a discount code, an account): %j -> %s', (reasons, apology) => {
    expect(apologyFor(negative(reasons), upset, { aboutAnOrder: false })).toBe(apology);
  });

  it('says nothing when neither the message nor the mood is negative', () => {
    expect(apologyFor({ score: 0.7, label: 'positive', confidence: 0.9, reasons: ['thanks'] }, calm)).toBeUndefined();
    expect(apologyFor({ score: 0, label: 'neutral', confidence: 0.9, reasons: [] }, calm)).toBeUndefined();
  });

  it('apologizes plainly for a neutral message in a negative conversation', () => {
    expect(apologyFor({ score: 0, label: 'neutral', confidence: 0.9, reasons: [] }, upset)).toBe("I'm sorry about this.");
  });

  it.each([
    ['been on hold 2 hours', "I'm sorry you've been waiting."],
    ['the lamp came smashed', "I'm sorry it arrived damaged."],
    ["This is the third time I'm asking about my refund", "I'm sorry you've had to ask again."],
  ])('from the real scorer: %s', (text, apology) => {
    const result = createSentimentScorer().score(text);
    const mood = describeMood([{ id: 'm1', timestamp: '2025-01-01T00:00:00Z', ...result }]);
    expect(apologyFor(result, mood)).toBe(apology);
  });
});

describe('deservesApology', () => {
  it.each([
    [['waiting time: 2 hours'], true],
    [['asks where: "where is my order"', 'waiting time: 2 weeks'], true],
    [['negative words: awful'], true],
    // A rated word beside the question is a cause the apology can stand on.
    [['asks where: "where is my refund"', 'negative words: refund'], true],
    // A plain status question, and a score with no cause.
    [['asks where: "where is my order"'], false],
    [[], false],
  ])('%j -> %s', (reasons, due) => expect(deservesApology(negative(reasons))).toBe(due));

  it('never for a message that is not negative', () => {
    expect(deservesApology({ score: 0.2, label: 'neutral', confidence: 0.6, reasons: ['asks where: "x"', 'waiting time: 2 hours'] })).toBe(false);
  });
});
