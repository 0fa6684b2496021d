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

/** Every place the phrase occurs, left to right. */
export function findPhrase(reading: MessageReading, phrase: Phrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { tokens } = reading;
  if (phrase.length === 0) return hits;
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((form, k) => tokenMatches(tokens[i + k], form))) {
      hits.push({ firstToken: i, lastToken: i + phrase.length - 1, start: tokens[i].start, end: tokens[i + phrase.length - 1].end });
    }
  }
  return hits;
}
