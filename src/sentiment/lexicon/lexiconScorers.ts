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
 * English language and pass our extras on that copy, so `sentiment` used alone (the baseline in
 * `eval sentiment --baselines`) still scores with plain AFINN-165.
 */
const SHOP_LANGUAGE = 'en-shop';

let afinn: Sentiment | undefined;
let plainAfinn: Sentiment | undefined;
let wink: WinkMethods | undefined;
let winkWithoutEntities: WinkMethods | undefined;
let afinnWords: Record<string, number> | undefined;

function shopAfinn(): Sentiment {
  if (!afinn) {
    const english = require('sentiment/languages/en/index.js') as Sentiment.LanguageModule;
    afinn = new Sentiment();
    afinn.registerLanguage(SHOP_LANGUAGE, { labels: { ...english.labels }, scoringStrategy: english.scoringStrategy });
  }
  return afinn;
}

/** AFINN-165 extended with the customer-service words. */
export function scoreAfinn(text: string): Sentiment.AnalysisResult {
  return shopAfinn().analyze(text, { language: SHOP_LANGUAGE, extras: CUSTOMER_SERVICE_WORDS as Record<string, number> });
}

/** AFINN-165 as the `sentiment` package ships it (the baseline). */
export function scorePlainAfinn(text: string): Sentiment.AnalysisResult {
  plainAfinn ??= new Sentiment();
  return plainAfinn.analyze(text);
}

/** The word's AFINN value with our extras (0 when it has none). */
export function afinnValue(word: string): number {
  if (!afinnWords) {
    const english = require('sentiment/languages/en/labels.json') as Record<string, number>;
    afinnWords = { ...english, ...CUSTOMER_SERVICE_WORDS };
  }
  return Object.prototype.hasOwnProperty.call(afinnWords, word) ? afinnWords[word] : 0;
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
