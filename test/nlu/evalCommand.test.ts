import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shopkeeper } from '../support/runShopkeeper.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'intents-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const csv = (rows: [string, string][]) => `text,intent\n${rows.map(([t, i]) => `"${t}",${i}`).join('\n')}\n`;
const train = path.join(dir, 'train.csv');
const validation = path.join(dir, 'validation.csv');
const test = path.join(dir, 'test.csv');
writeFileSync(
  train,
  csv([
    ['where is my order', 'order_status'],
    ['track my parcel', 'order_status'],
    ['has my package shipped yet', 'order_status'],
    ['when will my order arrive', 'order_status'],
    ['I want my money back', 'refund_status'],
    ['where is my refund', 'refund_status'],
    ['has the refund been paid', 'refund_status'],
    ['refund status please', 'refund_status'],
    ['hello', 'greet'],
    ['hi there', 'greet'],
    ['good morning', 'greet'],
    ['hey', 'greet'],
  ]),
);
writeFileSync(validation, csv([['where is my parcel', 'order_status'], ['my refund please', 'refund_status'], ['hiya', 'greet'], ['who won the football', 'oos']]));
writeFileSync(test, csv([['track my order', 'order_status'], ['refund please', 'refund_status'], ['hello there', 'greet'], ['capital of France', 'oos']]));

describe('shopkeeper eval intents', { timeout: 60_000 }, () => {
  it('prints one JSON object with the figures', async () => {
    const { code, stdout } = await shopkeeper('eval', 'intents', '--train', train, '--validation', validation, '--test', test, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    for (const key of ['accuracy', 'macroF1', 'inScopeAccuracy', 'oosRecall', 'oosPrecision', 'trainSeconds', 'latencyP50Ms', 'latencyP99Ms']) {
      expect(typeof report[key], key).toBe('number');
    }
    expect(report.examples).toBe(4);
    expect(report.inScopeExamples).toBe(3);
    expect(report.thresholdSource).toBe('validation');
    expect(report.perIntent.map((c: { intent: string }) => c.intent)).toEqual(['greet', 'oos', 'order_status', 'refund_status']);
    expect(Array.isArray(report.confusedPairs)).toBe(true);
  });

  it('prints a readable report with the per-intent table', async () => {
    const { code, stdout } = await shopkeeper('eval', 'intents', '--train', train, '--test', test);
    expect(code).toBe(0);
    expect(stdout).toMatch(/accuracy\s+\d+\.\d%/);
    expect(stdout).toMatch(/oos recall/);
    expect(stdout).toMatch(/refund_status\s+1\s/);
    expect(stdout).toMatch(/no out-of-scope validation rows/);
  });

  it('exits with 1 when accuracy is under --min-accuracy and 0 when it is not', async () => {
    // Without validation there is no out-of-scope threshold: the oos test row is always wrong.
    const below = await shopkeeper('eval', 'intents', '--train', train, '--test', test, '--min-accuracy', '0.9', '--json');
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/accuracy 0\.\d+ is below --min-accuracy 0\.9/);
    expect(JSON.parse(below.stdout).oosRecall).toBe(0);
    expect((await shopkeeper('eval', 'intents', '--train', train, '--test', test, '--min-accuracy', '0.1', '--json')).code).toBe(0);
  });

  it('reports missing files and bad options in one line', async () => {
    const missing = await shopkeeper('eval', 'intents', '--train', path.join(dir, 'nope.csv'), '--test', test);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: no such file/);
    const bad = await shopkeeper('eval', 'intents', '--train', train, '--test', test, '--min-accuracy', 'high');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--min-accuracy must be a number between 0 and 1/);
  });
});

describe('shopkeeper train intents', { timeout: 60_000 }, () => {
  it('saves the model under --out', async () => {
    const out = path.join(dir, 'models', 'intents.json');
    const { code, stdout, stderr } = await shopkeeper('train', 'intents', '--train', train, '--validation', validation, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/epoch 1\//);
    // The weights are refitted on train + validation after calibration, as the bot does.
    expect(stdout).toMatch(/saved .*intents\.json: 3 intents, 12 training \+ 4 validation messages \(1 out of scope\).*refitted on the validation messages too/);
    expect(existsSync(out)).toBe(true);
    const plain = await shopkeeper('train', 'intents', '--train', train, '--validation', validation, '--out', out, '--no-refit', '--json');
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ trainExamples: 12 });
    expect(JSON.parse(plain.stdout).refit).toBeUndefined();
  });
});
