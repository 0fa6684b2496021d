/**
 * Compressed sparse rows over typed arrays: row r's entries are idx[ptr[r]..ptr[r+1]) with values
 * val[...] (and optional per-entry flags). Memory is one int and one float per stored entry.
 */
export interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

/**
 * Groups (row, col, value, flag) triples into a CSR with columns ascending inside each row and
 * duplicates merged (values summed, flags or-ed). Two stable counting sorts (by column, then by
 * row), so it is linear in the number of triples and never builds an object per pair.
 */
export function groupTriples(
  rowOf: Int32Array,
  colOf: Int32Array,
  value: Float64Array,
  flag: Uint8Array,
  rows: number,
  cols: number,
): { matrix: Csr; flags: Uint8Array } {
  const n = rowOf.length;
  const byCol = countingOrder(colOf, cols, identityOrder(n));
  const byRowThenCol = countingOrder(rowOf, rows, byCol);

  const ptr = new Int32Array(rows + 1);
  const idx = new Int32Array(n);
  const val = new Float64Array(n);
  const flags = new Uint8Array(n);
  let stored = 0;
  let previousRow = -1;
  let previousCol = -1;
  for (let k = 0; k < n; k++) {
    const e = byRowThenCol[k];
    const row = rowOf[e];
    const col = colOf[e];
    if (row === previousRow && col === previousCol) {
      val[stored - 1] += value[e];
      flags[stored - 1] |= flag[e];
      continue;
    }
    idx[stored] = col;
    val[stored] = value[e];
    flags[stored] = flag[e];
    ptr[row + 1]++;
    stored++;
    previousRow = row;
    previousCol = col;
  }
  for (let r = 0; r < rows; r++) ptr[r + 1] += ptr[r];
  return {
    matrix: { rows, cols, ptr, idx: idx.slice(0, stored), val: Float32Array.from(val.subarray(0, stored)) },
    flags: flags.slice(0, stored),
  };
}

/** The transpose (columns become rows), values carried along; columns come out ascending. */
export function transpose(matrix: Csr): Csr {
  const ptr = new Int32Array(matrix.cols + 1);
  for (let k = 0; k < matrix.idx.length; k++) ptr[matrix.idx[k] + 1]++;
  for (let c = 0; c < matrix.cols; c++) ptr[c + 1] += ptr[c];
  const next = ptr.slice(0, matrix.cols);
  const idx = new Int32Array(matrix.idx.length);
  const val = new Float32Array(matrix.idx.length);
  for (let r = 0; r < matrix.rows; r++) {
    for (let k = matrix.ptr[r]; k < matrix.ptr[r + 1]; k++) {
      const slot = next[matrix.idx[k]]++;
      idx[slot] = r;
      val[slot] = matrix.val[k];
    }
  }
  return { rows: matrix.cols, cols: matrix.rows, ptr, idx, val };
}

export function rowLength(matrix: Csr, row: number): number {
  return matrix.ptr[row + 1] - matrix.ptr[row];
}

function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Stable counting sort of `order` by key[order[i]] in [0, buckets). */
function countingOrder(key: Int32Array, buckets: number, order: Int32Array): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[start[key[order[i]]]++] = order[i];
  return sorted;
}
