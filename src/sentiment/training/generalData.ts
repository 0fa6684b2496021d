/**
 * The general-domain half of training: VADER's rated review and editorial sentences (MIT licence)
 * become the word-valence table and, read with out-of-fold tables, extra training messages for the
 * softmax layer. VADER's tweets and the UCI sentences are never read here except to drop any
 * sentence they share with the training files, so figures on them are on unseen text.
 */
import { readLabelledFile, VADER_CUTOFF, type LabelledMessage } from '../evaluation/readLabelled.ts';
import type { SentimentLabel } from '../types.ts';
import type { WordValence } from '../words/wordValence.ts';
import { crossFittedTables } from './crossFitValence.ts';
import { readVaderRatings, withoutSentences } from './readRatedSentences.ts';
import type { GeneralTrainingData } from './trainSentimentModel.ts';
import { trainWordValence } from './trainWordValence.ts';

export interface GeneralDataOptions {
  /** VADER's ground-truth folder (../shared/data/sentiment/vader-ground-truth). */
  vaderDir: string;
  /** Evaluation files (any format readLabelledFile knows) whose sentences must stay unseen. */
  exclude: string[];
  /** Weight of the general sentences against the project's messages. */
  share: number;
  onProgress?: (message: string) => void;
}

export const VADER_SOURCE =
  "VADER ground truth (Hutto & Gilbert 2014, MIT licence): Amazon review, movie review and NYT editorial snippets; mean of 20 human ratings";

export function prepareGeneralData(options: GeneralDataOptions): { table: WordValence; general: GeneralTrainingData; dropped: number } {
  const log = options.onProgress ?? (() => {});
  const excluded = options.exclude.flatMap((file) => readLabelledFile(file).map((m) => m.text));
  const { kept, dropped } = withoutSentences(readVaderRatings(options.vaderDir), excluded);
  log(`${kept.length} rated sentences (${dropped} dropped: they also occur in the evaluation files)`);
  const table = trainWordValence(kept, { source: VADER_SOURCE, onProgress: log });
  const tables = crossFittedTables(kept, table.training.l2, 5, log);
  const messages: LabelledMessage[] = kept.map((s) => ({ text: s.text, label: labelOfRating(s.rating * 4) }));
  return { table, general: { messages, tables, share: options.share }, dropped };
}

/** The same mapping `eval sentiment --format vader` uses. */
function labelOfRating(mean: number): SentimentLabel {
  return mean <= -VADER_CUTOFF ? 'negative' : mean >= VADER_CUTOFF ? 'positive' : 'neutral';
}
