import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelledFile } from '../../src/sentiment/evaluation/readLabelled.ts';
import { SENTIMENT_DATA_DIR } from '../../src/sentiment/model/sentimentModel.ts';

/**
 * The project's own labelled messages. A message in two files would let validation (which picks the
 * L2 strength and the negative cut-off) or the look-alike and social challenge sets grade the model on what it
 * learned from, so each text lives in exactly one file.
 */
const FILES = ['train.csv', 'validation.csv', 'lookalikes.csv', 'social-dev.csv'] as const;
const read = (file: string) => readLabelledFile(path.join(SENTIMENT_DATA_DIR, file), 'csv');
const key = (text: string) => text.trim().toLowerCase();

describe('sentiment data files', () => {
  it.each(FILES)('%s parses, with all three labels and no repeated message', (file) => {
    const messages = read(file);
    const labels = new Set(messages.map((m) => m.label));
    if (file === 'lookalikes.csv') expect(labels.has('negative')).toBe(false);
    else expect([...labels].sort()).toEqual(['negative', 'neutral', 'positive']);
    const texts = messages.map((m) => key(m.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps every message in one file only', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const file of FILES) {
      for (const { text } of read(file)) {
        const earlier = seen.get(key(text));
        if (earlier) repeated.push(`${text} (${earlier} and ${file})`);
        seen.set(key(text), file);
      }
    }
    expect(repeated).toEqual([]);
  });
});
