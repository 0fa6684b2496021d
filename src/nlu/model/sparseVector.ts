/**
 * A message's features as the model sees them: only the features it knows, each count scaled by
 * the feature's IDF (words every message has, like "my" or "can", count less than "refund"), each
 * group (words, characters, lexicon concepts) L2-normalized and weighted, so long messages do not get larger scores.
 */
import type { FeatureConfig } from '../features/featureConfig.ts';
import { featureGroup, type NamedFeatures } from '../features/featurize.ts';

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Per feature, in the features' order: the model's row (-1 when the model does not know it) and the group (featureGroup). */
export interface FeatureRows {
  rows: Int32Array;
  groups: Uint8Array;
}

/** Looks each feature up once; toSparse and intent coverage (model/intentCoverage.ts) both read the result. */
export function featureRows(features: NamedFeatures, index: ReadonlyMap<string, number>): FeatureRows {
  const rows = new Int32Array(features.size);
  const groups = new Uint8Array(features.size);
  let k = 0;
  for (const name of features.keys()) {
    rows[k] = index.get(name) ?? -1;
    groups[k] = featureGroup(name);
    k += 1;
  }
  return { rows, groups };
}

export function toSparse(
  features: NamedFeatures,
  index: ReadonlyMap<string, number>,
  idf: Float32Array,
  config: Pick<FeatureConfig, 'wordWeight' | 'charWeight' | 'conceptWeight'>,
  { rows, groups }: FeatureRows = featureRows(features, index),
): SparseVector {
  const squares = [0, 0, 0];
  let known = 0;
  let k = 0;
  for (const count of features.values()) {
    const row = rows[k];
    if (row >= 0) {
      const value = count * idf[row];
      squares[groups[k]] += value * value;
      known += 1;
    }
    k += 1;
  }
  const scale = [config.wordWeight / Math.sqrt(squares[0] || 1), config.charWeight / Math.sqrt(squares[1] || 1), config.conceptWeight / Math.sqrt(squares[2] || 1)];
  const indices = new Int32Array(known);
  const values = new Float32Array(known);
  let at = 0;
  k = 0;
  for (const count of features.values()) {
    const row = rows[k];
    if (row >= 0) {
      indices[at] = row;
      values[at] = count * idf[row] * scale[groups[k]];
      at += 1;
    }
    k += 1;
  }
  return { indices, values };
}

/** Smoothed inverse document frequency: ln((1 + n) / (1 + df)) + 1, as scikit-learn computes it. */
export function inverseDocumentFrequency(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1;
}
