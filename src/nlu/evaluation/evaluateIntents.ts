/**
 * Trains on one file and measures on another, one message at a time through the same recognizer
 * the bot uses (so the latency includes reading the message and extracting entities). Used by
 * `shopkeeper eval intents` and by the tests that keep the bot's accuracy up.
 */
import { isOutOfScope, OUT_OF_SCOPE_LABEL } from '../data/outOfScope.ts';
import { EMPTY_VOCABULARY } from '../entities/extractEntities.ts';
import { intentCount, type IntentModel } from '../model/intentModel.ts';
import { createRecognizer } from '../recognizer.ts';
import { trainIntentModel, type ProgressListener, type TrainIntentOptions } from '../training/trainIntentModel.ts';
import { NO_INTENT, type CatalogVocabulary, type LabelledUtterance } from '../types.ts';
import { intentMetrics, quantile, type IntentMetrics } from './intentMetrics.ts';

export interface IntentEvaluation extends IntentMetrics {
  threshold: number;
  /** Where the threshold came from. */
  thresholdSource: 'validation' | 'option' | 'none';
  temperature: number;
  trainExamples: number;
  validationExamples: number;
  intents: number;
  trainSeconds: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

export interface EvaluationInput {
  train: LabelledUtterance[];
  validation?: LabelledUtterance[];
  test: LabelledUtterance[];
  /** Fixed out-of-scope threshold instead of the one chosen on validation. */
  threshold?: number;
  training?: TrainIntentOptions;
  /** The shop's catalog: training marks its product and category names, and so does the recognizer. */
  catalog?: CatalogVocabulary;
  onProgress?: ProgressListener;
  /** Called after each test message. */
  onTested?: (done: number, total: number) => void;
}

export function trainAndEvaluate(input: EvaluationInput): IntentEvaluation {
  const validation = input.validation ?? [];
  const started = performance.now();
  const model = trainIntentModel(
    input.train,
    validation,
    { ...input.training, threshold: input.threshold, ...(input.catalog ? { catalog: input.catalog } : {}) },
    input.onProgress,
  );
  const trainSeconds = (performance.now() - started) / 1000;
  const hasOutOfScopeValidation = validation.some((u) => isOutOfScope(u.intent));
  const source = input.threshold !== undefined ? 'option' : hasOutOfScopeValidation ? 'validation' : 'none';
  const warmUpTexts = input.train.slice(0, WARM_UP).map((u) => u.text);
  return {
    ...evaluateModel(model, input.test, input.onTested, input.catalog, warmUpTexts),
    thresholdSource: source,
    trainSeconds,
    validationExamples: validation.length,
  };
}

/**
 * The bot recognizes messages in a long-running process, where V8 has long since compiled the hot
 * paths (wink-nlp's tagger, featurizing, scoring). The first hundred or so calls run in the
 * interpreter and cost several times more, and right after training the garbage collector is still
 * clearing training's arrays; so this many messages are recognized untimed first (training texts
 * when there are any, never counted in the figures), as the sentiment evaluation does.
 */
export const WARM_UP = 300;

export function evaluateModel(
  model: IntentModel,
  test: LabelledUtterance[],
  onTested?: (done: number, total: number) => void,
  catalog: CatalogVocabulary = EMPTY_VOCABULARY,
  warmUpTexts: string[] = test.slice(0, WARM_UP).map((u) => u.text),
): Omit<IntentEvaluation, 'thresholdSource' | 'trainSeconds' | 'validationExamples'> {
  const recognizer = createRecognizer(model, catalog);
  for (let i = 0; i < WARM_UP && warmUpTexts.length > 0; i++) recognizer.recognize(warmUpTexts[i % warmUpTexts.length]);
  const predicted: string[] = [];
  const latencies: number[] = [];
  test.forEach((u, i) => {
    const started = performance.now();
    const recognition = recognizer.recognize(u.text);
    latencies.push(performance.now() - started);
    predicted.push(recognition.intent === NO_INTENT ? OUT_OF_SCOPE_LABEL : recognition.intent);
    onTested?.(i + 1, test.length);
  });
  const expected = test.map((u) => (isOutOfScope(u.intent) ? OUT_OF_SCOPE_LABEL : u.intent));
  return {
    ...intentMetrics(expected, predicted),
    threshold: model.threshold,
    temperature: model.temperature,
    trainExamples: model.training.trainExamples,
    intents: intentCount(model),
    latencyP50Ms: quantile(latencies, 0.5),
    latencyP99Ms: quantile(latencies, 0.99),
  };
}
