/**
 * Sizes the catalog uses. Letter sizes of two or more letters ("xl", "xxl") count anywhere; single
 * letters and numbers only after "size" ("size m", "size 10"), since "m" and "10" mean many things.
 * Words map to the catalog's letters when it uses them: "small" -> s, "medium" -> m, "large" -> l,
 * "extra large" -> xl. Sizes are answered as the catalog writes them, lower case.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { findPhrase, phraseOf, type Phrase } from './phraseMatch.ts';

const SIZE_WORDS: Record<string, string[]> = {
  xxs: ['extra extra small', 'xx-small', '2xs'],
  xs: ['extra small', 'x-small', 'xsmall'],
  s: ['small'],
  m: ['medium', 'med'],
  l: ['large'],
  xl: ['extra large', 'x-large', 'xlarge'],
  xxl: ['extra extra large', 'xx-large', '2xl', 'double xl'],
  xxxl: ['xxx-large', '3xl', 'triple xl'],
};

/** "a large order", "small print": size words that describe something other than clothes. */
const NOT_A_SIZE_BEFORE = /^(?:order|orders|amount|number|quantity|quantities|selection|range|discount|fee|sum|part|print|font|box|package|parcel|delivery|problem|issue|business|shop|store|company)$/i;

export interface SizeTerms {
  /** Found anywhere. */
  free: { size: string; phrase: Phrase }[];
  /** Found only after "size". */
  afterSizeWord: Map<string, string>;
}

export function sizeTerms(sizes: string[]): SizeTerms {
  const free: SizeTerms['free'] = [];
  const afterSizeWord = new Map<string, string>();
  for (const size of sizes.map((s) => s.toLowerCase())) {
    afterSizeWord.set(size, size);
    if (/^[a-z]{2,}$/.test(size) && size !== 'one') free.push({ size, phrase: [size] });
    for (const word of SIZE_WORDS[size] ?? []) {
      free.push({ size, phrase: phraseOf(word) });
      afterSizeWord.set(word, size);
    }
  }
  free.sort((a, b) => b.phrase.length - a.phrase.length);
  return { free, afterSizeWord };
}

export function extractSizes(reading: MessageReading, terms: SizeTerms, claimed: ClaimedSpans): string[] {
  const found: { at: number; size: string }[] = [];
  const { tokens, text } = reading;
  tokens.forEach((token, i) => {
    if (!/^(size|sz)$/i.test(token.normal)) return;
    let k = i + 1;
    while (tokens[k] && /^[:=]$/.test(tokens[k].text)) k += 1;
    const value = tokens[k];
    if (!value) return;
    const two = tokens[k + 1] ? text.slice(value.start, tokens[k + 1].end).toLowerCase() : undefined;
    const size = (two && terms.afterSizeWord.get(two)) ?? terms.afterSizeWord.get(value.normal);
    if (!size) return;
    const end = two && terms.afterSizeWord.get(two) ? tokens[k + 1].end : value.end;
    if (claimed.overlaps(value.start, end)) return;
    claimed.claim(value.start, end);
    found.push({ at: value.start, size });
  });
  for (const term of terms.free) {
    for (const hit of findPhrase(reading, term.phrase)) {
      if (claimed.overlaps(hit.start, hit.end)) continue;
      const next = tokens[hit.lastToken + 1];
      if (next && NOT_A_SIZE_BEFORE.test(next.normal)) continue;
      claimed.claim(hit.start, hit.end);
      found.push({ at: hit.start, size: term.size });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.size))];
}
