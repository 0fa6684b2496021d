/**
 * What the bot does at start: use the saved model when it was trained on exactly the current data
 * files with the current feature and model versions, otherwise train one and save it. Editing an
 * utterance in data/intents is enough to get a fresh model on the next start.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readIntentCsv } from '../data/readIntentCsv.ts';
import { readCatalogJson } from '../data/readCatalogJson.ts';
import { FEATURE_VERSION } from '../features/featureConfig.ts';
import type { IntentModel } from '../model/intentModel.ts';
import { IntentModelError, loadIntentModel, saveIntentModel } from '../model/modelFile.ts';
import { trainIntentModel, type ProgressListener, type TrainIntentOptions } from './trainIntentModel.ts';

export interface LoadOrTrainOptions {
  trainPath: string;
  validationPath?: string;
  /** The products file the training rows were written for (data/demo-shop/products.json): its names become placeholders. */
  catalogPath?: string;
  modelPath: string;
  onProgress?: ProgressListener;
  training?: TrainIntentOptions;
}

export async function loadOrTrainIntentModel(options: LoadOrTrainOptions): Promise<{ model: IntentModel; trained: boolean }> {
  const { trainPath, validationPath, catalogPath, modelPath, onProgress } = options;
  const dataHash = hashDataFiles(trainPath, validationPath, catalogPath);
  if (existsSync(modelPath)) {
    const saved = readSavedModel(modelPath, dataHash, Boolean(options.training?.refitOnValidation && validationPath));
    if (saved.model) return { model: saved.model, trained: false };
    onProgress?.(`retraining: ${saved.stale}`);
  } else {
    onProgress?.(`no model at ${modelPath}: training one`);
  }
  const training = catalogPath ? { ...options.training, catalog: readCatalogJson(catalogPath) } : options.training;
  const model = trainIntentModel(readIntentCsv(trainPath), validationPath ? readIntentCsv(validationPath) : [], training, onProgress);
  model.training.dataHash = dataHash;
  saveIntentModel(model, modelPath);
  onProgress?.(`saved ${modelPath} (${model.training.seconds.toFixed(1)} s)`);
  return { model, trained: true };
}

/** sha256 over the training, validation and catalog files' bytes (a missing file is an error, not a silent change). */
export function hashDataFiles(trainPath: string, validationPath?: string, catalogPath?: string): string {
  const hash = createHash('sha256');
  for (const file of [trainPath, validationPath, catalogPath]) {
    if (!file) continue;
    try {
      hash.update(readFileSync(file));
    } catch {
      throw new Error(`${file}: no such file (the intent model trains from it)`);
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The saved model, or why it cannot be used. */
function readSavedModel(modelPath: string, dataHash: string, refit: boolean): { model?: IntentModel; stale?: string } {
  let model: IntentModel;
  try {
    model = loadIntentModel(modelPath);
  } catch (error) {
    if (error instanceof IntentModelError) return { stale: error.message };
    throw error;
  }
  if (model.training.featureVersion !== FEATURE_VERSION) return { stale: `feature version ${model.training.featureVersion} is not ${FEATURE_VERSION}` };
  if (model.training.dataHash !== dataHash) return { stale: 'the training, validation or catalog file changed' };
  if ((model.training.refit !== undefined) !== refit) return { stale: refit ? 'the weights are to be refitted on the validation rows too' : 'the weights are not to be refitted on the validation rows' };
  return { model };
}
