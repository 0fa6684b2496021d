import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/sentiment/cues/textAnalysis.ts';
import { generalTrainingData, labelOfRating, ownRatedSentences } from '../../src/sentiment/training/generalData.ts';
import { wordTerms } from '../../src/sentiment/words/wordTerms.ts';
import { scoreTerms } from '../../src/sentiment/words/wordValence.ts';

describe('general training data', () => {
  it.each([
    // mean rating (-4..4), neutral band, label
    [0.6, undefined, 'positive'],
    [0.3, undefined, 'neutral'],
    [-0.5, undefined, 'negative'],
    [0.3, 0.25, 'positive'],
    [-0.2, 0.25, 'neutral'],
    [-0.1, 0, 'negative'],
    [0, 0, 'neutral'],
  ] as const)('rating %s with neutral band %s is taught as %s', (mean, band, label) => {
    expect(labelOfRating(mean, band)).toBe(label);
  });

  it('rates our own messages by their label', () => {
    expect(ownRatedSentences([
      { text: 'love it', label: 'positive' },
      { text: 'meh', label: 'negative' },
      { text: 'Do you ship to Spain?', label: 'neutral' },
    ]).map((s) => s.rating)).toEqual([0.5, -0.5, 0]);
  });

  it('learns the words of our own messages when they go into the word-valence table', () => {
    const rated = ['the phone', 'a film', 'the food', 'a room', 'the app'].flatMap((text) => [0, 1, 2].map(() => ({ text, rating: 0 })));
    const own = [
      ...['the zorbly phone', 'zorbly food', 'a zorbly room', 'zorbly app'].map((text) => ({ text, label: 'positive' as const })),
      ...['the phone', 'a room'].map((text) => ({ text, label: 'neutral' as const })),
    ];
    const options = { share: 0.5, l2Candidates: [0.1] };
    const without = generalTrainingData(rated, options);
    const withOwn = generalTrainingData(rated, { ...options, own });
    const zorbly = wordTerms(analyzeText('zorbly'));
    expect(scoreTerms(withOwn.table, zorbly)).toBeGreaterThan(scoreTerms(without.table, zorbly) + 0.05);
    expect(without.general.ownTables).toBeUndefined();
    expect(withOwn.general.ownTables).toHaveLength(own.length);
    expect(withOwn.general.messages).toHaveLength(rated.length);
  });
});
