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
  /** The word-valence table fitted on the general sentences alone (used unless prepareFold fits our messages in too). */
  table: WordValence;
  folds?: number;
  l2?: number;
  disabledFeatures?: readonly string[];
  /**
   * When our messages go into the word-valence table too: builds each fold's table and general data
   * from that fold's training messages (the held-out ones stay out of the table).
   */
  prepareFold?: (train: LabelledMessage[]) => { table: WordValence; general: GeneralTrainingData };
  /** Also report on the first this many messages alone (the rows a file had before rows were added). */
  first?: number;
  onProgress?: (message: string) => void;
}

export function crossValidateOwn(options: OwnCrossValidationOptions): ClassificationReport & { first?: ClassificationReport } {
  const folds = options.folds ?? 5;
  const gold: SentimentLabel[] = [];
  const predicted: SentimentLabel[] = [];
  const index: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const rest = options.train.filter((_, i) => !inFold(i));
    const prepared = options.prepareFold ? options.prepareFold(rest) : { table: options.table, general: options.general };
    const { model } = trainSentimentModel(rest, options.validation, {
      general: prepared.general,
      table: prepared.table,
      l2Candidates: [options.l2 ?? 0.001],
      disabledFeatures: options.disabledFeatures,
    });
    const scorer = createSentimentScorer({ model, words: prepared.table });
    for (const [i, message] of options.train.entries()) {
      if (!inFold(i)) continue;
      index.push(i);
      gold.push(message.label);
      predicted.push(scorer.score(message.text).label);
    }
    options.onProgress?.(`own fold ${fold + 1} of ${folds} scored`);
  }
  const report = classificationReport(gold, predicted);
  if (options.first === undefined) return report;
  const kept = index.map((i, k) => (i < options.first! ? k : -1)).filter((k) => k >= 0);
  return { ...report, first: classificationReport(kept.map((k) => gold[k]), kept.map((k) => predicted[k])) };
}
