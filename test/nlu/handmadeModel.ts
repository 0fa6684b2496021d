/**
 * A tiny intent model written by hand (word features only), so recognizer tests know exactly what
 * the scores are: "refund" points to refund_status, "return" to start_return, "track" to
 * order_status; a message with none of these words scores all intents alike.
 */
import { DEFAULT_FEATURE_CONFIG, FEATURE_VERSION, type IntentModel } from '../../src/nlu/index.ts';

export function handmadeModel(): IntentModel {
  const labels = ['order_status', 'refund_status', 'start_return'];
  const featureNames = ['w1:refund', 'w1:return', 'w1:track'];
  // weights[feature * labels + label]
  const weights = Float32Array.from([
    0, 10, 0, // refund
    0, 0, 10, // return
    10, 0, 0, // track
  ]);
  return {
    labels,
    featureConfig: { ...DEFAULT_FEATURE_CONFIG, charWeight: 0, conceptWeight: 0, idf: false },
    featureNames,
    featureIndex: new Map(featureNames.map((name, i) => [name, i])),
    idf: Float32Array.from([1, 1, 1]),
    weights,
    bias: new Float32Array(3),
    temperature: 1,
    threshold: 0.4,
    coverageExponent: 0,
    intentCoverageExponent: 0,
    intentFeatures: labels.map(() => new Set<number>()),
    ambiguityMargin: 0.1,
    training: {
      params: { epochs: 0, learningRate: 0, l2: 0, seed: 0, naiveBayesWeight: 0, naiveBayesSmoothing: 0 },
      featureVersion: FEATURE_VERSION,
      trainExamples: 0,
      outOfScopeExamples: 0,
      features: featureNames.length,
      trainedAt: '2025-01-01T00:00:00.000Z',
      seconds: 0,
    },
  };
}
