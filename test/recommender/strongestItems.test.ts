import { describe, expect, it } from 'vitest';
import type { Csr } from '../../src/recommender/sparse.ts';
import { strongestItems } from '../../src/recommender/strongestItems.ts';
import { findCustomerNeighbours } from '../../src/recommender/customerNeighbourLists.ts';

/** A CSR from rows of [item, affinity] pairs (items ascending, as the fit stores them). */
function csr(rows: Array<Array<[number, number]>>, cols: number): Csr {
  const ptr = new Int32Array(rows.length + 1);
  rows.forEach((row, u) => (ptr[u + 1] = ptr[u] + row.length));
  return { rows: rows.length, cols, ptr, idx: Int32Array.from(rows.flat().map(([i]) => i)), val: Float32Array.from(rows.flat().map(([, v]) => v)) };
}

function rowsOf(m: Csr): Array<Array<[number, number]>> {
  return Array.from({ length: m.rows }, (_, u) =>
    Array.from({ length: m.ptr[u + 1] - m.ptr[u] }, (_, n): [number, number] => [m.idx[m.ptr[u] + n], m.val[m.ptr[u] + n]]),
  );
}

describe('strongestItems: what a similar customer lends a query', () => {
  const affinity = csr([[[0, 1], [1, 4], [2, 2], [3, 4]], [[5, 3]], []], 6);

  it.each([
    { limit: 0, expected: [[[1, 4], [3, 4], [2, 2], [0, 1]], [[5, 3]], []] },
    { limit: 2, expected: [[[1, 4], [3, 4]], [[5, 3]], []] },
    { limit: 1, expected: [[[1, 4]], [[5, 3]], []] },
  ])('limit $limit: strongest first, ties to the smaller item, short rows whole', ({ limit, expected }) => {
    expect(rowsOf(strongestItems(affinity, limit))).toEqual(expected);
  });
});

describe('the customer item budget', () => {
  // Customer 0 shares item 0 with a small buyer (1) and a big buyer (2, ten items).
  const big: Array<[number, number]> = Array.from({ length: 10 }, (_, i) => [i, 10 - i]);
  const affinity = csr([[[0, 1]], [[0, 1], [11, 1]], big], 12);
  const lendOf = (itemBudget: number) =>
    findCustomerNeighbours(affinity, { neighbours: 5, alpha: 0.2, historyLimit: 10, itemBudget }, strongestItems(affinity, 0)).lend[0];

  it.each([
    { itemBudget: 0, lend: 10, what: 'no budget: every item' },
    { itemBudget: 12, lend: 10, what: 'everything fits: every item' },
    { itemBudget: 6, lend: 4, what: 'over it: the big buyer is cut, the small one stays whole (2 + 4)' },
    { itemBudget: 1, lend: 1, what: 'never below one item each' },
  ])('$what', ({ itemBudget, lend }) => {
    expect(lendOf(itemBudget)).toBe(lend);
  });
});
