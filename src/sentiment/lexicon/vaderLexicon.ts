/**
 * VADER's lexicon (Hutto & Gilbert 2014; the `vader-sentiment` package, Apache-2.0): about 7,500
 * tokens, each the mean of ten people's ratings on -4..+4, with the slang, emoticons and
 * interjections of social media that AFINN lacks ("meh", "ugh", ":(", "lol"). Read once from the
 * installed package's vader_lexicon.txt (`token<TAB>mean<TAB>sd<TAB>ratings`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

let lexicon: Map<string, number> | undefined;

export function vaderLexicon(): ReadonlyMap<string, number> {
  if (!lexicon) {
    const file = path.join(path.dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
    lexicon = parseVaderLexicon(readFileSync(file, 'utf8'));
  }
  return lexicon;
}

/** A token listed twice ("lol") keeps its last rating, as VADER's own loader does. */
export function parseVaderLexicon(text: string): Map<string, number> {
  const ratings = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const [token, mean] = line.split('\t');
    const value = Number(mean);
    if (token && mean !== undefined && Number.isFinite(value) && value !== 0) ratings.set(token, value);
  }
  return ratings;
}
