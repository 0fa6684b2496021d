/**
 * Catalog categories named in a message, singular or plural: "shirt" and "shirts" both give
 * "shirts", "accessory" gives "accessories". Answered as the catalog names them (lower case).
 * Words inside a product's name were claimed by the product and do not count.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { findPhrase, phraseOf, type Phrase } from './phraseMatch.ts';
import { readMessage } from '../text/readMessage.ts';

export interface CategoryTerm {
  category: string;
  phrase: Phrase;
}

export function categoryTerms(categories: string[]): CategoryTerm[] {
  const terms: CategoryTerm[] = [];
  for (const category of categories.map((c) => c.toLowerCase())) {
    const phrase = phraseOf(category);
    if (phrase.length === 0) continue;
    const head = phrase[phrase.length - 1];
    const singular = readMessage(head).tokens[0]?.lemma.toLowerCase() ?? head;
    const forms = new Set([head, singular, ...pluralsOf(singular)]);
    for (const form of forms) terms.push({ category, phrase: [...phrase.slice(0, -1), form] });
  }
  return terms.sort((a, b) => b.phrase.length - a.phrase.length);
}

function pluralsOf(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  return [`${word}s`];
}

export function extractCategories(reading: MessageReading, terms: CategoryTerm[], claimed: ClaimedSpans): string[] {
  const found: { at: number; category: string }[] = [];
  for (const term of terms) {
    for (const hit of findPhrase(reading, term.phrase)) {
      if (claimed.overlaps(hit.start, hit.end)) continue;
      found.push({ at: hit.start, category: term.category });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.category))];
}
