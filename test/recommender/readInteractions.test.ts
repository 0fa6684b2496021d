import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  InteractionFileError,
  parseColumnsOption,
  parseCsv,
  parseMovieLens,
  readInteractionFile,
} from '../../src/recommender/evaluation/readInteractions.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'recommender-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading interaction files', () => {
  it('reads MovieLens u.data: user, item, rating, seconds', () => {
    const { events } = parseMovieLens('196\t242\t3\t881250949\n186\t302\t3\t891717742\n');
    expect(events[0]).toEqual({ user: '196', item: '242', weight: 3, timestamp: 881250949000, type: 'rating' });
    expect(events).toHaveLength(2);
  });

  it.each([
    {
      what: 'user,item,timestamp in seconds',
      csv: 'user,item,timestamp\nu1,i1,1700000000\n',
      expected: { user: 'u1', item: 'i1', timestamp: 1_700_000_000_000 },
    },
    {
      what: 'ISO dates, weight and event columns',
      csv: 'user,item,timestamp,weight,event\nu1,i1,2024-01-02T03:04:05Z,2.5,view\n',
      expected: { user: 'u1', item: 'i1', timestamp: Date.UTC(2024, 0, 2, 3, 4, 5), weight: 2.5, type: 'view' },
    },
    {
      what: "the UCI retail file's own columns (invoice is the basket, a zone-less date is UTC)",
      csv: 'customer_id,stock_code,invoice_no,invoice_date,quantity\n17850,85123A,536365,2010-12-01 08:26:00,6\n',
      expected: { user: '17850', item: '85123A', timestamp: Date.UTC(2010, 11, 1, 8, 26), basket: '536365' },
    },
    {
      what: "the demo shop's columns",
      csv: 'customerId,productId,type,timestamp\nC0007,P0318,view,2025-05-17T19:49:04.000Z\n',
      expected: { user: 'C0007', item: 'P0318', timestamp: Date.UTC(2025, 4, 17, 19, 49, 4), type: 'view' },
    },
  ])('finds columns by name: $what', ({ csv, expected }) => {
    expect(parseCsv(csv).events).toEqual([expected]);
  });

  it('drops the UCI non-product codes (postage, manual, fees)', () => {
    const csv = 'customer_id,stock_code,invoice_no,invoice_date\n1,POST,9,2011-01-01\n1,85123A,9,2011-01-01\n1,M,9,2011-01-01\n';
    const { events, dropped } = parseCsv(csv);
    expect(events.map((e) => e.item)).toEqual(['85123A']);
    expect(dropped).toBe(2);
  });

  it('takes columns named with --columns', () => {
    const csv = 'who,what,when\nu1,i1,1700000000\n';
    const { events } = parseCsv(csv, 'file', parseColumnsOption('user=who,item=what,timestamp=when'));
    expect(events).toEqual([{ user: 'u1', item: 'i1', timestamp: 1_700_000_000_000 }]);
  });

  it.each([
    { what: 'a missing user column', run: () => parseCsv('person,item,timestamp\np,i,1\n'), message: /no user column.*--columns user=NAME/ },
    { what: 'a bad date', run: () => parseCsv('user,item,timestamp\nu,i,yesterday\n'), message: /row 2: "yesterday" is not a date/ },
    { what: 'an unknown --columns field', run: () => parseColumnsOption('shopper=who'), message: /fields user, item/ },
    { what: 'a named column that is absent', run: () => parseCsv('a,b,c\n1,2,3\n', 'f', { user: 'who' }), message: /has no column "who"/ },
  ])('says what is wrong with $what', ({ run, message }) => {
    expect(run).toThrow(InteractionFileError);
    expect(run).toThrow(message);
  });

  it('reads gzip files transparently', () => {
    const file = path.join(dir, 'small.csv.gz');
    writeFileSync(file, gzipSync('user,item,timestamp\nu1,i1,1700000000\nu2,i1,1700000001\n'));
    expect(readInteractionFile(file, { format: 'csv' }).events).toHaveLength(2);
  });
});
