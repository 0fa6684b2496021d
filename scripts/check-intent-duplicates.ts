/**
 * Checks the rule of data/intents/README.md: no text appears twice, within or across the splits,
 * compared case-insensitively and ignoring punctuation ("Where's my parcel?" and "wheres my  parcel"
 * are the same text; "good night" and "goodnight" are not).
 *
 * Duplicates inside train and validation are printed with their text, so they can be fixed. The
 * test split is only ever counted, never printed: it must stay unseen (the test split is never used
 * to choose anything), so a clash with it is reported as a number and the offending train or
 * validation row has to be found without reading test (e.g. by dropping whatever a script matches).
 *
 *   npx tsx scripts/check-intent-duplicates.ts [--dir data/intents]
 *
 * Exits 1 when any duplicate is found.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readIntentCsv } from '../src/nlu/index.ts';
import { duplicateKey } from '../src/nlu/data/duplicateKey.ts';

const options = new Command('check-intent-duplicates')
  .option('--dir <folder>', 'folder with train.csv, validation.csv and test.csv', path.resolve(import.meta.dirname, '../data/intents'))
  .parse()
  .opts<{ dir: string }>();

/** Splits whose duplicates may be printed; test is counted only. */
const PRINTABLE = ['train', 'validation'] as const;

const keysOf = new Map<string, Map<string, string[]>>();
for (const split of [...PRINTABLE, 'test']) {
  const file = path.join(options.dir, `${split}.csv`);
  if (!existsSync(file)) continue;
  const keys = new Map<string, string[]>();
  for (const row of readIntentCsv(file)) keys.set(duplicateKey(row.text), [...(keys.get(duplicateKey(row.text)) ?? []), `${row.text} (${row.intent})`]);
  keysOf.set(split, keys);
}

let found = 0;
for (const [split, keys] of keysOf) {
  const repeated = [...keys.values()].filter((texts) => texts.length > 1);
  found += repeated.length;
  console.log(`${split}: ${keys.size} distinct texts, ${repeated.length} repeated`);
  if ((PRINTABLE as readonly string[]).includes(split)) for (const texts of repeated) console.log(`  ${texts.join(' | ')}`);
}

const splits = [...keysOf.keys()];
for (const [i, a] of splits.entries()) {
  for (const b of splits.slice(i + 1)) {
    const shared = [...keysOf.get(a)!.keys()].filter((key) => keysOf.get(b)!.has(key));
    found += shared.length;
    console.log(`${a} and ${b}: ${shared.length} shared`);
    const printable = (PRINTABLE as readonly string[]).includes(a) && (PRINTABLE as readonly string[]).includes(b);
    if (printable) for (const key of shared) console.log(`  ${keysOf.get(a)!.get(key)![0]} | ${keysOf.get(b)!.get(key)![0]}`);
  }
}
process.exitCode = found ? 1 : 0;
