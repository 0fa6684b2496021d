/**
 * Trains the sentiment layer and saves data/sentiment/model.json (the file the bot loads at start).
 * Same as `npx shopkeeper train sentiment`. With --general, first refits the word-valence table
 * (data/sentiment/word-valence.json) on VADER's rated review and editorial sentences and learns
 * from them too; --exclude names evaluation files whose sentences must stay unseen.
 *
 *   npx tsx scripts/train-sentiment.ts [--train FILE] [--validation FILE] [--out FILE]
 *     [--general ../shared/data/sentiment/vader-ground-truth --exclude FILE ... --share 0.25]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readLabelledFile } from '../src/sentiment/evaluation/readLabelled.ts';
import { DEFAULT_MODEL_PATH, SENTIMENT_DATA_DIR, saveSentimentModel } from '../src/sentiment/model/sentimentModel.ts';
import { prepareGeneralData } from '../src/sentiment/training/generalData.ts';
import { trainSentimentModel } from '../src/sentiment/training/trainSentimentModel.ts';
import { saveWordValence } from '../src/sentiment/words/wordValence.ts';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'train.csv') },
    validation: { type: 'string', default: path.join(SENTIMENT_DATA_DIR, 'validation.csv') },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    general: { type: 'string' },
    exclude: { type: 'string', multiple: true, default: [] },
    share: { type: 'string', default: '0.25' },
  },
});

const started = performance.now();
const progress = (message: string) => process.stderr.write(`${message}\n`);
let general;
if (values.general) {
  const prepared = prepareGeneralData({ vaderDir: values.general, exclude: values.exclude!, share: Number(values.share), onProgress: progress });
  saveWordValence(prepared.table);
  general = prepared.general;
}
const { model } = trainSentimentModel(readLabelledFile(values.train!, 'csv'), readLabelledFile(values.validation!, 'csv'), {
  general,
  onProgress: progress,
});
saveSentimentModel(model, values.out);
const v = model.training.validation;
process.stdout.write(
  `saved ${values.out}: ${model.training.trainExamples} training messages (+${model.training.generalExamples ?? 0} general), l2 ${model.training.l2}, negative cut-off ${model.negativeThreshold.toFixed(3)}; ` +
    `validation accuracy ${v.accuracy.toFixed(3)}, macro-F1 ${v.macroF1.toFixed(3)}, negative precision ${v.negativePrecision.toFixed(3)} / recall ${v.negativeRecall.toFixed(3)} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
