/**
 * CLINC150 (Larson et al. 2019, CC BY 3.0) to the project's intent CSVs:
 *   npx tsx scripts/convert-intents-clinc150.ts [path/to/clinc150] [--out dir]
 * Reads data_full.json; writes train.csv (the 15,000 in-scope rows: the model never learns
 * out-of-scope as a class), validation.csv (val + oos_val) and test.csv (test + oos_test), with
 * out-of-scope rows labelled `oos`. oos_train is left out (the "threshold" setting of the paper).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeIntentCsv } from '../src/nlu/data/writeIntentCsv.ts';
import type { LabelledUtterance } from '../src/nlu/types.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const source = positionals[0] ?? path.join('..', 'shared', 'data', 'intents', 'clinc150');
const out = values.out ?? path.join('/tmp', 'shopkeeper-intents', 'clinc150');
const file = source.endsWith('.json') ? source : path.join(source, 'data_full.json');

const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, [string, string][]>;
const rows = (key: string): LabelledUtterance[] => {
  if (!Array.isArray(data[key])) throw new Error(`${file}: no "${key}" list`);
  return data[key].map(([text, intent]) => ({ text, intent }));
};

const splits = { train: rows('train'), validation: [...rows('val'), ...rows('oos_val')], test: [...rows('test'), ...rows('oos_test')] };
for (const [name, utterances] of Object.entries(splits)) {
  writeIntentCsv(path.join(out, `${name}.csv`), utterances);
  process.stdout.write(`${path.join(out, `${name}.csv`)}: ${utterances.length} utterances\n`);
}
