/**
 * The two lexicon scorers the model builds on, loaded once per process: `sentiment` (AFINN-165 plus
 * our customer-service words) and wink-nlp (its own sentiment, negation, POS and entities).
 */
import Sentiment from 'sentiment';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CUSTOMER_SERVICE_WORDS } from './customerServiceWords.ts';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `sentiment` merges `extras` into its language's label table with Object.assign, i.e. it changes
 * the shared English table for every caller in the process. We register a private copy of the
 * English language, merge our extras into that copy and score with it, so `sentiment` used alone
 * (the baseline in `eval sentiment --baselines`) still scores with plain AFINN-165.
 */
const SHOP_LANGUAGE = 'en-shop';

let afinn: ShopAfinn | undefined;
let plainAfinn: Sentiment | undefined;
let wink: WinkMethods | undefined;
let winkWithoutEntities: WinkMethods | undefined;
let afinnWords: Record<string, number> | undefined;

interface ShopAfinn {
  /** The label table `sentiment` scores our language with: AFINN-165, its emoji, our extras. */
  labels: Record<string, number>;
  /**
   * The same table as a Map, for scoring: the words of a message are new strings, mostly not in the
   * table, and a Map answers those several times faster than an object (which looks each new string
   * up in V8's string table first). Same entries as the own properties of `labels`.
   */
  scores: Map<string, number>;
  scoringStrategy: NonNullable<Sentiment.LanguageModule['scoringStrategy']>;
}

function shopAfinn(): ShopAfinn {
  if (!afinn) {
    const english = require('sentiment/languages/en/index.js') as Sentiment.LanguageModule;
    const scoringStrategy = english.scoringStrategy ?? { apply: (_tokens: string[], _cursor: number, score: number) => score };
    const language = { labels: { ...english.labels }, scoringStrategy };
    // Registering adds the package's emoji to `language.labels`; every `analyze` call with extras
    // then merges them into that same table. Merged once here, the table is the one `sentiment` uses.
    new Sentiment().registerLanguage(SHOP_LANGUAGE, language);
    Object.assign(language.labels, CUSTOMER_SERVICE_WORDS);
    afinn = { ...language, scores: new Map(Object.entries(language.labels)) };
  }
  return afinn;
}

export interface AfinnResult {
  score: number;
  /** Sum of the positive word scores (after "not" flips), and of the negative ones as a positive number. */
  positiveSum: number;
  negativeSum: number;
  /** Words that scored positive / negative, last one first (as `sentiment` lists them). */
  positive: string[];
  negative: string[];
  tokens: number;
}

// `sentiment`'s own tokenizer (lib/tokenize.js), with its patterns compiled once. It replaces
// newlines by spaces, then its punctuation by spaces; one pass over both gives the same text.
const NEWLINES_AND_PUNCTUATION = /[\n.,\/#!?$%\^&\*;:{}=_`\"~()]/g;
const RUNS_OF_SPACE = /\s\s+/g;

/** The words `sentiment` scores in a text: lower case, split on spaces after stripping punctuation. */
export function afinnTokens(text: string): string[] {
  return text.toLowerCase().replace(NEWLINES_AND_PUNCTUATION, ' ').replace(RUNS_OF_SPACE, ' ').trim().split(' ');
}

/**
 * Words "never" turns into praise: "you never fail to make my day", "it never fails". `sentiment`
 * flips a word after "not" or "don't" but not after "never" (where "never arrived" and "never
 * happy" keep their sign).
 */
const FLIPPED_AFTER_NEVER = new Set(['fail', 'fails', 'failed']);

/**
 * AFINN-165 extended with the customer-service words: what `sentiment`'s `analyze` computes with
 * our language and extras, word for word, without its per-call cost (it merges the extras into
 * its 3,500-word table and builds a breakdown object per word on every call); two differences:
 * "never fail(s)" counts as praise, and the "no" of "no one" is not scored (as "nobody" is not).
 */
export function scoreAfinn(text: string): AfinnResult {
  const { scores, scoringStrategy } = shopAfinn();
  const tokens = afinnTokens(text);
  const positive: string[] = [];
  const negative: string[] = [];
  let score = 0;
  let positiveSum = 0;
  let negativeSum = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    const label = scores.get(token);
    if (label === undefined) continue;
    // "no one" is "nobody", which AFINN does not score: "No one makes mugs this pretty" is praise.
    if (token === 'no' && tokens[i + 1] === 'one') continue;
    let value = scoringStrategy.apply(tokens, i, label);
    if (i > 0 && tokens[i - 1] === 'never' && FLIPPED_AFTER_NEVER.has(token)) value = -value;
    if (value > 0) {
      positive.push(token);
      positiveSum += value;
    } else if (value < 0) {
      negative.push(token);
      negativeSum -= value;
    }
    score += value;
  }
  return { score, positiveSum, negativeSum, positive, negative, tokens: tokens.length };
}

/** AFINN-165 as the `sentiment` package ships it (the baseline). */
export function scorePlainAfinn(text: string): Sentiment.AnalysisResult {
  plainAfinn ??= new Sentiment();
  return plainAfinn.analyze(text);
}

/** The word's AFINN value with our extras (0 when it has none). */
export function afinnValue(word: string): number {
  const words = afinnTable();
  return Object.prototype.hasOwnProperty.call(words, word) ? words[word] : 0;
}

/** Every word AFINN-165 and our extras rate. */
export function afinnWordList(): string[] {
  return Object.keys(afinnTable());
}

function afinnTable(): Record<string, number> {
  if (!afinnWords) {
    const english = require('sentiment/languages/en/labels.json') as Record<string, number>;
    afinnWords = { ...english, ...CUSTOMER_SERVICE_WORDS };
  }
  return afinnWords;
}

export function winkNlp(): WinkMethods {
  wink ??= winkNLP(model);
  return wink;
}

/**
 * wink-nlp without its entity recognizer: tokens, POS, negation and sentiment at less than half
 * the cost of a full read (entity recognition is most of wink's time on a short message). The
 * scorer reads every message this way and asks the full pipeline only for the few messages whose
 * entities (durations, dates) it needs.
 */
export function winkNlpWithoutEntities(): WinkMethods {
  winkWithoutEntities ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  return winkWithoutEntities;
}

/** wink-nlp's own sentiment score of the text (-1..1), the baseline. */
export function scoreWink(text: string): number {
  const nlp = winkNlp();
  return nlp.readDoc(text).out(nlp.its.sentiment) as number;
}
