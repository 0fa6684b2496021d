/**
 * Colours the catalog uses, found as whole words ("navy", "light blue"), answered in the catalog's
 * spelling ("gray" finds "grey" when the catalog says grey). Words inside a product's name were
 * claimed by the product and do not count: "similar to the Blue Linen Shirt" asks for no colour.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { findPhrase, phraseOf, type Phrase } from './phraseMatch.ts';

const SPELLINGS: Record<string, string[]> = { grey: ['gray'], gray: ['grey'], beige: ['tan'], 'off-white': ['off white'] };

export interface ColourTerm {
  colour: string;
  phrase: Phrase;
}

export function colourTerms(colours: string[]): ColourTerm[] {
  const terms: ColourTerm[] = [];
  for (const colour of colours) {
    const lower = colour.toLowerCase();
    for (const spelling of [lower, ...(SPELLINGS[lower] ?? [])]) terms.push({ colour: lower, phrase: phraseOf(spelling) });
  }
  // Longest first, so "light blue" is found before "blue" claims half of it.
  return terms.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function extractColours(reading: MessageReading, terms: ColourTerm[], claimed: ClaimedSpans): string[] {
  const found: { at: number; colour: string }[] = [];
  for (const term of terms) {
    for (const hit of findPhrase(reading, term.phrase)) {
      if (claimed.overlaps(hit.start, hit.end)) continue;
      claimed.claim(hit.start, hit.end);
      found.push({ at: hit.start, colour: term.colour });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.colour))];
}
