/**
 * Trains the intent classifier on the training examples, out-of-scope ones as one more class, then
 * uses the validation examples (never the training ones) to calibrate confidences and to choose the
 * out-of-scope threshold for what that class does not catch.
 *
 * Why a learned class as well as the threshold: on our own data (5-fold cross-validation over train +
 * validation, scoring the validation file's rows) the threshold alone kept 0.88 of in-scope messages
 * at out-of-scope recall 0.7 and 0.78 at 0.85; with the validation file's out-of-scope rows learned as
 * a class, 0.94 and 0.88 (the class alone caught 64 % of them, in-scope top-1 0.947 -> 0.947).
 */
import { CONCEPT_WEIGHT_CANDIDATES, DEFAULT_FEATURE_CONFIG, FEATURE_VERSION, type FeatureConfig } from '../features/featureConfig.ts';
import { featurize, type NamedFeatures } from '../features/featurize.ts';
import { fitTemperature, type ScoredExample } from '../model/calibration.ts';
import { argmaxExcept, intentCount, outOfScopeRow, type IntentModel, type ValidationSummary } from '../model/intentModel.ts';
import { chooseOutOfScopeThreshold, type ThresholdChoice, type ThresholdExample } from '../model/outOfScopeThreshold.ts';
import { blendInto, trainNaiveBayes } from '../model/naiveBayes.ts';
import { trainOneVsRestHinge } from '../model/hingeTrainer.ts';
import { logitsOf, softmax } from '../model/softmax.ts';
import { DEFAULT_TRAINING_PARAMS, trainSoftmax, type SoftmaxTrainingParams } from '../model/softmaxTrainer.ts';
import { inverseDocumentFrequency, toSparse } from '../model/sparseVector.ts';
import { quantizeWeights } from '../model/modelFile.ts';
import type { MessageReading } from '../text/readMessage.ts';
import { catalogNamesOf, NO_CATALOG_NAMES } from '../features/catalogMentions.ts';
import { readForModel } from '../features/readForModel.ts';
import { COVERAGE_EXPONENTS, INTENT_COVERAGE_EXPONENTS, inScopeScore, vocabularyCoverage } from '../model/vocabularyCoverage.ts';
import { intentCoverage, intentFeatureSets } from '../model/intentCoverage.ts';
import type { CatalogVocabulary, LabelledUtterance } from '../types.ts';
import { isOutOfScope, OUT_OF_SCOPE_LABEL } from '../data/outOfScope.ts';

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
  /**
   * After validation has chosen the concept weight and fitted the temperature, threshold and coverage
   * exponents, retrain the weights on training + validation rows with the same settings and keep that
   * calibration (training.refit says so). Cross-validation that mimics this pipeline (scripts/cv-refit.ts,
   * 5 blocks of consecutive rows per intent) measured in-scope accuracy 0.921 -> 0.927, out-of-scope
   * recall 0.822 -> 0.833 and precision 0.847 -> 0.861 (24 of 25 folds better, one level over 5 blocks,
   * 10 blocks and two seeds of random folds, each by 0.6-0.9 points pooled).
   * Without validation rows this changes nothing.
   */
  refitOnValidation?: boolean;
}

export type ProgressListener = (message: string) => void;

/**
 * Trains the model; with in-scope validation rows and no explicit concept weight, once per weight of
 * CONCEPT_WEIGHT_CANDIDATES, keeping the model with the best validation top-1 accuracy (the default
 * weight unless another is strictly better). How far a hand-written lexicon helps depends on the data:
 * on CLINC150's validation split (150 intents far from shopping) 0.75 beat 1.5 (top-1 0.935 vs 0.928),
 * on Banking77's 1.5 beat 0.75 (0.901 vs 0.898); the bot's own cross-validation is level.
 */
export function trainIntentModel(
  train: LabelledUtterance[],
  validation: LabelledUtterance[] = [],
  options: TrainIntentOptions = {},
  onProgress?: ProgressListener,
): IntentModel {
  const started = performance.now();
  const choose = options.featureConfig?.conceptWeight === undefined && validation.some((u) => !isOutOfScope(u.intent));
  const weights = choose ? CONCEPT_WEIGHT_CANDIDATES : [options.featureConfig?.conceptWeight ?? DEFAULT_FEATURE_CONFIG.conceptWeight];
  let best: IntentModel | undefined;
  for (const conceptWeight of weights) {
    if (weights.length > 1) onProgress?.(`concept lexicon weight ${conceptWeight}`);
    const model = trainWithSettings(train, validation, { ...options, featureConfig: { ...options.featureConfig, conceptWeight } }, onProgress);
    if (!best || (model.training.validation?.accuracy ?? 0) > (best.training.validation?.accuracy ?? 0)) best = model;
  }
  if (weights.length > 1) onProgress?.(`kept concept lexicon weight ${best!.featureConfig.conceptWeight} (best validation top-1 accuracy)`);
  const model = options.refitOnValidation && validation.length > 0 ? refitOnValidation(best!, train, validation, options, onProgress) : best!;
  model.training.seconds = (performance.now() - started) / 1000;
  return model;
}

/**
 * The calibrated model's settings and calibration on weights retrained on training + validation rows
 * (TrainIntentOptions.refitOnValidation). Its validation summary is the calibrated model's: the refit
 * has no held-out rows left to measure it on.
 */
function refitOnValidation(
  calibrated: IntentModel,
  train: LabelledUtterance[],
  validation: LabelledUtterance[],
  options: TrainIntentOptions,
  onProgress?: ProgressListener,
): IntentModel {
  onProgress?.(`refitting the weights on ${train.length} training + ${validation.length} validation messages`);
  const model = trainWithSettings([...train, ...validation], [], { ...options, featureConfig: calibrated.featureConfig }, onProgress);
  model.temperature = calibrated.temperature;
  model.threshold = calibrated.threshold;
  model.coverageExponent = calibrated.coverageExponent;
  model.intentCoverageExponent = calibrated.intentCoverageExponent;
  model.ambiguityMargin = calibrated.ambiguityMargin;
  model.training.validation = calibrated.training.validation;
  model.training.refit = {
    validationExamples: validation.length,
    calibratedTrainExamples: calibrated.training.trainExamples,
    calibratedFeatures: calibrated.training.features,
  };
  return model;
}

function trainWithSettings(
  train: LabelledUtterance[],
  validation: LabelledUtterance[],
  options: TrainIntentOptions,
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
  // Out-of-scope rows ("oos" or an empty label) become one class named OUT_OF_SCOPE_LABEL.
  const examples = train.map((u) => (isOutOfScope(u.intent) ? { text: u.text, intent: OUT_OF_SCOPE_LABEL } : u));
  const outOfScopeExamples = examples.filter((u) => u.intent === OUT_OF_SCOPE_LABEL).length;
  if (outOfScopeExamples === examples.length) throw new Error('no in-scope training examples');
  const labels = [...new Set(examples.map((u) => u.intent))].sort();
  const intents = intentCount({ labels });
  if (intents < 2) throw new Error(`need at least two intents to train, got ${intents}`);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));

  onProgress?.(
    `reading ${examples.length} training messages (${intents} intents` +
      (outOfScopeExamples > 0 ? `, ${outOfScopeExamples} out of scope learned as a class)` : ')'),
  );
  const named = examples.map((u) => featurize(read(u.text), featureConfig));
  const documentFrequency = documentFrequencies(named);
  const featureNames = [...documentFrequency].filter(([, df]) => df >= featureConfig.minCount).map(([name]) => name).sort();
  const featureIndex = new Map(featureNames.map((name, i) => [name, i]));
  const idf = Float32Array.from(featureNames, (name) =>
    featureConfig.idf ? inverseDocumentFrequency(documentFrequency.get(name) as number, named.length) : 1,
  );
  quantizeWeights(idf);
  const vectors = named.map((features) => toSparse(features, featureIndex, idf, featureConfig));
  const targets = examples.map((u) => labelIndex.get(u.intent) as number);

  const { weights, bias } = trainSoftmax(vectors, targets, featureNames.length, labels.length, params, (r) =>
    onProgress?.(`epoch ${r.epoch}/${r.epochs}: loss ${r.loss.toFixed(4)}, training accuracy ${r.accuracy.toFixed(3)}`),
  );
  if (params.naiveBayesWeight > 0) {
    blendInto({ weights, bias }, trainNaiveBayes(vectors, targets, featureNames.length, labels.length, params.naiveBayesSmoothing), params.naiveBayesWeight);
  }
  if ((params.hingeWeight ?? 0) > 0) {
    onProgress?.('one-vs-rest linear SVMs');
    // Its own seed: the same shuffles as the softmax would make the two models' mistakes more alike.
    const hinge = trainOneVsRestHinge(vectors, targets, featureNames.length, labels.length, {
      ...params,
      epochs: params.hingeEpochs ?? 3,
      seed: params.seed + 1,
    });
    blendInto({ weights, bias }, hinge, params.hingeWeight as number);
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
    intentCoverageExponent: 0,
    intentFeatures: intentFeatureSets(vectors, targets, featureNames, labels.length),
    ambiguityMargin: options.ambiguityMargin ?? DEFAULT_AMBIGUITY_MARGIN,
    training: {
      params,
      featureVersion: FEATURE_VERSION,
      trainExamples: examples.length,
      outOfScopeExamples,
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
  const oosRow = outOfScopeRow(model);
  const scored = validation.map((u) => {
    const reading = read(u.text);
    const features = featurize(reading, model.featureConfig);
    const { indices, values } = toSparse(features, model.featureIndex, model.idf, model.featureConfig);
    const logits = logitsOf(indices, values, model.weights, model.bias);
    const best = argmaxExcept(logits, oosRow);
    return {
      utterance: u,
      logits,
      best,
      outOfScopeWins: oosRow >= 0 && logits[oosRow] > logits[best],
      // Out-of-scope rows have a target only when the model learned the class.
      target: labelIndex.get(isOutOfScope(u.intent) ? OUT_OF_SCOPE_LABEL : u.intent),
      coverage: vocabularyCoverage(model, reading),
      intentShare: intentCoverage(model, features, best),
    };
  });
  const known: ScoredExample[] = scored.filter((s) => s.target !== undefined).map((s) => ({ logits: s.logits, target: s.target as number }));
  model.temperature = fitTemperature(known);

  // For each pair of coverage exponents, the examples scored as the recognizer would and the
  // threshold they give; the pair kept is one whose threshold best serves both sides (in-scope
  // accuracy + out-of-scope recall). Without out-of-scope rows both stay 0.
  const exponentPairs = COVERAGE_EXPONENTS.flatMap((exponent) => INTENT_COVERAGE_EXPONENTS.map((intentExponent) => ({ exponent, intentExponent })));
  const candidates = exponentPairs.map(({ exponent, intentExponent }) => {
    const examples: (ThresholdExample & { margin: number })[] = scored.map((s) => {
      const p = Array.from(softmax(s.logits, model.temperature)).filter((_, i) => i !== oosRow).sort((a, b) => b - a);
      return {
        // What the recognizer compares with the threshold: confidence, discounted for unknown words and
        // words the intent never used; -1 (under every threshold) when the learned out-of-scope class wins.
        confidence: s.outOfScopeWins ? -1 : inScopeScore(p[0], s.coverage, exponent, s.intentShare, intentExponent),
        margin: p[0] - (p[1] ?? 0),
        correct: !isOutOfScope(s.utterance.intent) && !s.outOfScopeWins && s.best === s.target,
        outOfScope: isOutOfScope(s.utterance.intent),
      };
    });
    const choice = chooseOutOfScopeThreshold(examples);
    return { exponent, intentExponent, examples, choice, value: choice.inScopeAccuracy + choice.outOfScopeRecall };
  });
  const hasOutOfScope = scored.some((s) => isOutOfScope(s.utterance.intent));
  const kept = fixedThreshold === undefined && hasOutOfScope ? steadiestPair(candidates) : candidates[0];
  const { examples, choice } = kept;
  model.coverageExponent = kept.exponent;
  model.intentCoverageExponent = kept.intentExponent;
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

/**
 * Among the exponent pairs whose value is within one out-of-scope example of the best, the one
 * that turns away the fewest in-scope customers (highest in-scope accuracy; then the earlier, simpler
 * pair). Taking the plain best was noise: 25 out-of-scope rows added to our validation file swung the
 * choice from coverage^2 to coverage^0 on a difference of 0.009 (one example of 124) and the
 * threshold from 0.43 to 0.83, the same trap the threshold rule (model/outOfScopeThreshold.ts) avoids.
 */
function steadiestPair<T extends { value: number; choice: ThresholdChoice; examples: ThresholdExample[] }>(candidates: T[]): T {
  const outOfScope = candidates[0].examples.filter((e) => e.outOfScope).length;
  const best = Math.max(...candidates.map((c) => c.value));
  const near = candidates.filter((c) => c.value >= best - 1 / Math.max(1, outOfScope) - 1e-9);
  return near.reduce((a, b) => (b.choice.inScopeAccuracy > a.choice.inScopeAccuracy + 1e-9 ? b : a));
}
