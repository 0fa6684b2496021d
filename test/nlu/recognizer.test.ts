import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createRecognizer,
  EMPTY_VOCABULARY,
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
    const trainPath = path.join(dir, 'train.csv');
    const validationPath = path.join(dir, 'validation.csv');
    const modelPath = path.join(dir, 'models', 'intents.json');
    const csv = (rows: LabelledUtterance[]) => `text,intent\n${rows.map((r) => `"${r.text}",${r.intent}`).join('\n')}\n`;
    writeFileSync(trainPath, csv(TRAIN));
    writeFileSync(validationPath, csv(VALIDATION));
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
