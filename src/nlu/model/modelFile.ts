/**
 * The intent model on disk: one JSON file with its versions, settings, training summary (incl. the
 * hash of the data it was trained on, for the staleness check), feature names and weights. Weights
 * are rounded to 5 decimals: predictions do not change, and the file is a third of the size.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureConfig } from '../features/featureConfig.ts';
import { MODEL_VERSION, type IntentModel, type TrainingSummary } from './intentModel.ts';

export const MODEL_FORMAT = 'shopkeeper-intent-model';

interface IntentModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  featureVersion: number;
  trainedAt: string;
  dataHash?: string;
  featureConfig: FeatureConfig;
  params: TrainingSummary['params'];
  labels: string[];
  temperature: number;
  threshold: number;
  coverageExponent: number;
  intentCoverageExponent: number;
  /** Per intent, the sorted character n-gram feature rows its training messages used. */
  intentFeatures: number[][];
  ambiguityMargin: number;
  training: TrainingSummary;
  features: string[];
  /** Per feature: IDF factor (or 1). */
  idf: number[];
  bias: number[];
  /** Feature-major, features.length * labels.length numbers. */
  weights: number[];
}

export class IntentModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntentModelError';
  }
}

export function saveIntentModel(model: IntentModel, file: string): void {
  const content: IntentModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    featureVersion: model.training.featureVersion,
    trainedAt: model.training.trainedAt,
    dataHash: model.training.dataHash,
    featureConfig: model.featureConfig,
    params: model.training.params,
    labels: model.labels,
    temperature: model.temperature,
    threshold: model.threshold,
    coverageExponent: model.coverageExponent,
    intentCoverageExponent: model.intentCoverageExponent,
    intentFeatures: model.intentFeatures.map((rows) => [...rows].sort((a, b) => a - b)),
    ambiguityMargin: model.ambiguityMargin,
    training: model.training,
    features: model.featureNames,
    idf: Array.from(model.idf, round),
    bias: Array.from(model.bias, round),
    weights: Array.from(model.weights, round),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename: a bot starting while training saves never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(content));
  renameSync(partial, file);
}

export function loadIntentModel(file: string): IntentModel {
  let parsed: IntentModelFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as IntentModelFile;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IntentModelError(code === 'ENOENT' ? `${file}: no such model file` : `${file}: not a readable model file (${(error as Error).message})`);
  }
  return modelFromFile(parsed, file);
}

/** Rebuilds the model, refusing files from another format or version rather than misreading them. */
export function modelFromFile(parsed: IntentModelFile, file = 'model'): IntentModel {
  if (parsed?.format !== MODEL_FORMAT) throw new IntentModelError(`${file}: not an intent model file`);
  if (parsed.version !== MODEL_VERSION) {
    throw new IntentModelError(`${file}: model version ${parsed.version}, this Shopkeeper reads version ${MODEL_VERSION}: retrain it`);
  }
  const { labels, features, weights, bias, idf, intentFeatures } = parsed;
  if (!Array.isArray(labels) || !Array.isArray(features) || !Array.isArray(weights) || !Array.isArray(bias) || !Array.isArray(idf) || !Array.isArray(intentFeatures)) {
    throw new IntentModelError(`${file}: the model file is incomplete`);
  }
  if (weights.length !== features.length * labels.length || bias.length !== labels.length || idf.length !== features.length) {
    throw new IntentModelError(`${file}: ${weights.length} weights do not fit ${features.length} features x ${labels.length} intents`);
  }
  if (intentFeatures.length !== labels.length) throw new IntentModelError(`${file}: ${intentFeatures.length} intent feature sets for ${labels.length} intents`);
  return {
    labels,
    featureConfig: parsed.featureConfig,
    featureNames: features,
    featureIndex: new Map(features.map((name, i) => [name, i])),
    idf: Float32Array.from(idf),
    weights: Float32Array.from(weights),
    bias: Float32Array.from(bias),
    temperature: parsed.temperature,
    threshold: parsed.threshold,
    coverageExponent: parsed.coverageExponent ?? 0,
    intentCoverageExponent: parsed.intentCoverageExponent,
    intentFeatures: intentFeatures.map((rows) => new Set(rows)),
    ambiguityMargin: parsed.ambiguityMargin,
    training: { ...parsed.training, featureVersion: parsed.featureVersion, dataHash: parsed.dataHash, trainedAt: parsed.trainedAt },
  };
}

/**
 * Rounds the weights the way the file stores them. Training calls it before calibrating, so a saved
 * and reloaded model predicts exactly like the model that was saved.
 */
export function quantizeWeights(values: Float32Array): void {
  for (let i = 0; i < values.length; i += 1) values[i] = round(values[i]);
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
