/** refitOnValidation: validation chooses the settings and calibration, then the weights learn from train + validation. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeIntentFiles } from '../support/intentFiles.ts';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIntentModel, loadOrTrainIntentModel, saveIntentModel, trainIntentModel, type LabelledUtterance } from '../../src/nlu/index.ts';
import { scoreMessage } from '../../src/nlu/model/intentModel.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'nlu-refit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRAIN: LabelledUtterance[] = [
  ...['where is my order', 'track my parcel', 'has my package shipped', 'when will my order arrive', 'order status please'].map((text) => ({ text, intent: 'order_status' })),
  ...['I want my money back', 'where is my refund', 'refund status', 'has my refund been paid', 'money back please'].map((text) => ({ text, intent: 'refund_status' })),
  ...['hello', 'hi there', 'good morning', 'hey', 'hiya'].map((text) => ({ text, intent: 'greet' })),
  ...['who won the match last night', 'tell me a joke', 'will it rain tomorrow'].map((text) => ({ text, intent: 'oos' })),
];
const VALIDATION: LabelledUtterance[] = [
  { text: 'where is my parcel', intent: 'order_status' },
  { text: 'my refund has not arrived', intent: 'refund_status' },
  { text: 'good evening', intent: 'greet' },
  { text: 'what is the capital of France', intent: 'oos' },
];

describe('refitting on the validation rows', () => {
  const calibrated = trainIntentModel(TRAIN, VALIDATION);
  const refit = trainIntentModel(TRAIN, VALIDATION, { refitOnValidation: true });

  it("keeps the calibrated model's settings and calibration and says so in the training summary", () => {
    expect(refit.featureConfig).toEqual(calibrated.featureConfig);
    expect(refit.training.params).toEqual(calibrated.training.params);
    expect([refit.temperature, refit.threshold, refit.coverageExponent, refit.intentCoverageExponent, refit.ambiguityMargin]).toEqual([
      calibrated.temperature,
      calibrated.threshold,
      calibrated.coverageExponent,
      calibrated.intentCoverageExponent,
      calibrated.ambiguityMargin,
    ]);
    expect(refit.training.validation).toEqual(calibrated.training.validation);
    expect(refit.training.trainExamples).toBe(TRAIN.length + VALIDATION.length);
    expect(refit.training.outOfScopeExamples).toBe(4);
    expect(refit.training.refit).toEqual({
      validationExamples: VALIDATION.length,
      calibratedTrainExamples: TRAIN.length,
      calibratedFeatures: calibrated.training.features,
    });
    expect(calibrated.training.refit).toBeUndefined();
  });

  it('has the weights of one training on train + validation with the chosen settings', () => {
    const direct = trainIntentModel([...TRAIN, ...VALIDATION], [], { featureConfig: { conceptWeight: calibrated.featureConfig.conceptWeight } });
    expect(refit.featureNames).toEqual(direct.featureNames);
    expect(Array.from(refit.weights)).toEqual(Array.from(direct.weights));
    expect(Array.from(refit.weights)).not.toEqual(Array.from(calibrated.weights));
  });

  it('changes nothing without validation rows', () => {
    const plain = trainIntentModel(TRAIN, [], { refitOnValidation: true });
    expect(plain.training.refit).toBeUndefined();
    expect(Array.from(plain.weights)).toEqual(Array.from(trainIntentModel(TRAIN).weights));
  });

  it('survives a save and load round-trip', () => {
    const file = path.join(dir, 'refit.json');
    saveIntentModel(refit, file);
    const loaded = loadIntentModel(file);
    expect(loaded.training.refit).toEqual(refit.training.refit);
    expect(scoreMessage(loaded, 'where is my parcel')).toEqual(scoreMessage(refit, 'where is my parcel'));
  });

  it('retrains a saved model made without the refit when the bot asks for one, and loads it afterwards', async () => {
    const { trainPath, validationPath, modelPath } = writeIntentFiles(dir, TRAIN, VALIDATION);
    expect((await loadOrTrainIntentModel({ trainPath, validationPath, modelPath })).trained).toBe(true);
    const messages: string[] = [];
    const refitted = await loadOrTrainIntentModel({ trainPath, validationPath, modelPath, training: { refitOnValidation: true }, onProgress: (m) => messages.push(m) });
    expect(refitted.trained).toBe(true);
    expect(messages.some((m) => m.includes('refitted on the validation rows'))).toBe(true);
    expect(refitted.model.training.refit).toBeDefined();
    expect((await loadOrTrainIntentModel({ trainPath, validationPath, modelPath, training: { refitOnValidation: true } })).trained).toBe(false);
  });
});
