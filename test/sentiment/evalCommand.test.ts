import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shopkeeper } from '../support/runShopkeeper.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sentiment-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('shopkeeper eval sentiment', { timeout: 60_000 }, () => {
  it('prints one JSON object with ours and both baselines', async () => {
    const file = path.join(dir, 'small.csv');
    writeFileSync(
      file,
      [
        'text,label',
        '"been on hold 2 hours, nobody answers",negative',
        'still no refund,negative',
        '"thanks, that was quick",positive',
        'I love the new jacket,positive',
        'Do you ship to Canada?,neutral',
      ].join('\n'),
    );
    const { code, stdout } = await shopkeeper('eval', 'sentiment', '--data', file, '--json', '--baselines');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.examples).toBe(5);
    expect(report.labels).toEqual({ negative: 2, positive: 2, neutral: 1 });
    expect(report.results.map((r: { name: string }) => r.name)).toEqual(['shopkeeper', 'sentiment (AFINN) alone', 'wink-nlp alone']);
    const ours = report.results[0];
    expect(ours.accuracy).toBe(1);
    expect(ours.negative).toEqual({ precision: 1, recall: 1, f1: 1 });
    // The fields at the top level, for a shop's CI.
    expect(report).toMatchObject({ accuracy: 1, negative: { precision: 1, recall: 1, f1: 1 } });
    expect(report.latencyP99Ms).toBeGreaterThan(0);
    // The sweep: a lower cut-off never catches fewer negatives.
    const recalls = report.negativeSweep.map((p: { recall: number }) => p.recall);
    expect(report.negativeSweep.map((p: { threshold: number }) => p.threshold)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(recalls).toEqual([...recalls].sort((a, b) => b - a));
    expect(ours.confusion.matrix).toEqual([[2, 0, 0], [0, 1, 0], [0, 0, 2]]);
    expect(ours.latencyMs.p50).toBeGreaterThan(0);
    expect(report.results[1].negative.recall).toBeLessThan(1);
  });

  it('reads the uci and vader formats and counts neutral predictions on two-label data as wrong', async () => {
    const uci = path.join(dir, 'uci.txt');
    writeFileSync(uci, 'Great phone, works well.\t1\nDo you ship to Canada?\t1\nThe battery died after a day.\t0\n');
    const uciReport = JSON.parse((await shopkeeper('eval', 'sentiment', '--data', uci, '--format', 'uci', '--json')).stdout);
    expect(uciReport.examples).toBe(3);
    expect(uciReport.results[0].confusion.matrix[2][1]).toBe(1);
    expect(uciReport.results[0].accuracy).toBeCloseTo(2 / 3, 5);

    const vader = path.join(dir, 'vader.txt');
    writeFileSync(vader, '1\t2.1\tI love this so much\n2\t-0.4\tit is a chair\n3\t-2.5\tthe worst, most awful service\n');
    const vaderReport = JSON.parse((await shopkeeper('eval', 'sentiment', '--data', vader, '--json')).stdout);
    expect(vaderReport.format).toBe('vader');
    expect(vaderReport.labels).toEqual({ positive: 1, neutral: 1, negative: 1 });
  });

  it('moves the negative cut-off with --threshold and rejects bad input', async () => {
    const file = path.join(dir, 'one.csv');
    writeFileSync(file, 'text,label\nwhere is my order?,negative\n');
    const eager = JSON.parse((await shopkeeper('eval', 'sentiment', '--data', file, '--json', '--threshold', '0.05')).stdout);
    expect(eager.negativeThreshold).toBe(0.05);
    expect(eager.results[0].negative.recall).toBe(1);

    const bad = await shopkeeper('eval', 'sentiment', '--data', file, '--threshold', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold/);
    const missing = await shopkeeper('eval', 'sentiment', '--data', path.join(dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
