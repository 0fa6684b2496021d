/**
 * Finds catalog words and phrases ("navy", "light blue", "kitchen") in a message by tokens, so
 * "navy" never matches inside "navyblue.com" and "shirt" matches "shirts" through the lemma.
 */
import { readMessage, type MessageReading, type MessageToken } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';

/** A phrase as the tokens to look for: each may match a message token's normal form or its lemma. */
export type Phrase = string[];

export function phraseOf(text: string): Phrase {
  return readMessage(text.toLowerCase())
    .tokens.filter((t) => t.type !== 'punctuation')
    .map((t) => t.normal);
}

export interface PhraseHit {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

export function tokenMatches(token: MessageToken, form: string): boolean {
  return token.normal === form || token.lemma.toLowerCase() === form;
}

/**
 * Where each form (normal or lower-case lemma) occurs in a message, built once per reading: every
 * catalog colour, material, category and size is looked up in the same message, and scanning all
 * tokens for each of them (lower-casing lemmas as it went) was a tenth of a millisecond per message.
 */
const formPositions = new WeakMap<MessageReading, Map<string, number[]>>();
const NOWHERE: readonly number[] = [];

function positionsOf(reading: MessageReading, form: string): readonly number[] {
  let index = formPositions.get(reading);
  if (!index) {
    index = new Map();
    reading.tokens.forEach((token, i) => {
      const lemma = token.lemma.toLowerCase();
      for (const f of lemma === token.normal ? [lemma] : [token.normal, lemma]) {
        const list = index!.get(f);
        if (list) list.push(i);
        else index!.set(f, [i]);
      }
    });
    formPositions.set(reading, index);
  }
  return index.get(form) ?? NOWHERE;
}

/** Every place the phrase occurs, left to right. */
export function findPhrase(reading: MessageReading, phrase: Phrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { tokens } = reading;
  if (phrase.length === 0) return hits;
  for (const i of positionsOf(reading, phrase[0])) {
    if (i + phrase.length > tokens.length) break;
    let k = 1;
    while (k < phrase.length && tokenMatches(tokens[i + k], phrase[k])) k += 1;
    if (k === phrase.length) {
      hits.push({ firstToken: i, lastToken: i + phrase.length - 1, start: tokens[i].start, end: tokens[i + phrase.length - 1].end });
    }
  }
  return hits;
}

/** A catalog value (a colour, a material) and one phrase that names it. */
export interface ValueTerm {
  value: string;
  phrase: Phrase;
}

/**
 * The values whose phrases the message holds, in the order they appear. Each place found is claimed,
 * so a shorter phrase inside it ("blue" in "light blue") and later extractors skip it; terms come
 * longest first. Places an earlier extractor claimed (a product's name) do not count. `accepts` may
 * turn a place down (a material must be read as a noun or adjective).
 */
export function claimValues(
  reading: MessageReading,
  terms: readonly ValueTerm[],
  claimed: ClaimedSpans,
  accepts: (hit: PhraseHit) => boolean = () => true,
): string[] {
  const found: { at: number; value: string }[] = [];
  for (const term of terms) {
    for (const hit of findPhrase(reading, term.phrase)) {
      if (claimed.overlaps(hit.start, hit.end) || !accepts(hit)) continue;
      claimed.claim(hit.start, hit.end);
      found.push({ at: hit.start, value: term.value });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.value))];
}
