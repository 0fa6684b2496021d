/**
 * Colours the catalog uses, found as whole words ("navy", "light blue"), answered in the catalog's
 * spelling ("gray" finds "grey" when the catalog says grey). Words inside a product's name were
 * claimed by the product and do not count: "similar to the Blue Linen Shirt" asks for no colour.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { claimValues, phraseOf, type ValueTerm } from './phraseMatch.ts';

const SPELLINGS: Record<string, string[]> = { grey: ['gray'], gray: ['grey'], beige: ['tan'], 'off-white': ['off white'] };

export function colourTerms(colours: string[]): ValueTerm[] {
  const terms: ValueTerm[] = [];
  for (const colour of colours) {
    const lower = colour.toLowerCase();
    for (const spelling of [lower, ...(SPELLINGS[lower] ?? [])]) terms.push({ value: lower, phrase: phraseOf(spelling) });
  }
  // Longest first, so "light blue" is found before "blue" claims half of it.
  return terms.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function extractColours(reading: MessageReading, terms: ValueTerm[], claimed: ClaimedSpans): string[] {
  return claimValues(reading, terms, claimed);
}
