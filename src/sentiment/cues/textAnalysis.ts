/**
 * One reading of a message that every cue shares: wink-nlp's tokens, POS, negation flags and
 * entities, its sentiment score, and the AFINN result. Reading once keeps scoring fast (about 0.1 ms a message).
 */
import type { WinkMethods } from 'wink-nlp';
import { afinnValue, scoreAfinn, winkNlp, winkNlpWithoutEntities, type AfinnResult } from '../lexicon/lexiconScorers.ts';
import { correctPraiseNegation } from './praiseNegation.ts';
import { mayNeedEntities } from './waitingTime.ts';

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
  afinn: AfinnResult;
}

const CURLY = /[\u2018\u2019\u02bc\u201c\u201d]/;
const CURLY_SINGLE = /[\u2018\u2019\u02bc]/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

const SPACES = /\s+/g;

export function analyzeText(text: string): TextAnalysis {
  const clean = CURLY.test(text) ? text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"') : text;
  const lowerClean = clean.toLowerCase();
  const lower = lowerClean.replace(SPACES, ' ').trim();
  // wink's entity recognizer is most of its time on a short message, and only the waiting cue reads
  // entities, for the few messages that speak of waiting with a date ("since Monday"). Those are read
  // once with the full pipeline; the rest without it.
  const withEntities = mayNeedEntities(lower);
  const nlp = withEntities ? winkNlp() : winkNlpWithoutEntities();
  const its = nlp.its;
  const doc = nlp.readDoc(clean);
  const tokens = doc.tokens();
  let entities: TextEntity[] | undefined = withEntities ? entityDetails(doc, nlp) : undefined;
  const normals = tokens.out(its.normal) as string[];
  const pos = tokens.out(its.pos) as string[];
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];
  correctPraiseNegation(normals, pos, negated);
  return {
    text,
    lower,
    tokens: tokens.out() as string[],
    normals,
    pos,
    negated,
    tokenTypes: tokens.out(its.type) as string[],
    get entities(): TextEntity[] {
      entities ??= readEntities(clean);
      return entities;
    },
    winkScore: doc.out(its.sentiment) as unknown as number,
    // AFINN lower-cases what it reads; already lower case, the text is not copied again.
    afinn: scoreAfinn(lowerClean),
  };
}

function readEntities(text: string): TextEntity[] {
  const nlp = winkNlp();
  return entityDetails(nlp.readDoc(text), nlp);
}

function entityDetails(doc: ReturnType<WinkMethods['readDoc']>, nlp: WinkMethods): TextEntity[] {
  return (doc.entities().out(nlp.its.detail) as unknown as TextEntity[]).map((e) => ({ value: e.value, type: e.type }));
}

/** The AFINN value of a token as written (lower case), 0 when it has none. */
export function lexiconValue(normal: string): number {
  return afinnValue(normal);
}
