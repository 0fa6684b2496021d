/**
 * A message as named features: word unigrams and bigrams of lemmas (with sentence-start and -end
 * marks, so a bare "no" differs from "no, I ..."), character n-grams inside words (they survive
 * typos and unseen inflections), and the types of wink-nlp entities present. A catalog name marked
 * on the reading (features/catalogMentions.ts) is one placeholder word with no character n-grams. Values are raw counts
 * here; the vectorizer weights and normalizes them.
 */
import type { MessageReading, MessageToken } from '../text/readMessage.ts';
import type { FeatureConfig } from './featureConfig.ts';
import { conceptFeatures } from './concepts.ts';
import { placeholderOf } from './placeholders.ts';
import type { CatalogMarks } from './catalogMentions.ts';

const KEPT_PUNCTUATION = new Set(['?', '!']);
const ENTITY_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'EMAIL', 'URL', 'ORDINAL']);

/** Named features with their values. */
export type NamedFeatures = Map<string, number>;

export function featurize(reading: MessageReading, config: FeatureConfig, units: string[] = wordUnits(reading.tokens, reading.catalogMarks)): NamedFeatures {
  const marks = reading.catalogMarks;
  // One map, filled group by group (words, characters, concepts: their names never collide), so
  // the features come out in the same order as three maps merged, without copying them.
  const features: NamedFeatures = new Map<string, number>();
  const padded = ['<s>', ...units, '</s>'];
  for (let n = 1; n <= config.wordNgramMax; n += 1) {
    const prefix = `w${n}:`;
    for (let i = 0; i + n <= padded.length; i += 1) {
      if (n === 1 && (padded[i] === '<s>' || padded[i] === '</s>')) continue;
      let gram = padded[i];
      for (let k = 1; k < n; k += 1) gram += ` ${padded[i + k]}`;
      features.set(prefix + gram, 1);
    }
  }
  for (const entity of reading.entities) if (ENTITY_TYPES.has(entity.type)) features.set(`e:${entity.type}`, 1);

  const { charNgramMin, charNgramMax } = config;
  const tokens = reading.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.type !== 'word' || placeholderOf(token) || marks?.has(i)) continue;
    const marked = `<${token.normal}>`;
    if (marked.length <= charNgramMin) {
      add(features, `c:${marked}`);
      continue;
    }
    for (let n = charNgramMin; n <= charNgramMax; n += 1) {
      for (let k = 0; k + n <= marked.length; k += 1) add(features, `c:${marked.slice(k, k + n)}`);
    }
  }

  if (config.conceptWeight > 0) {
    const lexicon = config.shopLexicon ? 'shop' : 'plain';
    conceptFeatures(conceptTokens(tokens, marks), lexicon, features);
  }
  return features;
}

/** The tokens the concept lexicon matches: words and placeholders, without punctuation other than "?". */
function conceptTokens(tokens: MessageToken[], marks?: CatalogMarks): { lemma: string; normal: string }[] {
  const kept: { lemma: string; normal: string }[] = [];
  tokens.forEach((token, i) => {
    const mark = marks?.get(i);
    if (mark !== undefined) {
      if (mark) kept.push({ lemma: mark, normal: mark });
      return;
    }
    const placeholder = placeholderOf(token, tokens[i - 1]);
    if (placeholder) kept.push({ lemma: placeholder, normal: placeholder });
    else if (token.type === 'punctuation' || token.type === 'symbol') {
      if (token.text === '?') kept.push({ lemma: '?', normal: '?' });
    } else kept.push({ lemma: token.lemma.toLowerCase(), normal: token.normal.toLowerCase() });
  });
  return kept;
}

/** Character n-gram features are named `c:...`; the rest are word-level. */
export function isCharFeature(name: string): boolean {
  return name.startsWith('c:');
}

/** The three feature groups, each normalized on its own. */
export const WORD_GROUP = 0;
export const CHAR_GROUP = 1;
/** Lexicon concepts (`k1:`, `k2:`). */
export const CONCEPT_GROUP = 2;

export function featureGroup(name: string): typeof WORD_GROUP | typeof CHAR_GROUP | typeof CONCEPT_GROUP {
  if (isCharFeature(name)) return CHAR_GROUP;
  if (name.startsWith('k')) return CONCEPT_GROUP;
  return WORD_GROUP;
}

/** The word-level units of a message: lemmas, placeholders and the punctuation that carries meaning. */
export function wordUnits(tokens: MessageToken[], marks?: CatalogMarks): string[] {
  const units: string[] = [];
  tokens.forEach((token, i) => {
    const mark = marks?.get(i);
    if (mark !== undefined) {
      // A catalog name is one placeholder ('' for its other words).
      if (mark) units.push(mark);
      return;
    }
    const next = tokens[i + 1];
    // "SK 104233": the prefix is part of the order number, which becomes one placeholder.
    if (/^sk-?$/i.test(token.text) && next && /^\d+$/.test(next.text)) return;
    const placeholder = placeholderOf(token, tokens[i - 1]);
    if (placeholder) {
      units.push(placeholder);
      return;
    }
    if (token.type === 'punctuation' || token.type === 'symbol') {
      if (KEPT_PUNCTUATION.has(token.text)) units.push(token.text);
      return;
    }
    // Letters drawn out for emphasis ("byeee", "sooo") are written once, so the word is one the model knows.
    units.push(token.lemma.toLowerCase().replace(/([a-z])\1{2,}/g, '$1'));
  });
  return units;
}

function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
