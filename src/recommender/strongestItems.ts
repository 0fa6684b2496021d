/**
 * Each customer's items strongest first (highest affinity, ties by item number), at most `limit`
 * per customer (0 = all), as a CSR beside the affinity matrix. A similar customer lends a personal
 * query a prefix of this row: a wholesale buyer among a small customer's neighbours would otherwise
 * make the query read thousands of items, each worth little (a big history makes a distant
 * neighbour), which on a 100,000-item shop was most of a query's time.
 */
import type { Csr } from './sparse.ts';

export function strongestItems(affinity: Csr, limit: number): Csr {
  const { rows, ptr, idx, val } = affinity;
  const lengthOf = (u: number) => (limit > 0 ? Math.min(ptr[u + 1] - ptr[u], limit) : ptr[u + 1] - ptr[u]);
  const out: Csr = { rows, cols: affinity.cols, ptr: new Int32Array(rows + 1), idx: new Int32Array(0), val: new Float32Array(0) };
  for (let u = 0; u < rows; u++) out.ptr[u + 1] = out.ptr[u] + lengthOf(u);
  out.idx = new Int32Array(out.ptr[rows]);
  out.val = new Float32Array(out.ptr[rows]);
  // One scratch of entry positions, sorted a row at a time by one comparator (no closure per row).
  const order = Int32Array.from({ length: idx.length }, (_, m) => m);
  const strongerFirst = (a: number, b: number) => val[b] - val[a] || idx[a] - idx[b];
  for (let u = 0; u < rows; u++) {
    const row = order.subarray(ptr[u], ptr[u + 1]);
    if (row.length > 1) row.sort(strongerFirst);
    for (let n = 0, at = out.ptr[u]; at < out.ptr[u + 1]; n++, at++) {
      out.idx[at] = idx[row[n]];
      out.val[at] = val[row[n]];
    }
  }
  return out;
}
