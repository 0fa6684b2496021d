/**
 * The recognizer's per-message shortcuts give exactly what the plain computations give: the top of
 * the ranking without sorting every intent, the logits four rows at a time, the features looked up once.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG, trainIntentModel, type LabelledUtterance } from '../../src/nlu/index.ts';
import { featurize } from '../../src/nlu/features/featurize.ts';
import { intentCoverage } from '../../src/nlu/model/intentCoverage.ts';
import { scoreMessage } from '../../src/nlu/model/intentModel.ts';
import { seededRandom } from '../../src/nlu/model/seededRandom.ts';
import { logitsOf } from '../../src/nlu/model/softmax.ts';
import { featureRows, toSparse } from '../../src/nlu/model/sparseVector.ts';
import { readMessage } from '../../src/nlu/text/readMessage.ts';
import { handmadeModel } from './handmadeModel.ts';

const TRAIN: LabelledUtterance[] = [
  ['where is my parcel', 'order_status'], ['track my order', 'order_status'], ['has my package shipped', 'order_status'],
  ['I want my money back', 'refund'], ['refund please', 'refund'], ['when do I get my refund', 'refund'],
  ['hello', 'greet'], ['hi there', 'greet'], ['good morning', 'greet'],
  ['send this back', 'start_return'], ['how do I return it', 'start_return'], ['return label please', 'start_return'],
  ['cancel my order', 'cancel'], ['stop the order', 'cancel'], ['I changed my mind, cancel it', 'cancel'],
  ['talk to a human', 'agent'], ['real person please', 'agent'], ['get me an agent', 'agent'],
].map(([text, intent]) => ({ text, intent }));
const MESSAGES = ['where is my refund?', 'hi, cancel SK-104233 please', 'talk to someone about a return', 'zzz qqq', '', 'the weather in Paris on 3/12'];

/** The plain sum, one row after the other. */
function plainLogits(indices: Int32Array, values: Float32Array, weights: Float32Array, bias: Float32Array): Float64Array {
  const into = Float64Array.from(bias);
  for (let k = 0; k < indices.length; k += 1) for (let c = 0; c < bias.length; c += 1) into[c] += values[k] * weights[indices[k] * bias.length + c];
  return into;
}

describe('scoring shortcuts', () => {
  const model = trainIntentModel(TRAIN);

  it('keeps the best n of the full ranking, ties ranked by name', () => {
    const tied = handmadeModel();
    for (const m of [model, tied]) {
      for (const text of [...MESSAGES, 'nothing known here']) {
        const full = scoreMessage(m, text);
        for (const n of [1, 2, 3, 5]) {
          const top = scoreMessage(m, text, n);
          expect(top.ranking).toEqual(full.ranking.slice(0, n));
          expect(top.inScopeScore).toBe(full.inScopeScore);
        }
      }
    }
    // The handmade model scores a message without its words alike: the names decide.
    expect(scoreMessage(tied, 'nothing known here', 2).ranking.map((s) => s.intent)).toEqual(['order_status', 'refund_status']);
  });

  it('computes the logits to the last bit whatever the number of rows', () => {
    const random = seededRandom(7);
    const classes = 7;
    const weights = Float32Array.from({ length: 40 * classes }, () => random() * 2 - 1);
    const bias = Float32Array.from({ length: classes }, () => random());
    for (let n = 0; n <= 11; n += 1) {
      const indices = Int32Array.from({ length: n }, () => Math.floor(random() * 40));
      const values = Float32Array.from({ length: n }, () => random());
      expect(Array.from(logitsOf(indices, values, weights, bias))).toEqual(Array.from(plainLogits(indices, values, weights, bias)));
    }
  });

  it('looks each feature up once for the vector and the intent coverage', () => {
    for (const text of MESSAGES) {
      const features = featurize(readMessage(text), model.featureConfig);
      const rows = featureRows(features, model.featureIndex);
      expect([...rows.rows]).toEqual([...features.keys()].map((name) => model.featureIndex.get(name) ?? -1));
      expect(toSparse(features, model.featureIndex, model.idf, model.featureConfig, rows)).toEqual(toSparse(features, model.featureIndex, model.idf, model.featureConfig));
      for (let intent = 0; intent < model.labels.length; intent += 1) {
        expect(intentCoverage(model, features, intent, rows)).toBe(intentCoverage(model, features, intent));
      }
    }
  });

  it('puts the features in the same order as before: words, characters, concepts', () => {
    const names = [...featurize(readMessage('where is my parcel?'), { ...DEFAULT_FEATURE_CONFIG }).keys()];
    const groups = names.map((name) => (name.startsWith('c:') ? 1 : name.startsWith('k') ? 2 : 0));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(names[0]).toBe('w1:where');
  });
});
