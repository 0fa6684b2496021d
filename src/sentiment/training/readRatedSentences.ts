/**
 * Rated sentences for the word-valence table: VADER's ground-truth files (`id<TAB>mean<TAB>text`,
 * the mean of 20 human ratings on -4..+4; MIT licence). Sentences that also occur in the files we
 * report figures on are dropped, so those figures stay on text the table never saw.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RatedSentence } from './trainWordValence.ts';

/** VADER's general-domain sets; its tweets are left out for testing. */
export const WORD_VALENCE_FILES = [
  'amazonReviewSnippets_GroundTruth.txt',
  'movieReviewSnippets_GroundTruth.txt',
  'nytEditorialSnippets_GroundTruth.txt',
];

export function readVaderRatings(dir: string, files = WORD_VALENCE_FILES): RatedSentence[] {
  const sentences: RatedSentence[] = [];
  for (const file of files) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)) {
      const [, mean, ...rest] = line.split('\t');
      const value = Number(mean);
      if (rest.length === 0 || !Number.isFinite(value)) continue;
      sentences.push({ text: rest.join('\t'), rating: Math.max(-1, Math.min(1, value / 4)) });
    }
  }
  return sentences;
}

/** Lower case, letters and digits only: "Works great!." and "works great" are the same sentence. */
export function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function withoutSentences(sentences: RatedSentence[], excluded: Iterable<string>): { kept: RatedSentence[]; dropped: number } {
  const keys = new Set([...excluded].map(sentenceKey));
  const kept = sentences.filter((s) => !keys.has(sentenceKey(s.text)));
  return { kept, dropped: sentences.length - kept.length };
}
