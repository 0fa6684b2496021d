/**
 * Trains the sentiment model on the project's own messages and saves data/sentiment/model.json
 * (the file the bot loads at start). Same as `npx shopkeeper train sentiment`.
 *
 *   npx tsx scripts/train-sentiment.ts [--train FILE] [--validation FILE] [--out FILE]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readLabelledFile } from '../src/sentiment/evaluation/readLabelled.ts';
import { DEFAULT_MODEL_PATH, SENTIMENT_DATA_DIR, saveSentimentModel } from '../src/sentiment/model/sentimentModel.ts';
import { trainSentimentModel } from '../src/sentiment/training/trainSentimentModel.ts';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'train.csv') },
    validation: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'validation.csv') },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
  },
});

const started = performance.now();
const { model } = trainSentimentModel(readLabelledFile(values.train!, 'csv'), readLabelledFile(values.validation!, 'csv'), {
  onProgress: (message) => process.stderr.write(`${message}\n`),
});
saveSentimentModel(model, values.out);
const v = model.training.validation;
process.stdout.write(
  `saved ${values.out}: ${model.training.trainExamples} training messages, l2 ${model.training.l2}, negative cut-off ${model.negativeThreshold.toFixed(3)}; ` +
    `validation accuracy ${v.accuracy.toFixed(3)}, macro-F1 ${v.macroF1.toFixed(3)}, negative precision ${v.negativePrecision.toFixed(3)} / recall ${v.negativeRecall.toFixed(3)} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
