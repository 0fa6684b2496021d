import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainWordValence } from '../../src/sentiment/training/trainWordValence.ts';
import { sentenceKey, withoutSentences } from '../../src/sentiment/training/readRatedSentences.ts';
import {
  loadWordValence,
  saveWordValence,
  scoreTerms,
  scoreWeighedTerms,
  strongestTerms,
  strongestWeighedTerms,
  priorStrengths,
  weighMessage,
  weighPairs,
  weighTerms,
} from '../../src/sentiment/words/wordValence.ts';
import { wordTerms } from '../../src/sentiment/words/wordTerms.ts';
import { analyzeText } from '../../src/sentiment/cues/textAnalysis.ts';
import { prepareGeneralData, VADER_SOURCE } from '../../src/sentiment/training/generalData.ts';
import { WORD_VALENCE_FILES } from '../../src/sentiment/training/readRatedSentences.ts';

/** A tiny rated corpus: "lovely" and "superb" are praise, "dreadful" and "junk" are not, the rest is topic. */
const RATED = [
  ['a lovely phone', 0.8], ['lovely food and a lovely room', 0.9], ['superb film', 0.85], ['the room was superb', 0.7],
  ['a dreadful phone', -0.8], ['dreadful food', -0.75], ['junk, the room was junk', -0.9], ['this film is junk', -0.7],
  ['the phone', 0], ['the food', 0.05], ['a room', -0.05], ['the film', 0],
].flatMap(([text, rating]) => [0, 1, 2].map(() => ({ text: text as string, rating: rating as number })));

describe('word valence', () => {
  const table = trainWordValence(RATED, { source: 'test', minSentences: 2, l2Candidates: [0.1] });

  it.each([
    ['what a lovely day', 1],
    ['superb', 1],
    ['dreadful service', -1],
    ['total junk', -1],
  ] as const)('learns the direction of "%s"', (text, sign) => {
    expect(Math.sign(scoreTerms(table, wordTerms(analyzeText(text))))).toBe(sign);
  });

  it('reads negation as its own term and names the words that pull hardest', () => {
    expect(wordTerms(analyzeText('not lovely at all'))).toContain('not_lovely');
    expect(strongestTerms({ bias: 0, priorScale: 0.2, negatedPriorScale: -0.1, weights: { junk: -0.9, phone: -0.1, dreadful: -0.5 } }, ['phone', 'junk', 'dreadful'], -1)).toEqual(['junk', 'dreadful']);
  });

  it('scores weighed terms exactly as scoreTerms and strongestTerms do (the scorer weighs each term once)', () => {
    const shipped = loadWordValence();
    for (const text of ['not lovely at all, but the battery is dreadful and dreadful', 'superb film', 'the', '']) {
      const terms = wordTerms(analyzeText(text));
      const weights = weighTerms(shipped, terms);
      expect(scoreWeighedTerms(shipped, weights)).toBeCloseTo(scoreTerms(shipped, terms), 12);
      for (let from = 0; from <= terms.length; from++) expect(scoreWeighedTerms(shipped, weights, from)).toBeCloseTo(scoreTerms(shipped, terms, from), 12);
      const pairs = weighPairs(shipped, terms);
      for (const sign of [1, -1] as const) expect(strongestWeighedTerms(terms, weights, sign, 3, pairs)).toEqual(strongestTerms(shipped, terms, sign));
      // The scorer's one pass gives the same weights, and the subjectivity the table scores alone.
      const oneMessage = weighMessage(shipped, terms);
      oneMessage.weights.forEach((w, i) => expect(w).toBeCloseTo(weights[i], 12));
      const { subjectivity } = shipped;
      const strengthTable = { ...subjectivity!, prior: priorStrengths(shipped.prior), pairs: shipped.pairs };
      expect(oneMessage.subjectivity).toBeCloseTo(scoreTerms(strengthTable, terms), 12);
    }
  });

  it('learns adjacent word pairs that mean more than their words, and names them', () => {
    // "fell" and "apart" are topic alone; together they are a complaint.
    const rated = [
      ['it fell apart', -0.8], ['the seams fell apart', -0.85], ['fell apart in a week', -0.9],
      ['it fell on the floor', 0], ['the seams are far apart', 0], ['we sat apart', 0.05], ['it fell asleep', 0],
      ['a lovely phone', 0.8], ['the phone', 0],
    ].flatMap(([text, rating]) => [0, 1, 2].map(() => ({ text: text as string, rating: rating as number })));
    const withPairs = trainWordValence(rated, { source: 'test', minSentences: 2, pairMinSentences: 2, l2Candidates: [0.1] });
    const without = trainWordValence(rated, { source: 'test', minSentences: 2, pairMinSentences: 0, l2Candidates: [0.1] });
    expect(withPairs.pairs).toBe(true);
    expect(without.pairs).toBeUndefined();
    expect(withPairs.weights['fell apart']).toBeLessThan(-0.3);
    expect(Object.keys(without.weights).some((t) => t.includes(' '))).toBe(false);
    const terms = wordTerms(analyzeText('the strap fell apart'));
    // The pair takes the blame that "fell" alone carried without pairs.
    expect(withPairs.weights.fell ?? 0).toBeGreaterThan(without.weights.fell ?? 0);
    expect(scoreTerms(withPairs, terms)).toBeLessThan(-0.3);
    expect(strongestTerms(withPairs, terms, -1)[0]).toBe('fell apart');
    const weights = weighTerms(withPairs, terms);
    expect(strongestWeighedTerms(terms, weights, -1, 3, weighPairs(withPairs, terms))).toEqual(strongestTerms(withPairs, terms, -1));
  });

  it('scores text with no known word as neutral-ish and ignores object property names', () => {
    expect(Math.abs(scoreTerms(table, wordTerms(analyzeText('constructor toString __proto__'))))).toBeLessThan(0.2);
    expect(scoreTerms(table, [])).toBe(0);
  });

  it.each([
    ['a lovely room', 'a room'],
    ['dreadful food', 'the food'],
    ['the phone is junk', 'the phone'],
    ['superb', 'the film'],
  ])('learns that "%s" is more strongly rated than "%s", whatever the sign', (opinion, topic) => {
    const strength = (text: string) => weighMessage(table, wordTerms(analyzeText(text))).subjectivity;
    expect(strength(opinion)).toBeGreaterThan(strength(topic) + 0.2);
  });

  it('reads subjectivity as 0 from a table fitted before it', () => {
    const { subjectivity: _, ...older } = table;
    expect(weighMessage(older, wordTerms(analyzeText('a lovely room'))).subjectivity).toBe(0);
  });

  it('round-trips through its file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'word-valence-')), 'table.json');
    saveWordValence(table, file);
    const loaded = loadWordValence(file);
    expect(loaded.source).toBe('test');
    expect(loaded.weights.lovely).toBeCloseTo(table.weights.lovely, 3);
    const terms = wordTerms(analyzeText('dreadful food'));
    expect(weighMessage(loaded, terms).subjectivity).toBeCloseTo(weighMessage(table, terms).subjectivity, 3);
    expect(Object.getPrototypeOf(loaded.subjectivity!.weights)).toBeNull();
  });

  it('drops training sentences that also occur in an evaluation file', () => {
    expect(sentenceKey('Works great!.')).toBe(sentenceKey('works great'));
    const { kept, dropped } = withoutSentences(RATED, ['Superb film!']);
    expect(dropped).toBe(3);
    expect(kept.some((s) => s.text === 'superb film')).toBe(false);
  });

  it('prepares general training data from VADER-shaped files, leaving out the evaluation sentences', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vader-'));
    WORD_VALENCE_FILES.forEach((file, f) =>
      writeFileSync(path.join(dir, file), RATED.map((r, i) => `${f}_${i}\t${(r.rating * 4).toFixed(2)}\t${r.text}`).join('\n')),
    );
    const evaluation = path.join(dir, 'uci.txt');
    writeFileSync(evaluation, 'A lovely phone!\t1\n');
    const { table, general, dropped } = prepareGeneralData({ vaderDir: dir, exclude: [evaluation], share: 0.25 });
    expect(dropped).toBe(9);
    expect(table.source).toBe(VADER_SOURCE);
    expect(general.messages).toHaveLength(RATED.length * 3 - 9);
    expect(general.tables).toHaveLength(general.messages.length);
    expect(general.messages.find((m) => m.text === 'superb film')?.label).toBe('positive');
    expect(general.messages.find((m) => m.text === 'the phone')?.label).toBe('neutral');
  });
});
