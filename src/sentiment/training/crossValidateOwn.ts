/**
 * Cross-validation over our own training messages (customer-service language, the bot's domain):
 * each fold of data/sentiment/train.csv is held out while the softmax layer learns from the rest
 * and from the general sentences, with the cut-off chosen on validation.csv as `train sentiment`
 * chooses it; then the held-out messages are scored. For choosing features and the decision rule
 * on the language the bot reads, without the public test sets.
 */
import { classificationReport, type ClassificationReport } from '../evaluation/metrics.ts';
import type { LabelledMessage } from '../evaluation/readLabelled.ts';
import { createSentimentScorer } from '../scorer.ts';
import type { SentimentLabel } from '../types.ts';
import type { WordValence } from '../words/wordValence.ts';
import { trainSentimentModel, type GeneralTrainingData } from './trainSentimentModel.ts';

export interface OwnCrossValidationOptions {
  train: LabelledMessage[];
  validation: LabelledMessage[];
  general?: GeneralTrainingData;
  /** The word-valence table fitted on the general sentences (our messages never go into it). */
  table: WordValence;
  folds?: number;
  l2?: number;
  disabledFeatures?: readonly string[];
  onProgress?: (message: string) => void;
}

export function crossValidateOwn(options: OwnCrossValidationOptions): ClassificationReport {
  const folds = options.folds ?? 5;
  const gold: SentimentLabel[] = [];
  const predicted: SentimentLabel[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const { model } = trainSentimentModel(
      options.train.filter((_, i) => !inFold(i)),
      options.validation,
      { general: options.general, table: options.table, l2Candidates: [options.l2 ?? 0.001], disabledFeatures: options.disabledFeatures },
    );
    const scorer = createSentimentScorer({ model, words: options.table });
    for (const message of options.train.filter((_, i) => inFold(i))) {
      gold.push(message.label);
      predicted.push(scorer.score(message.text).label);
    }
    options.onProgress?.(`own fold ${fold + 1} of ${folds} scored`);
  }
  return classificationReport(gold, predicted);
}
