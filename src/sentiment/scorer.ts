/**
 * The message scorer the bot uses: cue features (AFINN with customer-service words, wink-nlp,
 * learned word valence, waiting times, repeated contact, threats, ...) weighed by the trained
 * softmax model.
 */
import { extractFeatures, FEATURE_NAMES } from './features.ts';
import { hasNegativeEvidence, labelFromProbabilities } from './model/decision.ts';
import { CLASSES, loadSentimentModel, type SentimentModel } from './model/sentimentModel.ts';
import { softmaxProbabilities } from './model/softmaxRegression.ts';
import type { SentimentResult, SentimentScorer } from './types.ts';
import { loadWordValence, type WordValence } from './words/wordValence.ts';

export interface SentimentScorerOptions {
  /** A model already in memory (tests, training); otherwise it is read from modelPath. */
  model?: SentimentModel;
  /** Default: data/sentiment/model.json in this repository. */
  modelPath?: string;
  /** The word-valence table (default: data/sentiment/word-valence.json); cross-validation passes its fold's. */
  words?: WordValence;
  /** Overrides the model's negative cut-off on P(negative) (0..1): lower catches more unhappy customers. */
  negativeThreshold?: number;
}

export interface DetailedSentimentResult extends SentimentResult {
  probabilities: Record<(typeof CLASSES)[number], number>;
}

export interface ModelSentimentScorer extends SentimentScorer {
  score(text: string): DetailedSentimentResult;
  readonly negativeThreshold: number;
}

const NO_LEXICON_WORDS = FEATURE_NAMES.indexOf('noLexiconWords');

/** Longer texts are cut: the cues sit in the first lines and scoring stays fast. */
const MAX_SCORED_CHARACTERS = 2000;

export function createSentimentScorer(options: SentimentScorerOptions = {}): ModelSentimentScorer {
  const model = options.model ?? loadSentimentModel(options.modelPath);
  const negativeThreshold = options.negativeThreshold ?? model.negativeThreshold;
  if (!(negativeThreshold > 0 && negativeThreshold < 1)) throw new RangeError('the negative threshold must be between 0 and 1');
  const words = options.words ?? loadWordValence();
  const probabilities = new Float64Array(CLASSES.length);
  // Read by the softmax right away and never handed out: one array serves every message.
  const features = new Float64Array(FEATURE_NAMES.length);
  return {
    negativeThreshold,
    score(text: string): DetailedSentimentResult {
      const { values, reasons, kinds } = extractFeatures(text.slice(0, MAX_SCORED_CHARACTERS), words, features);
      const p = softmaxProbabilities(model, values, probabilities);
      const label = labelFromProbabilities(p, negativeThreshold, hasNegativeEvidence(kinds, values[NO_LEXICON_WORDS] === 0));
      return {
        score: round(p[2] - p[0]),
        label,
        confidence: round(p[CLASSES.indexOf(label)]),
        reasons,
        probabilities: { negative: round(p[0]), neutral: round(p[1]), positive: round(p[2]) },
      };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
