/**
 * A trained intent classifier: the feature index, the softmax weights, the calibration temperature
 * and the two decision settings chosen on validation (out-of-scope threshold, ambiguity margin).
 */
import type { FeatureConfig } from '../features/featureConfig.ts';
import { featurize, wordUnits, type NamedFeatures } from '../features/featurize.ts';
import { intentCoverage, type IntentFeatureSets } from './intentCoverage.ts';
import { inScopeScore, vocabularyCoverage, wordCount } from './vocabularyCoverage.ts';
import { readMessage, type MessageReading } from '../text/readMessage.ts';
import type { IntentScore } from '../types.ts';
import { logitsOf, softmax } from './softmax.ts';
import type { SoftmaxTrainingParams } from './softmaxTrainer.ts';
import { featureRows, toSparse, type FeatureRows } from './sparseVector.ts';
import { OUT_OF_SCOPE_LABEL } from '../data/outOfScope.ts';

/** Bump when the model file's layout or the classifier's meaning changes. */
export const MODEL_VERSION = 6;

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
  /**
   * Out-of-scope rows of the training file. They are learned as one more class (labels holds
   * OUT_OF_SCOPE_LABEL): a message that class wins is out of scope whatever the threshold.
   */
  outOfScopeExamples: number;
  features: number;
  trainedAt: string;
  seconds: number;
  /** sha256 of the training and validation files, when trained from files (staleness check). */
  dataHash?: string;
  validation?: ValidationSummary;
  /**
   * Set when the weights were retrained on training + validation rows after validation chose the concept
   * weight, temperature, threshold and coverage exponents (TrainIntentOptions.refitOnValidation):
   * trainExamples, outOfScopeExamples and features then count both files, while `validation` describes
   * the calibrated model, trained on calibratedTrainExamples rows with calibratedFeatures features.
   */
  refit?: { validationExamples: number; calibratedTrainExamples: number; calibratedFeatures: number };
}

export interface IntentModel {
  /** Sorted; includes OUT_OF_SCOPE_LABEL when the training file had out-of-scope rows (see outOfScopeRow). */
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

/** The row of the learned out-of-scope class, or -1 when the model learned none. */
export function outOfScopeRow(model: Pick<IntentModel, 'labels'>): number {
  return model.labels.indexOf(OUT_OF_SCOPE_LABEL);
}

/** How many intents the model tells apart (its labels without the learned out-of-scope class). */
export function intentCount(model: Pick<IntentModel, 'labels'>): number {
  return model.labels.length - (outOfScopeRow(model) >= 0 ? 1 : 0);
}

/** Raw class scores of a message, before calibration. */
export function intentLogits(
  model: IntentModel,
  reading: MessageReading,
  features: NamedFeatures = featurize(reading, model.featureConfig),
  rows: FeatureRows = featureRows(features, model.featureIndex),
): Float64Array {
  const { indices, values } = toSparse(features, model.featureIndex, model.idf, model.featureConfig, rows);
  return logitsOf(indices, values, model.weights, model.bias);
}

/** Every in-scope intent with its calibrated confidence, best first. */
export function scoreIntents(model: IntentModel, reading: MessageReading | string): IntentScore[] {
  return scoreMessage(model, reading).ranking;
}

export interface MessageScores {
  /**
   * Every in-scope intent with its calibrated confidence, best first (the best `rankingSize` when
   * given). The learned out-of-scope class is never ranked: it answers through `outOfScopeWins`.
   */
  ranking: IntentScore[];
  /** What the out-of-scope threshold applies to (see IntentModel.threshold). */
  inScopeScore: number;
  /** The learned out-of-scope class is likelier than every intent: out of scope whatever the threshold. */
  outOfScopeWins: boolean;
}

/**
 * The ranking and the in-scope score from one featurization of the message. `rankingSize`: keep only
 * the best that many intents (the recognizer shows five), the same as the first of the full ranking.
 */
export function scoreMessage(model: IntentModel, reading: MessageReading | string, rankingSize = Infinity): MessageScores {
  const read = typeof reading === 'string' ? readMessage(reading) : reading;
  const units = wordUnits(read.tokens, read.catalogMarks);
  const features = featurize(read, model.featureConfig, units);
  const rows = featureRows(features, model.featureIndex);
  const logits = intentLogits(model, read, features, rows);
  const probabilities = softmax(logits, model.temperature, logits);
  const outOfScope = outOfScopeRow(model);
  const ranking = rankIntents(model.labels, probabilities, rankingSize, outOfScope);
  // Labels are sorted, so the first highest probability is ranking[0] (ties rank by name).
  const best = argmaxExcept(probabilities, outOfScope);
  const outOfScopeWins = outOfScope >= 0 && probabilities[outOfScope] > probabilities[best];
  const intentShare = model.intentCoverageExponent > 0 ? intentCoverage(model, features, best, rows) : 1;
  // With exponent 0 the coverage's share does not count, only its number of words.
  const coverage = model.coverageExponent > 0 ? vocabularyCoverage(model, read, units) : { share: 1, words: wordCount(units) };
  const score = inScopeScore(ranking[0].confidence, coverage, model.coverageExponent, intentShare, model.intentCoverageExponent);
  return { ranking, inScopeScore: score, outOfScopeWins };
}

/** Index of the highest value, skipping index `skip` (first on ties). */
export function argmaxExcept(values: ArrayLike<number>, skip: number): number {
  let best = skip === 0 ? 1 : 0;
  for (let i = best + 1; i < values.length; i += 1) if (i !== skip && values[i] > values[best]) best = i;
  return best;
}

/** Higher confidence first, ties by name. */
function ranksBefore(labels: string[], probabilities: Float64Array, i: number, j: number): boolean {
  return (probabilities[j] - probabilities[i] || labels[i].localeCompare(labels[j])) < 0;
}

/**
 * The best `size` intents in ranking order: the first `size` of all intents sorted by confidence,
 * then name (a stable sort), without building and sorting one score per intent. Row `skip` (the
 * learned out-of-scope class, or -1) is left out.
 */
function rankIntents(labels: string[], probabilities: Float64Array, size: number, skip: number): IntentScore[] {
  if (size >= labels.length) {
    return labels
      .map((intent, i) => ({ intent, confidence: probabilities[i] }))
      .filter((_, i) => i !== skip)
      .sort((a, b) => b.confidence - a.confidence || a.intent.localeCompare(b.intent));
  }
  const top: number[] = [];
  for (let i = 0; i < labels.length; i += 1) {
    if (i === skip) continue;
    if (top.length === size && !ranksBefore(labels, probabilities, i, top[size - 1])) continue;
    let at = top.length;
    while (at > 0 && ranksBefore(labels, probabilities, i, top[at - 1])) at -= 1;
    top.splice(at, 0, i);
    if (top.length > size) top.pop();
  }
  return top.map((i) => ({ intent: labels[i], confidence: probabilities[i] }));
}
