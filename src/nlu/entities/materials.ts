/**
 * Materials the catalog uses ("linen", "organic cotton", "stainless steel"), found as whole words and
 * answered as the catalog names them. A material the customer names may be part of longer catalog
 * materials ("cotton" is also in "organic cotton"): the suggestion filter matches it by whole words,
 * so it is enough to recognise the words here. Words inside a product's name were claimed by the
 * product and do not count.
 *
 * A material's first word must be read as a noun or adjective: the catalog's "down" (the filling)
 * is a preposition in "narrow it down to shirts", and wink-nlp tags it so.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { claimValues, phraseOf, type ValueTerm } from './phraseMatch.ts';

const MATERIAL_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

export function materialTerms(materials: string[]): ValueTerm[] {
  const terms = [...new Set(materials.map((m) => m.toLowerCase()))]
    .map((material) => ({ value: material, phrase: phraseOf(material) }))
    .filter((term) => term.phrase.length > 0);
  // Longest first, so "organic cotton" is found before "cotton" claims half of it.
  return terms.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function extractMaterials(reading: MessageReading, terms: ValueTerm[], claimed: ClaimedSpans): string[] {
  return claimValues(reading, terms, claimed, (hit) => MATERIAL_POS.has(reading.tokens[hit.firstToken].pos));
}
