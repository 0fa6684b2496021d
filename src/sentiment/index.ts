/**
 * The sentiment layer: a message scorer (cues + lexicons + a small trained softmax) and the
 * conversation rules (mood, flags, apologies). Plain TypeScript, no botbuilder.
 */
export { createSentimentScorer, type SentimentScorerOptions, type ModelSentimentScorer, type DetailedSentimentResult } from './scorer.ts';
export { describeMood, DEFAULT_MOOD_OPTIONS, slope } from './mood.ts';
export { decideFlag, DEFAULT_FLAG_POLICY } from './flags.ts';
export { apologyFor, deservesApology } from './apology.ts';
export { reasonKind, type CueKind } from './cues/cue.ts';
export { extractFeatures, FEATURE_NAMES } from './features.ts';
export { loadSentimentModel, saveSentimentModel, DEFAULT_MODEL_PATH, SENTIMENT_DATA_DIR, SentimentModelError, type SentimentModel } from './model/sentimentModel.ts';
export { trainSentimentModel, type TrainingResult } from './training/trainSentimentModel.ts';
export { loadWordValence, DEFAULT_WORD_VALENCE_PATH, type WordValence } from './words/wordValence.ts';
export { trainWordValence } from './training/trainWordValence.ts';
export { classificationReport, LABELS, type ClassificationReport, type ClassMetrics } from './evaluation/metrics.ts';
export { readLabelledFile, parseLabelled, guessFormat, DATA_FORMATS, VADER_CUTOFF, LabelledFileError, type DataFormat, type LabelledMessage } from './evaluation/readLabelled.ts';
export { evaluateScorer, type ScorerEvaluation, type NamedScorer } from './evaluation/runEvaluation.ts';
export { afinnBaseline, winkBaseline } from './evaluation/baselines.ts';
export type * from './types.ts';
