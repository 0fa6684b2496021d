/**
 * Trains the intent classifier on in-scope examples, then uses the validation examples (never the
 * training ones) to calibrate confidences and to choose the out-of-scope threshold.
 */
import { DEFAULT_FEATURE_CONFIG, FEATURE_VERSION, type FeatureConfig } from '../features/featureConfig.ts';
import { featurize, type NamedFeatures } from '../features/featurize.ts';
import { fitTemperature, type ScoredExample } from '../model/calibration.ts';
import type { IntentModel, ValidationSummary } from '../model/intentModel.ts';
import { chooseOutOfScopeThreshold, type ThresholdExample } from '../model/outOfScopeThreshold.ts';
import { blendInto, trainNaiveBayes } from '../model/naiveBayes.ts';
import { logitsOf, softmax } from '../model/softmax.ts';
import { argmax, DEFAULT_TRAINING_PARAMS, trainSoftmax, type SoftmaxTrainingParams } from '../model/softmaxTrainer.ts';
import { inverseDocumentFrequency, toSparse } from '../model/sparseVector.ts';
import { quantizeWeights } from '../model/modelFile.ts';
import type { MessageReading } from '../text/readMessage.ts';
import { catalogNamesOf, NO_CATALOG_NAMES } from '../features/catalogMentions.ts';
import { readForModel } from '../features/readForModel.ts';
import { COVERAGE_EXPONENTS, inScopeScore, vocabularyCoverage } from '../model/vocabularyCoverage.ts';
import type { CatalogVocabulary, LabelledUtterance } from '../types.ts';
import { isOutOfScope } from '../data/outOfScope.ts';

export const DEFAULT_AMBIGUITY_MARGIN = 0.1;

export interface TrainIntentOptions {
  params?: Partial<SoftmaxTrainingParams>;
  featureConfig?: Partial<FeatureConfig>;
  /** Fixed out-of-scope threshold; by default it is chosen on validation (0 without out-of-scope validation rows). */
  threshold?: number;
  ambiguityMargin?: number;
  /**
   * The catalog the training and validation rows were written for (the demo shop's): its product and
   * category names become placeholders, and the model reads the running shop's names the same way.
   */
  catalog?: Pick<CatalogVocabulary, 'products' | 'categories'>;
}

export type ProgressListener = (message: string) => void;

export function trainIntentModel(
  train: LabelledUtterance[],
  validation: LabelledUtterance[] = [],
  options: TrainIntentOptions = {},
  onProgress?: ProgressListener,
): IntentModel {
  const started = performance.now();
  const params: SoftmaxTrainingParams = { ...DEFAULT_TRAINING_PARAMS, ...options.params };
  const catalogNames = options.catalog ? catalogNamesOf(options.catalog) : NO_CATALOG_NAMES;
  const shopData = catalogNames.products.length + catalogNames.categories.length > 0;
  const featureConfig: FeatureConfig = {
    ...DEFAULT_FEATURE_CONFIG,
    // Rows written for a shop (a catalog came with them) read with the shop's lexicon; an explicit setting wins.
    ...(shopData ? { shopLexicon: true } : {}),
    ...options.featureConfig,
    ...(shopData ? { catalogNames: true } : {}),
  };
  const read = (text: string) => readForModel(text, featureConfig, catalogNames);
  const inScope = train.filter((u) => !isOutOfScope(u.intent));
  if (inScope.length === 0) throw new Error('no in-scope training examples');
  const labels = [...new Set(inScope.map((u) => u.intent))].sort();
  if (labels.length < 2) throw new Error(`need at least two intents to train, got ${labels.length}`);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));

  onProgress?.(`reading ${inScope.length} training messages (${labels.length} intents)`);
  const named = inScope.map((u) => featurize(read(u.text), featureConfig));
  const documentFrequency = documentFrequencies(named);
  const featureNames = [...documentFrequency].filter(([, df]) => df >= featureConfig.minCount).map(([name]) => name).sort();
  const featureIndex = new Map(featureNames.map((name, i) => [name, i]));
  const idf = Float32Array.from(featureNames, (name) =>
    featureConfig.idf ? inverseDocumentFrequency(documentFrequency.get(name) as number, named.length) : 1,
  );
  quantizeWeights(idf);
  const vectors = named.map((features) => toSparse(features, featureIndex, idf, featureConfig));
  const targets = inScope.map((u) => labelIndex.get(u.intent) as number);

  const { weights, bias } = trainSoftmax(vectors, targets, featureNames.length, labels.length, params, (r) =>
    onProgress?.(`epoch ${r.epoch}/${r.epochs}: loss ${r.loss.toFixed(4)}, training accuracy ${r.accuracy.toFixed(3)}`),
  );
  if (params.naiveBayesWeight > 0) {
    blendInto({ weights, bias }, trainNaiveBayes(vectors, targets, featureNames.length, labels.length, params.naiveBayesSmoothing), params.naiveBayesWeight);
  }
  quantizeWeights(weights);
  quantizeWeights(bias);

  const model: IntentModel = {
    labels,
    featureConfig,
    featureNames,
    featureIndex,
    idf,
    weights,
    bias,
    temperature: 1,
    threshold: options.threshold ?? 0,
    coverageExponent: 0,
    ambiguityMargin: options.ambiguityMargin ?? DEFAULT_AMBIGUITY_MARGIN,
    training: {
      params,
      featureVersion: FEATURE_VERSION,
      trainExamples: inScope.length,
      skippedOutOfScope: train.length - inScope.length,
      features: featureNames.length,
      trainedAt: new Date().toISOString(),
      seconds: 0,
    },
  };
  if (validation.length > 0) {
    model.training.validation = calibrate(model, validation, labelIndex, options.threshold, read);
    const v = model.training.validation;
    onProgress?.(
      `validation: temperature ${model.temperature.toFixed(3)}, out-of-scope threshold ${model.threshold.toFixed(3)}, ` +
        `in-scope accuracy ${v.inScopeAccuracy.toFixed(3)}, out-of-scope recall ${v.outOfScopeRecall.toFixed(3)}`,
    );
  }
  model.training.seconds = (performance.now() - started) / 1000;
  return model;
}

/** Fits the temperature on in-scope validation messages, then the threshold on all of them. Mutates the model. */
function calibrate(
  model: IntentModel,
  validation: LabelledUtterance[],
  labelIndex: Map<string, number>,
  fixedThreshold: number | undefined,
  read: (text: string) => MessageReading,
): ValidationSummary {
  const scored = validation.map((u) => {
    const reading = read(u.text);
    const { indices, values } = toSparse(featurize(reading, model.featureConfig), model.featureIndex, model.idf, model.featureConfig);
    return {
      utterance: u,
      logits: logitsOf(indices, values, model.weights, model.bias),
      target: labelIndex.get(u.intent),
      coverage: vocabularyCoverage(model, reading),
    };
  });
  const known: ScoredExample[] = scored.filter((s) => s.target !== undefined).map((s) => ({ logits: s.logits, target: s.target as number }));
  model.temperature = fitTemperature(known);

  // For each coverage exponent, the examples scored as the recognizer would and the threshold they
  // give; the exponent kept is the one whose threshold best serves both sides (in-scope accuracy +
  // out-of-scope recall). Without out-of-scope rows the exponent stays 0.
  const candidates = COVERAGE_EXPONENTS.map((exponent) => {
    const examples: (ThresholdExample & { margin: number })[] = scored.map((s) => {
      const p = Array.from(softmax(s.logits, model.temperature)).sort((a, b) => b - a);
      const best = argmax(s.logits);
      return {
        // What the recognizer compares with the threshold: confidence, discounted for unknown words when exponent > 0.
        confidence: inScopeScore(p[0], s.coverage, exponent),
        margin: p[0] - (p[1] ?? 0),
        correct: s.target !== undefined && best === s.target,
        outOfScope: isOutOfScope(s.utterance.intent),
      };
    });
    const choice = chooseOutOfScopeThreshold(examples);
    return { exponent, examples, choice, value: choice.inScopeAccuracy + choice.outOfScopeRecall };
  });
  const hasOutOfScope = scored.some((s) => isOutOfScope(s.utterance.intent));
  const kept = fixedThreshold === undefined && hasOutOfScope ? candidates.reduce((a, b) => (b.value > a.value + 1e-9 ? b : a)) : candidates[0];
  const { examples, choice } = kept;
  model.coverageExponent = kept.exponent;
  model.threshold = fixedThreshold ?? choice.threshold;
  const inScope = examples.filter((e) => !e.outOfScope);
  const outOfScope = examples.filter((e) => e.outOfScope);
  return {
    examples: examples.length,
    outOfScopeExamples: outOfScope.length,
    accuracy: share(inScope, (e) => e.correct),
    inScopeAccuracy: share(inScope, (e) => e.correct && e.confidence >= model.threshold),
    outOfScopeRecall: share(outOfScope, (e) => e.confidence < model.threshold),
    ambiguousRate: share(inScope, (e) => e.margin < model.ambiguityMargin),
  };
}

/** In how many messages each feature occurs. */
function documentFrequencies(named: NamedFeatures[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const features of named) for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function share<T>(items: T[], test: (item: T) => boolean): number {
  return items.length ? items.filter(test).length / items.length : 0;
}
