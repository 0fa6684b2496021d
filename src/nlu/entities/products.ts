/**
 * Catalog products named in a message. A product matches when every significant word of its name
 * appears close together (in any order, within two extra words), by normal form, lemma ("shirts"
 * for "Shirt") or with one typo in words of five letters or more ("lenin" for "Linen"). A product
 * whose matched words are all part of a longer product's match is dropped: "Blue Linen Shirt" wins
 * over "Linen Shirt". Learned from the vocabulary at start, so a new catalog needs no code change.
 */
import type { ProductMention } from '../types.ts';
import { readMessage, type MessageReading, type MessageToken } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';

const INSIGNIFICANT = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'with', 'in', 'on', 'by', 'to', '&', '-', 'x']);
const EXTRA_WORDS_ALLOWED = 2;
const FUZZY_MIN_LENGTH = 5;

interface NameWord {
  normal: string;
  lemma: string;
}

export interface ProductTerm {
  productId: string;
  name: string;
  words: NameWord[];
}

export function productTerms(products: { id: string; name: string }[]): ProductTerm[] {
  return products
    .map((p) => ({
      productId: p.id,
      name: p.name,
      words: readMessage(p.name.toLowerCase())
        .tokens.filter((t) => t.type !== 'punctuation' && t.type !== 'symbol' && !INSIGNIFICANT.has(t.normal))
        .map((t) => ({ normal: t.normal, lemma: t.lemma.toLowerCase() })),
    }))
    .filter((p) => p.words.length > 0);
}

/** A product found in a message: its term and the token positions of its name words. */
export interface ProductMatch {
  term: ProductTerm;
  positions: number[];
}

/** `matches`: the message's products when the caller already matched them (the recognizer does, for its features). */
export function extractProducts(
  reading: MessageReading,
  terms: ProductTerm[],
  claimed: ClaimedSpans,
  matches: ProductMatch[] = matchProducts(reading, terms),
): ProductMention[] {
  const { tokens } = reading;
  return matches
    .map((m) => {
      const start = tokens[Math.min(...m.positions)].start;
      const end = tokens[Math.max(...m.positions)].end;
      claimed.claim(start, end);
      return { at: start, mention: { productId: m.term.productId, name: m.term.name, text: reading.text.slice(start, end) } };
    })
    .sort((a, b) => a.at - b.at)
    .map((m) => m.mention);
}

/** The products named in a message with the token positions of their words (longest names win). */
export function matchProducts(reading: MessageReading, terms: ProductTerm[]): ProductMatch[] {
  const { tokens } = reading;
  const exact = new Set<string>();
  for (const t of tokens) exact.add(t.normal).add(t.lemma.toLowerCase());

  // Only the products with a word of the message can match: found through the word index, in catalog order.
  const index = termsByWord(terms);
  const candidates = new Set<number>();
  for (const form of exact) for (const i of index.get(form) ?? []) candidates.add(i);
  const matches: ProductMatch[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const term = terms[i];
    const candidates = term.words.map((w) => positionsOf(w, tokens));
    if (candidates.some((c) => c.length === 0)) continue;
    const positions = tightestWindow(candidates, term.words.length + EXTRA_WORDS_ALLOWED);
    if (positions) matches.push({ term, positions });
  }

  return matches.filter(
    (m) => !matches.some((other) => other !== m && other.term.words.length > m.term.words.length && m.positions.every((p) => other.positions.includes(p))),
  );
}

// Term lists are built once per catalog by compileCatalogTerms and never changed afterwards, so the
// list itself keys its index (a new catalog is a new list).
const wordIndexes = new WeakMap<ProductTerm[], Map<string, number[]>>();

/** Name word (normal form or lemma) -> the positions in `terms` of the products using it, built once per list of terms. */
function termsByWord(terms: ProductTerm[]): Map<string, number[]> {
  const cached = wordIndexes.get(terms);
  if (cached) return cached;
  const index = new Map<string, number[]>();
  terms.forEach((term, i) => {
    for (const word of term.words) {
      for (const form of [word.normal, word.lemma]) {
        const list = index.get(form);
        if (!list) index.set(form, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  wordIndexes.set(terms, index);
  return index;
}

function positionsOf(word: NameWord, tokens: MessageToken[]): number[] {
  const positions: number[] = [];
  tokens.forEach((t, i) => {
    const normal = t.normal;
    const lemma = t.lemma.toLowerCase();
    if (normal === word.normal || lemma === word.lemma || normal === word.lemma || lemma === word.normal) positions.push(i);
    else if (word.normal.length >= FUZZY_MIN_LENGTH && normal.length >= FUZZY_MIN_LENGTH && withinOneEdit(normal, word.normal)) positions.push(i);
  });
  return positions;
}

/** One position per name word, all distinct, spanning at most `maxSpan` tokens (the narrowest such choice). */
function tightestWindow(candidates: number[][], maxSpan: number): number[] | undefined {
  let best: number[] | undefined;
  const starts = [...new Set(candidates.flat())].sort((a, b) => a - b);
  for (const from of starts) {
    const to = from + maxSpan - 1;
    const chosen: number[] = [];
    for (const positions of candidates) {
      const pick = positions.find((p) => p >= from && p <= to && !chosen.includes(p));
      if (pick === undefined) break;
      chosen.push(pick);
    }
    if (chosen.length !== candidates.length) continue;
    const span = Math.max(...chosen) - Math.min(...chosen);
    if (!best || span < Math.max(...best) - Math.min(...best)) best = chosen;
  }
  return best;
}

/** Levenshtein distance at most 1, plus one swap of neighbouring letters ("lienn"). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
