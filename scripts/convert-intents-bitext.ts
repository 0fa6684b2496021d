/**
 * Bitext customer-service intents (CDLA-Sharing-1.0) to the project's intent CSVs:
 *   npx tsx scripts/convert-intents-bitext.ts [path/to/bitext-customer-service] [--out dir]
 * Keeps the official train/validation/test split and the `utterance` and `intent` columns.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { writeIntentCsv } from '../src/nlu/data/writeIntentCsv.ts';
import type { LabelledUtterance } from '../src/nlu/types.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const source = positionals[0] ?? path.join('..', 'shared', 'data', 'intents', 'bitext-customer-service');
const out = values.out ?? path.join('/tmp', 'shopkeeper-intents', 'bitext');

for (const name of ['train', 'validation', 'test']) {
  const records = parse(readFileSync(path.join(source, `${name}.csv`), 'utf8'), { columns: true, skip_empty_lines: true }) as {
    utterance: string;
    intent: string;
  }[];
  const utterances: LabelledUtterance[] = records.map((r) => ({ text: r.utterance, intent: r.intent }));
  writeIntentCsv(path.join(out, `${name}.csv`), utterances);
  process.stdout.write(`${path.join(out, `${name}.csv`)}: ${utterances.length} utterances\n`);
}
