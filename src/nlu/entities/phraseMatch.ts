/**
 * Finds catalog words and phrases ("navy", "light blue", "kitchen") in a message by tokens, so
 * "navy" never matches inside "navyblue.com" and "shirt" matches "shirts" through the lemma.
 */
import { readMessage, type MessageReading, type MessageToken } from '../text/readMessage.ts';

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
