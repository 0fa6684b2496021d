/** Writes a training and a validation CSV into `dir` for tests of training from files; returns where the model goes too. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledUtterance } from '../../src/nlu/types.ts';

export function writeIntentFiles(dir: string, train: LabelledUtterance[], validation: LabelledUtterance[]) {
  const trainPath = path.join(dir, 'train.csv');
  const validationPath = path.join(dir, 'validation.csv');
  const modelPath = path.join(dir, 'models', 'intents.json');
  const csv = (rows: LabelledUtterance[]) => `text,intent\n${rows.map((r) => `"${r.text}",${r.intent}`).join('\n')}\n`;
  writeFileSync(trainPath, csv(train));
  writeFileSync(validationPath, csv(validation));
  return { trainPath, validationPath, modelPath, csv };
}
