/**
 * Trains the softmax layer on the project's own messages (data/sentiment/train.csv) and picks the
 * L2 strength and the negative cut-off on data/sentiment/validation.csv. Never train or tune on
 * the public test sets.
 */
import { classificationReport } from '../evaluation/metrics.ts';
import type { LabelledMessage } from '../evaluation/readLabelled.ts';
import { extractFeatures, FEATURE_NAMES } from '../features.ts';
import { hasNegativeEvidence, labelFromProbabilities } from '../model/decision.ts';
import { CLASSES, MODEL_FORMAT, type SentimentModel } from '../model/sentimentModel.ts';
import { softmaxProbabilities, trainSoftmax, type SoftmaxWeights } from '../model/softmaxRegression.ts';
import type { WordValence } from '../words/wordValence.ts';

/** Rated general-domain sentences learned from next to the project's messages (reviews, editorials). */
export interface GeneralTrainingData {
  messages: LabelledMessage[];
  /** The word-valence table each message is read with: out-of-fold for sentences the shipped table saw. */
  tables: WordValence[];
  /** Their total weight relative to the project's messages (1 = as much as all of ours together). */
  share: number;
  /**
   * When our own messages were fitted into the word-valence table too: the table each of them is
   * read with (out-of-fold), in the order of the training messages.
   */
  ownTables?: WordValence[];
}

export interface TrainingOptions {
  general?: GeneralTrainingData;
  l2Candidates?: number[];
  iterations?: number;
  learningRate?: number;
  /** The word-valence table our own messages are read with (default: the shipped one). */
  table?: WordValence;
  /** Features held at zero (their weights stay 0): for measuring what a feature adds. */
  disabledFeatures?: readonly string[];
  onProgress?: (message: string) => void;
}

export interface TrainingCandidate {
  l2: number;
  negativeThreshold: number;
  macroF1: number;
  accuracy: number;
}

export interface TrainingResult {
  model: SentimentModel;
  candidates: TrainingCandidate[];
}

const L2_TOLERANCE = 0.01;
const DEFAULT_L2 = [0.0003, 0.001, 0.003, 0.01];
/** The cut-offs tried on validation; a model that needs one outside this range is a broken model. */
const THRESHOLDS = Array.from({ length: 51 }, (_, i) => 0.2 + i * 0.012);

export function trainSentimentModel(train: LabelledMessage[], validation: LabelledMessage[], options: TrainingOptions = {}): TrainingResult {
  const iterations = options.iterations ?? 600;
  const learningRate = options.learningRate ?? 0.5;
  const log = options.onProgress ?? (() => {});
  const disabled = (options.disabledFeatures ?? []).map((name) => {
    const index = (FEATURE_NAMES as readonly string[]).indexOf(name);
    if (index < 0) throw new RangeError(`unknown feature ${name}`);
    return index;
  });
  const featuresOf = (text: string, table?: WordValence) => {
    const values = extractFeatures(text, table).values;
    for (const index of disabled) values[index] = 0;
    return values;
  };
  /** `tableOf`: the word-valence table message i is read with (the shared one unless out-of-fold tables are given). */
  const toData = (messages: LabelledMessage[], tableOf: (i: number) => WordValence | undefined = () => options.table) => ({
    x: messages.map((m, i) => featuresOf(m.text, tableOf(i))),
    y: messages.map((m) => CLASSES.indexOf(m.label)),
  });
  const ownTables = options.general?.ownTables;
  if (ownTables && ownTables.length !== train.length) throw new RangeError('ownTables must match the training messages');
  const trainData = toData(train, ownTables ? (i) => ownTables[i] : undefined);
  const validationData = toData(validation);
  // Whether each validation message gives a reason to call it negative (see decision.ts).
  const noLexiconWordsAt = FEATURE_NAMES.indexOf('noLexiconWords');
  const validationEvidence = validation.map((m) => {
    const { kinds, values } = extractFeatures(m.text, options.table);
    return hasNegativeEvidence(kinds, values[noLexiconWordsAt] === 0);
  });
  const exampleWeights = train.map(() => 1);
  const general = options.general;
  if (general && general.messages.length) {
    const each = (general.share * train.length) / general.messages.length;
    general.messages.forEach((m, i) => {
      trainData.x.push(featuresOf(m.text, general.tables[i]));
      trainData.y.push(CLASSES.indexOf(m.label));
      exampleWeights.push(each);
    });
    log(`${general.messages.length} general sentences, together ${general.share}x the weight of our ${train.length} messages`);
  }
  // Balanced class weights: the bot cares about every class, not about the mix of our data.
  const counts = CLASSES.map((_, c) => trainData.y.reduce((sum, y, i) => sum + (y === c ? exampleWeights[i] : 0), 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const classWeights = counts.map((n) => (n ? total / (CLASSES.length * n) : 0));

  const candidates: TrainingCandidate[] = [];
  const fits: { weights: SoftmaxWeights; candidate: TrainingCandidate }[] = [];
  for (const l2 of options.l2Candidates ?? DEFAULT_L2) {
    const weights = trainSoftmax(trainData.x, trainData.y, CLASSES.length, { l2, iterations, learningRate, classWeights, exampleWeights });
    const probabilities = validationData.x.map((x) => Float64Array.from(softmaxProbabilities(weights, x)));
    const threshold = bestThreshold(probabilities, validation, validationEvidence);
    const candidate = { l2, ...threshold };
    candidates.push(candidate);
    log(`l2 ${l2}: validation macro-F1 ${candidate.macroF1.toFixed(3)} at negative cut-off ${candidate.negativeThreshold.toFixed(3)}`);
    fits.push({ weights, candidate });
  }
  // The strongest penalty within 0.01 macro-F1 of the best: our messages are few and written by
  // us, so simpler weights are the safer bet on customers' real messages.
  const top = Math.max(...fits.map((f) => f.candidate.macroF1));
  const chosen = fits.filter((f) => f.candidate.macroF1 >= top - L2_TOLERANCE).sort((a, b) => b.candidate.l2 - a.candidate.l2)[0];
  const predictions = validationData.x.map((x, i) =>
    labelFromProbabilities(softmaxProbabilities(chosen.weights, x), chosen.candidate.negativeThreshold, validationEvidence[i]),
  );
  const report = classificationReport(validation.map((m) => m.label), predictions);
  const model: SentimentModel = {
    format: MODEL_FORMAT,
    features: [...FEATURE_NAMES],
    classes: [...CLASSES],
    weights: chosen.weights.weights,
    bias: chosen.weights.bias,
    negativeThreshold: chosen.candidate.negativeThreshold,
    training: {
      trainExamples: train.length,
      generalExamples: general?.messages.length ?? 0,
      generalShare: general?.share ?? 0,
      validationExamples: validation.length,
      l2: chosen.candidate.l2,
      iterations,
      validation: {
        accuracy: report.accuracy,
        macroF1: report.macroF1,
        negativePrecision: report.negative.precision,
        negativeRecall: report.negative.recall,
      },
    },
  };
  return { model, candidates };
}

/**
 * The cut-off with the best validation macro-F1. Ties (a small validation set has flat stretches)
 * go to the middle of the best stretch, so the choice does not hang on one message.
 */
function bestThreshold(probabilities: Float64Array[], validation: LabelledMessage[], evidence: boolean[]): Omit<TrainingCandidate, 'l2'> {
  const gold = validation.map((m) => m.label);
  const scored = THRESHOLDS.map((t) => {
    const report = classificationReport(gold, probabilities.map((p, i) => labelFromProbabilities(p, t, evidence[i])));
    return { negativeThreshold: t, macroF1: report.macroF1, accuracy: report.accuracy };
  });
  const top = Math.max(...scored.map((s) => s.macroF1));
  const ties = scored.filter((s) => s.macroF1 >= top - 1e-9);
  return ties[Math.floor((ties.length - 1) / 2)];
}
