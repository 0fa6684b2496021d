/**
 * Banking77 (Casanueva et al. 2020, CC BY 4.0) to the project's intent CSVs:
 *   npx tsx scripts/convert-intents-banking77.ts [path/to/banking77] [--out dir] [--validation-share 0.1]
 * Banking77 has train and test only; validation.csv is a stratified, seeded 10% of train (so the
 * calibration never sees test), and train.csv the other 90%. No out-of-scope rows.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { writeIntentCsv } from '../src/nlu/data/writeIntentCsv.ts';
import { seededRandom, shuffleInPlace } from '../src/nlu/model/seededRandom.ts';
import type { LabelledUtterance } from '../src/nlu/types.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'validation-share': { type: 'string' } },
});
const source = positionals[0] ?? path.join('..', 'shared', 'data', 'intents', 'banking77');
const out = values.out ?? path.join('/tmp', 'shopkeeper-intents', 'banking77');
const validationShare = Number(values['validation-share'] ?? '0.1');

function read(file: string): LabelledUtterance[] {
  const records = parse(readFileSync(path.join(source, file), 'utf8'), { columns: true, skip_empty_lines: true }) as { text: string; category: string }[];
  return records.map((r) => ({ text: r.text, intent: r.category }));
}

const all = read('train.csv');
const random = seededRandom(77);
const byIntent = new Map<string, LabelledUtterance[]>();
for (const u of all) byIntent.set(u.intent, [...(byIntent.get(u.intent) ?? []), u]);
const train: LabelledUtterance[] = [];
const validation: LabelledUtterance[] = [];
for (const utterances of byIntent.values()) {
  const shuffled = shuffleInPlace([...utterances], random);
  const cut = Math.round(shuffled.length * validationShare);
  validation.push(...shuffled.slice(0, cut));
  train.push(...shuffled.slice(cut));
}

const splits = { train, validation, test: read('test.csv') };
for (const [name, utterances] of Object.entries(splits)) {
  writeIntentCsv(path.join(out, `${name}.csv`), utterances);
  process.stdout.write(`${path.join(out, `${name}.csv`)}: ${utterances.length} utterances\n`);
}
