import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { shopkeeper } from '../support/runShopkeeper.ts';
import { loadRecommender } from '../../src/recommender/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'recommender-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** Two taste groups of 5 items; 30 customers each buy 4 items of their group over 40 days. */
function interactionsCsv(header: string): string {
  const rows = [header];
  for (let c = 0; c < 30; c++) {
    const group = c % 2;
    for (let n = 0; n < 4; n++) {
      const item = `${group ? 'B' : 'A'}${(c + n) % 5}`;
      const time = Date.UTC(2024, 0, 1) + (c + n * 10) * 86_400_000;
      rows.push(`c${c},${item},${new Date(time).toISOString()}`);
    }
  }
  return rows.join('\n');
}

describe('shopkeeper eval recommender / train recommender', { timeout: 60_000 }, () => {
  it('prints one JSON object with the model, the popularity baseline, timings and memory', async () => {
    const file = path.join(dir, 'small.csv');
    writeFileSync(file, interactionsCsv('user,item,timestamp'));
    const { code, stdout } = await shopkeeper('eval', 'recommender', '--interactions', file, '--k', '3', '--json', '--quiet');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ k: 3, split: 'random-by-user', similarity: 'jaccard', users: 30, trainEvents: 90, testEvents: 30 });
    for (const field of ['precision', 'recall', 'ndcg', 'map', 'coverage']) {
      expect(report[field]).toBeGreaterThanOrEqual(0);
      expect(report.baseline[field]).toBeGreaterThanOrEqual(0);
    }
    // Taste groups are what item similarity sees and popularity cannot.
    expect(report.precision).toBeGreaterThan(report.baseline.precision);
    expect(report.recommendMsP50).toBeGreaterThanOrEqual(0);
    expect(report.peakRssMb).toBeGreaterThan(0);
  });

  it('reads gzip, names columns with --columns, splits by time and takes --similarity', async () => {
    const file = path.join(dir, 'renamed.csv.gz');
    writeFileSync(file, gzipSync(interactionsCsv('shopper,sku,when')));
    const { code, stdout } = await shopkeeper(
      'eval', 'recommender', '--interactions', file, '--columns', 'user=shopper,item=sku,timestamp=when',
      '--split', 'temporal', '--test-from', '2024-01-25', '--similarity', 'rp3beta', '--json', '--quiet',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ split: 'temporal', testFrom: '2024-01-25T00:00:00.000Z', similarity: 'rp3beta' });
    expect(report.users).toBeGreaterThan(0);
  });

  it('shows progress on stderr unless --quiet', async () => {
    const file = path.join(dir, 'small.csv');
    writeFileSync(file, interactionsCsv('user,item,timestamp'));
    const { code, stderr } = await shopkeeper('eval', 'recommender', '--interactions', file, '--json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/fit: similarity/);
    expect(stderr).toMatch(/recommend \d+\/\d+/);
  });

  it.each([
    { what: 'an unknown split', args: ['--split', 'sideways'], message: /--split.*sideways/ },
    { what: 'a bad ratio', args: ['--ratio', '2'], message: /--ratio must be a number between 0.01 and 0.99/ },
    { what: 'a missing file', args: ['--interactions', '/nonexistent/file.csv'], message: /cannot read \/nonexistent\/file.csv/ },
  ])('fails with one readable line for $what', async ({ args, message }) => {
    const file = path.join(dir, 'small.csv');
    writeFileSync(file, interactionsCsv('user,item,timestamp'));
    const { code, stderr } = await shopkeeper('eval', 'recommender', '--interactions', file, ...args, '--quiet');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('trains on a file and saves a model the bot can load', async () => {
    const file = path.join(dir, 'small.csv');
    const out = path.join(dir, 'models', 'recommender.json');
    writeFileSync(file, interactionsCsv('user,item,timestamp'));
    const { code, stdout } = await shopkeeper('train', 'recommender', '--interactions', file, '--out', out, '--half-life', '7', '--json', '--quiet');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ out, events: 120, users: 30, items: 10, halfLifeDays: 7 });
    const model = loadRecommender(out);
    const suggested = model.suggest({ mode: 'personal', user: 'c0', k: 1 });
    expect(suggested[0].itemId).toMatch(/^A/); // c0 is in taste group A
  });
});

describe('shopkeeper train recommender from the store', { timeout: 120_000 }, () => {
  it("fits on the store's interactions and products and saves beside the store by default", async () => {
    const dataDir = path.join(dir, 'store-data');
    expect((await shopkeeper('seed', '--data-dir', dataDir)).code).toBe(0);
    const { code, stdout } = await shopkeeper('train', 'recommender', '--data-dir', dataDir, '--json', '--quiet');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.out).toBe(path.join(dataDir, 'models', 'recommender.json'));
    expect(summary.events).toBeGreaterThan(0);
    expect(summary.catalogItems).toBeGreaterThan(0);
    const model = loadRecommender(summary.out);
    const [first] = model.suggest({ mode: 'trending', k: 1 });
    // Reasons speak in the shop's own words: a category name, not an id.
    expect(first.reason.text).toMatch(/^(Popular in|Trending|A favourite in) /);
  });
});
