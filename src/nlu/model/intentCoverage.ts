/**
 * How much of a message the best intent's own training messages account for. An out-of-scope
 * question that shares one strong word with an intent ("does our bank have free notary" -> a
 * banking intent) gets a confident best intent, but most of its character n-grams never occurred in
 * that intent's examples; an in-scope message mostly reuses them. Intent coverage is the
 * IDF-weighted share of the message's character n-grams (the typo-proof group) seen in the best
 * intent's training messages; an n-gram the model never saw at all weighs as much as the rarest one.
 *
 * Chosen on CLINC150's validation split (train on train, score validation, nothing from test), with
 * a naive-Bayes-blended model: AUROC of out-of-scope detection 0.944 with the calibrated confidence
 * alone, 0.952 with the global vocabulary coverage² (model/vocabularyCoverage.ts), 0.966 with
 * confidence × intent coverage; whole-word and word-pair coverage by intent gave 0.959 and 0.949,
 * nearest-training-example cosine 0.84 alone and lower in combination, energy and top-two margin
 * below plain confidence. In the bot's own 5-fold cross-validation, in-scope accuracy at
 * out-of-scope recall 0.5 / 0.7 / 0.85 went from 0.921 / 0.877 / 0.834 (vocabulary coverage²) to
 * 0.922 / 0.885 / 0.842 (× intent coverage). Training chooses the exponent (0, 1 or 2) on validation.
 */
import { CHAR_GROUP, isCharFeature, type NamedFeatures } from '../features/featurize.ts';
import { featureRows, type FeatureRows, type SparseVector } from './sparseVector.ts';

/** Per intent, the character n-gram feature rows its training messages used. */
export type IntentFeatureSets = Set<number>[];

/** Collects, for each intent, the character n-gram rows of its training vectors. */
export function intentFeatureSets(vectors: SparseVector[], targets: number[], featureNames: string[], intents: number): IntentFeatureSets {
  const sets: IntentFeatureSets = Array.from({ length: intents }, () => new Set<number>());
  vectors.forEach(({ indices }, i) => {
    for (const row of indices) if (isCharFeature(featureNames[row])) sets[targets[i]].add(row);
  });
  return sets;
}

interface CoverageModel {
  featureIndex: ReadonlyMap<string, number>;
  idf: Float32Array;
  intentFeatures: IntentFeatureSets;
}

const rarestWeight = new WeakMap<Float32Array, number>();

/**
 * IDF-weighted share (0..1) of the message's character n-grams seen in the intent's training messages; 1 without any.
 * `rows`: the features already looked up in the model (model/sparseVector.ts), when the caller has them.
 */
export function intentCoverage(
  model: CoverageModel,
  features: NamedFeatures,
  intent: number,
  { rows, groups }: FeatureRows = featureRows(features, model.featureIndex),
): number {
  const seen = model.intentFeatures[intent];
  if (!seen) return 1;
  const unknownWeight = rarest(model.idf);
  let total = 0;
  let known = 0;
  for (let k = 0; k < rows.length; k += 1) {
    if (groups[k] !== CHAR_GROUP) continue;
    const row = rows[k];
    const weight = row < 0 ? unknownWeight : model.idf[row];
    total += weight;
    if (row >= 0 && seen.has(row)) known += weight;
  }
  return total > 0 ? known / total : 1;
}

function rarest(idf: Float32Array): number {
  let weight = rarestWeight.get(idf);
  if (weight === undefined) {
    weight = 1;
    for (const w of idf) if (w > weight) weight = w;
    rarestWeight.set(idf, weight);
  }
  return weight;
}
