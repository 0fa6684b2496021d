import { describe, expect, it } from 'vitest';
import { catalogCoverage, percentile, rankingMetrics } from '../../src/recommender/evaluation/metrics.ts';

const ln = Math.log;

describe('ranking metrics (Microsoft Recommenders definitions), worked by hand', () => {
  // alice: relevant {a, b, c}; list [a, x, b, y]  -> hits at ranks 1 and 3
  // bob:   relevant {d};       list [x, y, z, w]  -> no hit
  // carol: relevant {e};       no list             -> not counted (not in both truth and predictions)
  const relevant = new Map([
    ['alice', new Set(['a', 'b', 'c'])],
    ['bob', new Set(['d'])],
    ['carol', new Set(['e'])],
  ]);
  const recommended = new Map([
    ['alice', ['a', 'x', 'b', 'y']],
    ['bob', ['x', 'y', 'z', 'w']],
  ]);
  const k = 4;
  const m = rankingMetrics(relevant, recommended, k);

  it.each([
    { metric: 'users', value: m.users, expected: 2 },
    { metric: 'precision@4 = mean(hits / k)', value: m.precision, expected: (2 / 4 + 0) / 2 },
    { metric: 'recall@4 = mean(hits / relevant)', value: m.recall, expected: (2 / 3 + 0) / 2 },
    {
      metric: 'nDCG@4 with 1/ln(1 + rank)',
      value: m.ndcg,
      expected: ((1 / ln(2) + 1 / ln(4)) / (1 / ln(2) + 1 / ln(3) + 1 / ln(4)) + 0) / 2,
    },
    { metric: 'MAP over all relevant items', value: m.map, expected: ((1 / 1 + 2 / 3) / 3 + 0) / 2 },
  ])('$metric', ({ value, expected }) => {
    expect(value).toBeCloseTo(expected, 12);
  });

  it('counts only the first k of a longer list', () => {
    const cut = rankingMetrics(new Map([['u', new Set(['z'])]]), new Map([['u', ['a', 'b', 'z']]]), 2);
    expect(cut).toMatchObject({ precision: 0, recall: 0, ndcg: 0, map: 0, users: 1 });
  });

  it('scores a perfect list 1 on precision, recall, nDCG and MAP', () => {
    const perfect = rankingMetrics(new Map([['u', new Set(['a', 'b'])]]), new Map([['u', ['a', 'b']]]), 2);
    expect(perfect).toEqual({ precision: 1, recall: 1, ndcg: 1, map: 1, users: 1 });
  });

  it('coverage = distinct recommended items / training items', () => {
    expect(catalogCoverage(recommended, 10)).toBe(6 / 10);
  });

  it('percentile by nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile([], 50)).toBe(0);
  });
});
