import { describe, expect, it } from 'vitest';
import { parseVaderLexicon, vaderLexicon } from '../../src/sentiment/lexicon/vaderLexicon.ts';
import { priorLexicon } from '../../src/sentiment/words/priorLexicon.ts';
import { termWeight } from '../../src/sentiment/words/wordValence.ts';

describe("VADER's lexicon and the word-valence prior", () => {
  it('reads the lexicon file, the last rating of a repeated token winning', () => {
    const parsed = parseVaderLexicon('lol\t2.9\t0.8\t[]\nmeh\t-0.3\t0.5\t[]\nlol\t1.8\t1.4\t[]\n\nbroken line');
    expect([...parsed]).toEqual([['lol', 1.8], ['meh', -0.3]]);
    expect(vaderLexicon().get('ugh') ?? 0).toBeLessThan(0);
    expect(vaderLexicon().get('constructor') ?? 0).toBe(0);
  });

  it.each([
    ['afinn', 'meh', 0],
    ['vader', 'meh', -0.375],
    ['vader', 'joke', -2], // our customer-service words win over both lexicons
    ['afinn', 'good', 3],
    ['vader', 'good', 2.375],
    ['mean', 'good', (3 + 2.375) / 2],
  ] as const)('%s prior of "%s" is %d', (kind, word, value) => {
    expect(priorLexicon(kind)[word] ?? 0).toBeCloseTo(value, 6);
  });

  it('scores an unrated term by the prior saved with the table, flipped and halved under negation', () => {
    const table = { bias: 0, weights: {}, priorScale: 0.2, negatedPriorScale: -0.1, prior: { meh: -2 } };
    expect(termWeight(table, 'meh')).toBeCloseTo(-0.4, 9);
    expect(termWeight(table, 'not_meh')).toBeCloseTo(0.2, 9);
    expect(termWeight(table, 'good')).toBe(0); // the saved prior is the whole prior
  });
});
