/**
 * The understanding layer: train, save and load the intent model, and recognize intents and
 * entities in customer messages. Plain TypeScript (wink-nlp, no botbuilder).
 */
export * from './types.ts';
export { createRecognizer, type RecognizerOptions } from './recognizer.ts';
export { loadOrTrainIntentModel, hashDataFiles, type LoadOrTrainOptions } from './training/loadOrTrain.ts';
export { trainIntentModel, DEFAULT_AMBIGUITY_MARGIN, type TrainIntentOptions, type ProgressListener } from './training/trainIntentModel.ts';
export { saveIntentModel, loadIntentModel, IntentModelError } from './model/modelFile.ts';
export { intentCount, scoreIntents, MODEL_VERSION, type IntentModel, type TrainingSummary, type ValidationSummary } from './model/intentModel.ts';
export { readIntentCsv, parseIntentCsv, IntentDataError } from './data/readIntentCsv.ts';
export { readCatalogJson } from './data/readCatalogJson.ts';
export { isOutOfScope, OUT_OF_SCOPE_LABEL } from './data/outOfScope.ts';
export { extractEntities, compileCatalogTerms, EMPTY_VOCABULARY } from './entities/extractEntities.ts';
export { readMessage } from './text/readMessage.ts';
export { FEATURE_VERSION, DEFAULT_FEATURE_CONFIG, type FeatureConfig } from './features/featureConfig.ts';
