import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeIntentFiles } from '../support/intentFiles.ts';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createRecognizer,
  EMPTY_VOCABULARY,
  intentCount,
  loadIntentModel,
  loadOrTrainIntentModel,
  NO_INTENT,
  saveIntentModel,
  scoreIntents,
  trainIntentModel,
  type LabelledUtterance,
} from '../../src/nlu/index.ts';
import { scoreMessage } from '../../src/nlu/model/intentModel.ts';
import { handmadeModel } from './handmadeModel.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'nlu-recognizer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recognizer on a handmade model', () => {
  const recognizer = createRecognizer(handmadeModel(), EMPTY_VOCABULARY);

  it.each([
    ['I want a refund', 'refund_status', false],
    ['how do I return this', 'start_return', false],
    ['can you track SK-104233', 'order_status', false],
    ["what's the weather in Paris", NO_INTENT, false],
    ['return or refund, not sure', 'refund_status', true],
  ])('%s -> %s (ambiguous %s)', (text, intent, ambiguous) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe(intent);
    expect(r.ambiguous).toBe(ambiguous);
    expect(r.ranking.length).toBeLessThanOrEqual(5);
    expect(r.confidence).toBe(r.ranking[0].confidence);
  });

  it('keeps the ranking for out-of-scope messages and extracts entities alongside', () => {
    const r = recognizer.recognize('the weather on 94107?');
    expect(r.intent).toBe(NO_INTENT);
    expect(r.ranking).toHaveLength(3);
    expect(r.ranking[0].confidence).toBeCloseTo(1 / 3, 5);
    expect(r.entities.postcodes).toEqual(['94107']);
    expect(createRecognizer(handmadeModel(), EMPTY_VOCABULARY).recognize('track SK-104233').entities.orderIds).toEqual(['SK-104233']);
  });
});

const TRAIN: LabelledUtterance[] = [
  ...['where is my order', 'track my parcel', 'has my package shipped', 'when will my order arrive', 'order status please', 'where is SK-104233'].map(
    (text) => ({ text, intent: 'order_status' }),
  ),
  ...['I want my money back', 'where is my refund', 'refund status', 'has my refund been paid', 'when do I get my refund', 'money back please'].map(
    (text) => ({ text, intent: 'refund_status' }),
  ),
  ...['hello', 'hi there', 'good morning', 'hey', 'hello, anyone there?', 'hiya'].map((text) => ({ text, intent: 'greet' })),
];
const VALIDATION: LabelledUtterance[] = [
  { text: 'where is my parcel', intent: 'order_status' },
  { text: 'my refund has not arrived', intent: 'refund_status' },
  { text: 'hi', intent: 'greet' },
  { text: 'who won the football', intent: 'oos' },
  { text: 'what is the capital of France', intent: 'oos' },
];

describe('training, saving and loading', () => {
  it('trains the same model twice from the same data (seeded)', () => {
    const a = trainIntentModel(TRAIN, VALIDATION);
    const b = trainIntentModel(TRAIN, VALIDATION);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.threshold).toBe(b.threshold);
  });

  it('predicts exactly the same after a save and load round-trip', () => {
    const model = trainIntentModel(TRAIN, VALIDATION);
    const file = path.join(dir, 'nested', 'model.json');
    saveIntentModel(model, file);
    const loaded = loadIntentModel(file);
    for (const text of ['where is my parcel?', 'refund please', 'hey', 'tell me a joke about the weather', 'SK-104233']) {
      expect(scoreMessage(loaded, text)).toEqual(scoreMessage(model, text));
    }
    expect(loaded.intentFeatures).toEqual(model.intentFeatures);
    expect(loaded.intentCoverageExponent).toBe(model.intentCoverageExponent);
    expect(loaded.threshold).toBe(model.threshold);
    expect(loaded.temperature).toBe(model.temperature);
    expect(loaded.labels).toEqual(['greet', 'order_status', 'refund_status']);
  });

  it('loads a saved model while the data is unchanged and retrains when it changes', async () => {
    const { trainPath, validationPath, modelPath, csv } = writeIntentFiles(dir, TRAIN, VALIDATION);
    const messages: string[] = [];
    const first = await loadOrTrainIntentModel({ trainPath, validationPath, modelPath, onProgress: (m) => messages.push(m) });
    expect(first.trained).toBe(true);
    expect(messages.some((m) => m.startsWith('epoch'))).toBe(true);
    const second = await loadOrTrainIntentModel({ trainPath, validationPath, modelPath });
    expect(second.trained).toBe(false);
    expect(scoreIntents(second.model, 'where is my parcel')).toEqual(scoreIntents(first.model, 'where is my parcel'));

    writeFileSync(trainPath, csv([...TRAIN, { text: 'yo', intent: 'greet' }]));
    const third = await loadOrTrainIntentModel({ trainPath, validationPath, modelPath });
    expect(third.trained).toBe(true);
    expect(third.model.training.trainExamples).toBe(TRAIN.length + 1);

    writeFileSync(modelPath, '{"format":"something else"}');
    expect((await loadOrTrainIntentModel({ trainPath, validationPath, modelPath })).trained).toBe(true);
  });
});

describe('out-of-scope rows in the training file', () => {
  const OUT_OF_SCOPE = [
    'who won the match last night',
    'what is the capital of Peru',
    'will it rain tomorrow',
    'tell me a joke',
    'book me a flight to Rome',
    'what is the square root of 81',
    'how tall is the eiffel tower',
    'write me a poem about cats',
  ].map((text) => ({ text, intent: 'oos' }));
  const model = trainIntentModel([...TRAIN, ...OUT_OF_SCOPE], VALIDATION);

  it('are learned as a class the recognizer never names', () => {
    expect(model.labels).toEqual(['greet', 'oos', 'order_status', 'refund_status']);
    expect(intentCount(model)).toBe(3);
    expect(model.training.trainExamples).toBe(TRAIN.length + OUT_OF_SCOPE.length);
    expect(model.training.outOfScopeExamples).toBe(OUT_OF_SCOPE.length);
    // Threshold 0: only the learned class can turn a message away.
    const recognizer = createRecognizer(model, EMPTY_VOCABULARY, { threshold: 0 });
    for (const text of ['who won the game on sunday', 'will it rain in Rome', 'tell me a joke about cats']) {
      const r = recognizer.recognize(text);
      expect(r.intent, text).toBe(NO_INTENT);
      expect(r.ambiguous).toBe(false);
      expect(r.ranking.map((s) => s.intent)).not.toContain('oos');
      expect(r.ranking).toHaveLength(3);
    }
    for (const [text, intent] of [
      ['where is my order', 'order_status'],
      ['when do I get my refund', 'refund_status'],
      ['hello', 'greet'],
    ]) {
      expect(recognizer.recognize(text).intent, text).toBe(intent);
    }
  });

  it('survive a save and load round trip', () => {
    const file = path.join(dir, 'with-oos.json');
    saveIntentModel(model, file);
    const loaded = loadIntentModel(file);
    for (const text of ['who won the game', 'where is my parcel']) expect(scoreMessage(loaded, text)).toEqual(scoreMessage(model, text));
  });

  it('still need two intents besides out of scope', () => {
    const greetOnly = TRAIN.filter((u) => u.intent === 'greet');
    expect(() => trainIntentModel([...greetOnly, ...OUT_OF_SCOPE])).toThrow(/at least two intents to train, got 1/);
    expect(() => trainIntentModel(OUT_OF_SCOPE)).toThrow(/no in-scope training examples/);
  });
});
