/**
 * The rule of data/intents/README.md, kept at every commit: no text appears twice within or across
 * the splits (case, accents, punctuation and spacing ignored). The test split's texts are compared
 * only as keys and never printed, so a clash names only the train or validation row.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIntentCsv } from '../../src/nlu/index.ts';
import { duplicateKey } from '../../src/nlu/data/duplicateKey.ts';

const DIR = path.resolve(import.meta.dirname, '../../data/intents');
const rows = (split: string) => readIntentCsv(path.join(DIR, `${split}.csv`));

describe('data/intents', () => {
  it.each([
    ["Where's my parcel?", 'wheres my  parcel', true],
    ['Café opening hours', 'cafe opening hours', true],
    ['good night', 'goodnight', false],
    ['order SK-104233', 'order SK104233', true],
  ])('%j and %j count as the same text: %s', (a, b, same) => {
    expect(duplicateKey(a) === duplicateKey(b)).toBe(same);
  });

  it.each(['train', 'validation'])('%s.csv repeats no text', (split) => {
    const seen = new Set<string>();
    const repeated = rows(split).filter((row) => seen.size === seen.add(duplicateKey(row.text)).size).map((row) => row.text);
    expect(repeated).toEqual([]);
  });

  it.each([
    ['train', 'validation'],
    ['train', 'test'],
    ['validation', 'test'],
  ])('%s.csv shares no text with %s.csv', (a, b) => {
    const other = new Set(rows(b).map((row) => duplicateKey(row.text)));
    const shared = rows(a).filter((row) => other.has(duplicateKey(row.text))).map((row) => row.text);
    expect(shared).toEqual([]);
  });
});
