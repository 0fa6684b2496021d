/**
 * The saved sentiment model (data/sentiment/model.json): feature names, softmax weights and the
 * negative cut-off chosen on the validation set. Loaded synchronously at start; nothing is
 * downloaded.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES } from '../features.ts';
import type { SentimentLabel } from '../types.ts';
import { SENTIMENT_DATA_DIR, SentimentModelError } from './files.ts';
import type { SoftmaxWeights } from './softmaxRegression.ts';

export const MODEL_FORMAT = 'shopkeeper-sentiment/1';
export const CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export { SENTIMENT_DATA_DIR, SentimentModelError };
export const DEFAULT_MODEL_PATH = path.join(SENTIMENT_DATA_DIR, 'model.json');

export interface SentimentModel extends SoftmaxWeights {
  format: typeof MODEL_FORMAT;
  features: string[];
  classes: SentimentLabel[];
  /** A message is negative when P(negative) reaches this (chosen on the validation set). */
  negativeThreshold: number;
  training: {
    trainExamples: number;
    /** Rated general-domain sentences (VADER's reviews and editorials) learned from too, and their share. */
    generalExamples?: number;
    generalShare?: number;
    validationExamples: number;
    l2: number;
    iterations: number;
    /** Figures on the validation set with the chosen threshold. */
    validation: { accuracy: number; macroF1: number; negativePrecision: number; negativeRecall: number };
  };
}

export function loadSentimentModel(file = DEFAULT_MODEL_PATH): SentimentModel {
  let parsed: SentimentModel;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as SentimentModel;
  } catch (error) {
    throw new SentimentModelError(
      `cannot read the sentiment model ${file} (${(error as Error).message}); train one with \`npx shopkeeper train sentiment\``,
    );
  }
  checkModel(parsed, file);
  return parsed;
}

export function saveSentimentModel(model: SentimentModel, file = DEFAULT_MODEL_PATH): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(model, roundNumbers, 1)}\n`);
}

function checkModel(model: SentimentModel, file: string): void {
  if (model.format !== MODEL_FORMAT) throw new SentimentModelError(`${file} is not a ${MODEL_FORMAT} model`);
  const expected = FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected) {
    // A model trained on another version of the features would score garbage silently.
    throw new SentimentModelError(`${file} was trained on other features; retrain with \`npx shopkeeper train sentiment\``);
  }
  if (model.classes.join(',') !== CLASSES.join(',') || model.weights.length !== CLASSES.length) {
    throw new SentimentModelError(`${file} has unexpected classes`);
  }
}

/** Six significant digits are plenty for weights and keep the shipped file small and diffable. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value;
}
