/**
 * CLINC150 (Larson et al. 2019, CC BY 3.0) to the project's intent CSVs:
 *   npx tsx scripts/convert-intents-clinc150.ts [path/to/clinc150] [--out dir]
 *     [--oos-train]
 * Reads data_full.json; writes train.csv (the 15,000 in-scope rows), validation.csv (val + oos_val)
 * and test.csv (test + oos_test), with out-of-scope rows labelled `oos`. oos_train (100 rows) is left
 * out by default: out of scope is then caught by the threshold alone (the paper's "oos-threshold"
 * setting); with --oos-train it joins train.csv and the model learns it as a class ("oos-train").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeIntentCsv } from '../src/nlu/data/writeIntentCsv.ts';
import type { LabelledUtterance } from '../src/nlu/types.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'oos-train': { type: 'boolean', default: false } } });
const source = positionals[0] ?? path.join('..', 'shared', 'data', 'intents', 'clinc150');
const out = values.out ?? path.join('/tmp', 'shopkeeper-intents', 'clinc150');
const file = source.endsWith('.json') ? source : path.join(source, 'data_full.json');

const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, [string, string][]>;
const rows = (key: string): LabelledUtterance[] => {
  if (!Array.isArray(data[key])) throw new Error(`${file}: no "${key}" list`);
  return data[key].map(([text, intent]) => ({ text, intent }));
};

const splits = {
  train: [...rows('train'), ...(values['oos-train'] ? rows('oos_train') : [])],
  validation: [...rows('val'), ...rows('oos_val')],
  test: [...rows('test'), ...rows('oos_test')],
};
for (const [name, utterances] of Object.entries(splits)) {
  writeIntentCsv(path.join(out, `${name}.csv`), utterances);
  process.stdout.write(`${path.join(out, `${name}.csv`)}: ${utterances.length} utterances\n`);
}
