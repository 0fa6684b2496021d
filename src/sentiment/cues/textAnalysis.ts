/**
 * One reading of a message that every cue shares: wink-nlp's tokens, POS, negation flags and
 * entities, its sentiment score, and the AFINN result. Reading once keeps scoring fast (about 0.1 ms a message).
 */
import { afinnValue, scoreAfinn, winkNlp, winkNlpWithoutEntities } from '../lexicon/lexiconScorers.ts';

export interface TextEntity {
  value: string;
  type: string;
}

export interface TextAnalysis {
  /** The original text. */
  text: string;
  /** Lower case, curly apostrophes straightened, whitespace collapsed: what the phrase cues match. */
  lower: string;
  tokens: string[];
  normals: string[];
  pos: string[];
  /** wink-nlp marks the tokens in a negation's scope ("not [happy]", "never [arrived]"). */
  negated: boolean[];
  tokenTypes: string[];
  entities: TextEntity[];
  /** wink-nlp's sentiment, -1..1. */
  winkScore: number;
  /** AFINN-165 plus customer-service words (the `sentiment` package). */
  afinn: { score: number; positiveSum: number; negativeSum: number; positive: string[]; negative: string[]; tokens: number };
}

const CURLY = /[\u2018\u2019\u02bc\u201c\u201d]/;
const CURLY_SINGLE = /[\u2018\u2019\u02bc]/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

export function analyzeText(text: string): TextAnalysis {
  const nlp = winkNlpWithoutEntities();
  const its = nlp.its;
  const clean = CURLY.test(text) ? text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"') : text;
  const doc = nlp.readDoc(clean);
  const tokens = doc.tokens();
  const afinn = scoreAfinn(clean);
  let entities: TextEntity[] | undefined;
  return {
    text,
    lower: clean.toLowerCase().replace(/\s+/g, ' ').trim(),
    tokens: tokens.out() as string[],
    normals: tokens.out(its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    negated: tokens.out(its.negationFlag) as unknown as boolean[],
    tokenTypes: tokens.out(its.type) as string[],
    // Only the waiting cue reads entities, and only when the message talks about waiting: most
    // messages never pay for wink's entity recognizer.
    get entities(): TextEntity[] {
      entities ??= readEntities(clean);
      return entities;
    },
    winkScore: doc.out(its.sentiment) as unknown as number,
    afinn: {
      score: afinn.score,
      positiveSum: sumOf(afinn.calculation, (v) => v > 0),
      negativeSum: -sumOf(afinn.calculation, (v) => v < 0),
      positive: afinn.positive,
      negative: afinn.negative,
      tokens: afinn.tokens.length,
    },
  };
}

function readEntities(text: string): TextEntity[] {
  const nlp = winkNlp();
  return (nlp.readDoc(text).entities().out(nlp.its.detail) as unknown as TextEntity[]).map((e) => ({ value: e.value, type: e.type }));
}

/** The AFINN value of a token as written (lower case), 0 when it has none. */
export function lexiconValue(normal: string): number {
  return afinnValue(normal);
}

function sumOf(calculation: Record<string, number>[], keep: (value: number) => boolean): number {
  let sum = 0;
  for (const entry of calculation) {
    for (const value of Object.values(entry)) if (keep(value)) sum += value;
  }
  return sum;
}
