/**
 * A trained intent classifier: the feature index, the softmax weights, the calibration temperature
 * and the two decision settings chosen on validation (out-of-scope threshold, ambiguity margin).
 */
import type { FeatureConfig } from '../features/featureConfig.ts';
import { featurize, type NamedFeatures } from '../features/featurize.ts';
import { intentCoverage, type IntentFeatureSets } from './intentCoverage.ts';
import { inScopeScore, vocabularyCoverage } from './vocabularyCoverage.ts';
import { readMessage, type MessageReading } from '../text/readMessage.ts';
import type { IntentScore } from '../types.ts';
import { logitsOf, softmax } from './softmax.ts';
import { argmax, type SoftmaxTrainingParams } from './softmaxTrainer.ts';
import { toSparse } from './sparseVector.ts';

/** Bump when the model file's layout or the classifier's meaning changes. */
export const MODEL_VERSION = 4;

export interface ValidationSummary {
  examples: number;
  outOfScopeExamples: number;
  /** Before the threshold: share of in-scope messages whose best intent is right. */
  accuracy: number;
  /** With the threshold: in-scope messages recognized (right intent, confident enough). */
  inScopeAccuracy: number;
  outOfScopeRecall: number;
  /** Share of in-scope messages that would be flagged ambiguous. */
  ambiguousRate: number;
}

export interface TrainingSummary {
  params: SoftmaxTrainingParams;
  featureVersion: number;
  trainExamples: number;
  /** Out-of-scope rows in the training file are skipped: the model learns in-scope intents only. */
  skippedOutOfScope: number;
  features: number;
  trainedAt: string;
  seconds: number;
  /** sha256 of the training and validation files, when trained from files (staleness check). */
  dataHash?: string;
  validation?: ValidationSummary;
}

export interface IntentModel {
  labels: string[];
  featureConfig: FeatureConfig;
  featureNames: string[];
  featureIndex: Map<string, number>;
  /** Per feature: the factor its count is scaled by (IDF, or 1). */
  idf: Float32Array;
  /** Feature-major: weights[feature * labels.length + label]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Logits are divided by this before the softmax (temperature scaling). */
  temperature: number;
  /**
   * Below this score the message is out of scope: calibrated confidence × vocabulary coverage^coverageExponent
   * (model/vocabularyCoverage.ts) × intent coverage^intentCoverageExponent (model/intentCoverage.ts).
   */
  threshold: number;
  /** How much unknown words discount the score: 0 (not at all) or 2, chosen on validation. */
  coverageExponent: number;
  /** How much words the best intent's examples never used discount the score: 0, 1 or 2, chosen on validation. */
  intentCoverageExponent: number;
  /** Per intent, the character n-gram rows its training messages used (for intent coverage). */
  intentFeatures: IntentFeatureSets;
  /** Top two confidences closer than this: ambiguous. */
  ambiguityMargin: number;
  training: TrainingSummary;
}

/** Raw class scores of a message, before calibration. */
export function intentLogits(model: IntentModel, reading: MessageReading, features: NamedFeatures = featurize(reading, model.featureConfig)): Float64Array {
  const { indices, values } = toSparse(features, model.featureIndex, model.idf, model.featureConfig);
  return logitsOf(indices, values, model.weights, model.bias);
}

/** Every intent with its calibrated confidence, best first. */
export function scoreIntents(model: IntentModel, reading: MessageReading | string): IntentScore[] {
  return scoreMessage(model, reading).ranking;
}

export interface MessageScores {
  /** Every intent with its calibrated confidence, best first. */
  ranking: IntentScore[];
  /** What the out-of-scope threshold applies to (see IntentModel.threshold). */
  inScopeScore: number;
}

/** The ranking and the in-scope score from one featurization of the message. */
export function scoreMessage(model: IntentModel, reading: MessageReading | string): MessageScores {
  const read = typeof reading === 'string' ? readMessage(reading) : reading;
  const features = featurize(read, model.featureConfig);
  const probabilities = softmax(intentLogits(model, read, features), model.temperature);
  const ranking = model.labels
    .map((intent, i) => ({ intent, confidence: probabilities[i] }))
    .sort((a, b) => b.confidence - a.confidence || a.intent.localeCompare(b.intent));
  // Labels are sorted, so the first highest probability is ranking[0] (ties rank by name).
  const best = argmax(probabilities);
  const intentShare = model.intentCoverageExponent > 0 ? intentCoverage(model, features, best) : 1;
  const score = inScopeScore(ranking[0].confidence, vocabularyCoverage(model, read), model.coverageExponent, intentShare, model.intentCoverageExponent);
  return { ranking, inScopeScore: score };
}
