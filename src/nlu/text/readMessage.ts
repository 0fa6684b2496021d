/**
 * One reading of a customer message by wink-nlp, shared by the intent features and the entity
 * extractors so each message is tokenized once (about 0.1 ms). wink-nlp is loaded once per process.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface MessageToken {
  /** As written. */
  text: string;
  /** wink-nlp's normal form: lower case, contractions expanded ("'s" -> "is"). */
  normal: string;
  /** Dictionary form ("ordered" -> "order", "shoes" -> "shoe"). */
  lemma: string;
  /** wink-nlp's token type: word, number, punctuation, email, url, currency, emoji, ... */
  type: string;
  pos: string;
  /** Character offsets in `MessageReading.text`. */
  start: number;
  end: number;
}

export interface MessageEntity {
  /** wink-nlp's entity type: DATE, TIME, DURATION, MONEY, CARDINAL, EMAIL, ... */
  type: string;
  value: string;
  /** Token indexes, inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface MessageReading {
  /** The message with curly quotes straightened (offsets refer to this text). */
  text: string;
  tokens: MessageToken[];
  entities: MessageEntity[];
  /** Catalog names found in the message (features/catalogMentions.ts), when the model reads them. */
  catalogMarks?: Map<number, string>;
}

let wink: WinkMethods | undefined;

export function winkNlp(): WinkMethods {
  wink ??= winkNLP(model);
  return wink;
}

export function readMessage(raw: string): MessageReading {
  const text = raw.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const nlp = winkNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  // wink's typings declare `out()` as returning string | string[]; each call here returns one value per token.
  const words = tokens.out() as string[];
  const normals = tokens.out(its.normal) as string[];
  const lemmas = tokens.out(its.lemma) as string[];
  const types = tokens.out(its.type) as string[];
  const pos = tokens.out(its.pos) as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];

  const read: MessageToken[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const found = text.indexOf(word, cursor);
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + word.length : cursor;
    cursor = end;
    // wink has no lemma for a few words ("cant"): the normal form stands in.
    const normal = normals[i] ?? word.toLowerCase();
    read.push({ text: word, normal, lemma: lemmas[i] ?? normal, type: types[i], pos: pos[i], start, end });
  });
  const entities = details.map((d, i) => ({ type: d.type, value: d.value, firstToken: spans[i][0], lastToken: spans[i][1] }));
  return { text, tokens: read, entities };
}
