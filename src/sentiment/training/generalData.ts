/**
 * The general-domain half of training: VADER's rated review and editorial sentences (MIT licence)
 * become the word-valence table and, read with out-of-fold tables, extra training messages for the
 * softmax layer. VADER's tweets and the UCI sentences are never read here except to drop any
 * sentence they share with the training files, so figures on them are on unseen text.
 */
import { readLabelledFile, VADER_CUTOFF } from '../evaluation/readLabelled.ts';
import type { SentimentLabel } from '../types.ts';
import type { PriorKind } from '../words/priorLexicon.ts';
import type { WordValence } from '../words/wordValence.ts';
import { crossFittedTables } from './crossFitValence.ts';
import { readVaderRatings, withoutSentences } from './readRatedSentences.ts';
import type { GeneralTrainingData } from './trainSentimentModel.ts';
import { trainWordValence, type RatedSentence } from './trainWordValence.ts';

export interface GeneralDataOptions {
  /** VADER's ground-truth folder (../shared/data/sentiment/vader-ground-truth). */
  vaderDir: string;
  /** Evaluation files (any format readLabelledFile knows) whose sentences must stay unseen. */
  exclude: string[];
  /** Weight of the general sentences against the project's messages. */
  share: number;
  /** The lexicon the word-valence table starts from. */
  prior?: PriorKind;
  onProgress?: (message: string) => void;
}

/**
 * The general sentences' weight against all of our messages together. Chosen by cross-validation
 * (`scripts/train-sentiment.ts --cv` and `--cv-own`): 0.5 scored general held-out sentences better
 * than 0.25 (three-class 0.642 against 0.634, two-class strict 0.704 against 0.692) with our own
 * messages level (0.875 against 0.876); 1 cost our own messages 0.013.
 */
export const DEFAULT_GENERAL_SHARE = 0.5;

export const VADER_SOURCE =
  "VADER ground truth (Hutto & Gilbert 2014, MIT licence): Amazon review, movie review and NYT editorial snippets; mean of 20 human ratings";

export function prepareGeneralData(options: GeneralDataOptions): { table: WordValence; general: GeneralTrainingData; dropped: number } {
  const { kept, dropped } = readGeneralSentences(options);
  return { ...generalTrainingData(kept, options), dropped };
}

/** VADER's rated general sentences, without those that also occur in the evaluation files. */
export function readGeneralSentences(options: Pick<GeneralDataOptions, 'vaderDir' | 'exclude' | 'onProgress'>): { kept: RatedSentence[]; dropped: number } {
  const excluded = options.exclude.flatMap((file) => readLabelledFile(file).map((m) => m.text));
  const { kept, dropped } = withoutSentences(readVaderRatings(options.vaderDir), excluded);
  options.onProgress?.(`${kept.length} rated sentences (${dropped} dropped: they also occur in the evaluation files)`);
  return { kept, dropped };
}

/** The word-valence table fitted on the sentences, and the sentences as softmax training messages. */
export function generalTrainingData(
  sentences: RatedSentence[],
  options: Pick<GeneralDataOptions, 'share' | 'prior' | 'onProgress'> & { l2Candidates?: number[] },
): { table: WordValence; general: GeneralTrainingData } {
  const log = options.onProgress ?? (() => {});
  const table = trainWordValence(sentences, { source: VADER_SOURCE, prior: options.prior, l2Candidates: options.l2Candidates, onProgress: log });
  const tables = crossFittedTables(sentences, table.training.l2, 5, log, options.prior);
  const messages = sentences.map((s) => ({ text: s.text, label: labelOfRating(s.rating * 4) }));
  return { table, general: { messages, tables, share: options.share } };
}

/** The same mapping `eval sentiment --format vader` uses. */
export function labelOfRating(mean: number): SentimentLabel {
  return mean <= -VADER_CUTOFF ? 'negative' : mean >= VADER_CUTOFF ? 'positive' : 'neutral';
}
