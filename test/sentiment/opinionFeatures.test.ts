import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_NAMES, type FeatureName } from '../../src/sentiment/features.ts';

const feature = (text: string, name: FeatureName) => extractFeatures(text).values[FEATURE_NAMES.indexOf(name)];

/** The opinion features let the learned layer tell a verdict from a plain statement, whatever its sign. */
describe('opinion features', () => {
  const adjectives: [string, number][] = [
    ['the plot was dull', 1],
    ['these boots are so comfy', 1],
    ['the sleeves are too short', 1],
    ['the food tasted amazing', 1],
    ['the parcel was delivered on Monday', 0],
    ['where is my order', 0],
    ['a red dress in size 10', 0],
  ];
  it.each(adjectives)('an adjective after a copula or degree word: %s -> %i', (text, expected) => {
    expect(feature(text, 'evaluativeAdjective')).toBe(expected);
  });

  const verdicts: [string, number][] = [
    ['I loved it', 1],
    ['we hated the ending', 1],
    ["I'd recommend it to anyone", 1],
    ['highly recommended', 1],
    ['I really enjoyed the show', 1],
    // Polite requests use the same verbs.
    ["I'd like to return my jacket", 0],
    ['I would love to know when it ships', 0],
    ['I want to return my order', 0],
    ['it looks like rain', 0],
  ];
  it.each(verdicts)('a first-person verdict verb: %s -> %i', (text, expected) => {
    expect(feature(text, 'verdictVerb')).toBe(expected);
  });

  it('opinion strength grows with strongly rated words, whatever their sign', () => {
    const plain = 'the parcel came on Tuesday';
    for (const verdict of ['this is the worst kettle, awful and useless', 'the best kettle, wonderful and perfect']) {
      expect(feature(verdict, 'opinionStrength')).toBeGreaterThan(feature(plain, 'opinionStrength'));
      expect(feature(verdict, 'strongWords')).toBeGreaterThan(feature(plain, 'strongWords'));
    }
    expect(feature('awful awful awful awful awful', 'strongWords')).toBeLessThanOrEqual(1);
  });

  // The shipped table's subjectivity: a verdict whose words lean both ways is still a verdict.
  const strongerThan: [string, string][] = [
    ['not bad, but overpriced', 'the parcel came on Tuesday'],
    ['I loved it', "I'm looking for a kettle"],
    ['the plot was dire', 'the film starts at eight'],
    ['meh, it was ok I guess', 'can I pay by card'],
  ];
  it.each(strongerThan)('subjectivity: "%s" reads as more of an opinion than "%s"', (opinion, plain) => {
    expect(feature(opinion, 'subjectivity')).toBeGreaterThan(feature(plain, 'subjectivity'));
  });

  // The valence's two sides apart: a verdict with words of both signs shows both, which their sum hides.
  it('splits the word valence into its positive and negative parts', () => {
    const mixed = 'lovely screen, but the battery is awful';
    expect(feature(mixed, 'wordValencePositive')).toBeGreaterThan(0.1);
    expect(feature(mixed, 'wordValenceNegative')).toBeGreaterThan(0.1);
    expect(feature('I love it, wonderful and perfect', 'wordValencePositive')).toBeGreaterThan(feature('I love it, wonderful and perfect', 'wordValenceNegative'));
    expect(feature('awful, broken and useless', 'wordValenceNegative')).toBeGreaterThan(feature('awful, broken and useless', 'wordValencePositive'));
    for (const text of ['', '!!!']) {
      expect(feature(text, 'wordValencePositive')).toBe(0);
      expect(feature(text, 'wordValenceNegative')).toBe(0);
    }
  });
});
