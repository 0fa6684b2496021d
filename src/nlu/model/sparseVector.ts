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

export function toSparse(
  features: NamedFeatures,
  index: ReadonlyMap<string, number>,
  idf: Float32Array,
  config: Pick<FeatureConfig, 'wordWeight' | 'charWeight' | 'conceptWeight'>,
): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  const groups: number[] = [];
  const squares = [0, 0, 0];
  for (const [name, count] of features) {
    const row = index.get(name);
    if (row === undefined) continue;
    const value = count * idf[row];
    const group = featureGroup(name);
    indices.push(row);
    values.push(value);
    groups.push(group);
    squares[group] += value * value;
  }
  const weights = [config.wordWeight, config.charWeight, config.conceptWeight];
  const scale = weights.map((weight, g) => weight / Math.sqrt(squares[g] || 1));
  for (let k = 0; k < values.length; k += 1) values[k] *= scale[groups[k]];
  return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

/** Smoothed inverse document frequency: ln((1 + n) / (1 + df)) + 1, as scikit-learn computes it. */
export function inverseDocumentFrequency(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1;
}
