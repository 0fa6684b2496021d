/**
 * Cross-validation over VADER's rated general sentences, for choosing changes to the word-valence
 * table and the features without looking at the UCI sentences or VADER's tweets: each fold's
 * sentences are held out while the word-valence table and the softmax layer are trained exactly as
 * `train sentiment` trains them (our messages, the other folds, cut-off chosen on our validation
 * file), then the held-out sentences are scored. Reported: three-class accuracy (VADER's mapping of
 * the mean rating) and strict accuracy on the clearly rated ones (a two-class test like UCI's, where
 * neutral counts as wrong), with negative precision and recall.
 */
import { classificationReport, type ClassificationReport } from '../evaluation/metrics.ts';
import type { LabelledMessage } from '../evaluation/readLabelled.ts';
import { createSentimentScorer } from '../scorer.ts';
import type { SentimentLabel } from '../types.ts';
import type { PriorKind } from '../words/priorLexicon.ts';
import { generalTrainingData, labelOfRating } from './generalData.ts';
import { trainSentimentModel } from './trainSentimentModel.ts';
import type { RatedSentence } from './trainWordValence.ts';

export interface GeneralCrossValidationOptions {
  sentences: RatedSentence[];
  train: LabelledMessage[];
  validation: LabelledMessage[];
  folds?: number;
  share: number;
  prior?: PriorKind;
  /** Training's neutral band for the general sentences (the held-out ones keep the evaluation mapping). */
  neutralBand?: number;
  /** Fit our training messages into the word-valence table too (GeneralDataOptions.own). */
  ownInTable?: boolean;
  disabledFeatures?: readonly string[];
  /** Fixed strengths (the command's choices) keep the run short. */
  l2?: number;
  wordValenceL2?: number;
  onProgress?: (message: string) => void;
}

export interface GeneralCrossValidation {
  threeClass: ClassificationReport;
  /** Only sentences rated clearly negative or positive; a neutral answer counts as wrong. */
  polar: ClassificationReport;
  /** Share of the clearly rated held-out sentences answered neutral (each one is wrong in the strict count). */
  polarNeutralShare: number;
  /** Our validation file, per fold's model (its cut-off was chosen there, so optimistic). */
  validationNegative: { precision: number; recall: number }[];
}

export function crossValidateGeneral(options: GeneralCrossValidationOptions): GeneralCrossValidation {
  const folds = options.folds ?? 5;
  const log = options.onProgress ?? (() => {});
  const gold: SentimentLabel[] = [];
  const predicted: SentimentLabel[] = [];
  const validationNegative: GeneralCrossValidation['validationNegative'] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const rest = options.sentences.filter((_, i) => !inFold(i));
    const heldOut = options.sentences.filter((_, i) => inFold(i));
    const { table, general } = generalTrainingData(rest, {
      share: options.share,
      prior: options.prior,
      neutralBand: options.neutralBand,
      own: options.ownInTable ? options.train : undefined,
      l2Candidates: [options.wordValenceL2 ?? 1],
    });
    const { model } = trainSentimentModel(options.train, options.validation, {
      general,
      table,
      l2Candidates: [options.l2 ?? 0.001],
      disabledFeatures: options.disabledFeatures,
    });
    validationNegative.push({ precision: model.training.validation.negativePrecision, recall: model.training.validation.negativeRecall });
    const scorer = createSentimentScorer({ model, words: table });
    for (const sentence of heldOut) {
      gold.push(labelOfRating(sentence.rating * 4));
      predicted.push(scorer.score(sentence.text).label);
    }
    log(`fold ${fold + 1} of ${folds}: ${heldOut.length} held-out sentences scored`);
  }
  const polar = gold.map((g, i) => (g === 'neutral' ? -1 : i)).filter((i) => i >= 0);
  return {
    threeClass: classificationReport(gold, predicted),
    polar: classificationReport(polar.map((i) => gold[i]), polar.map((i) => predicted[i])),
    polarNeutralShare: polar.filter((i) => predicted[i] === 'neutral').length / Math.max(1, polar.length),
    validationNegative,
  };
}
