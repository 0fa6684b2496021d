/**
 * Saving and loading a fitted model: one JSON file holding the data's time range, the parameters,
 * the ids, the catalog and every typed array as base64 (compact, exact, no per-pair objects).
 * A path ending in .gz is gzip'd; loading recognises gzip by its magic bytes, whatever the name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CatalogItem, Recommender } from './types.ts';
import type { ModelState } from './modelState.ts';
import type { Csr } from './sparse.ts';
import { ItemSimilarityRecommender } from './model.ts';
import { MODEL_FORMAT_VERSION } from './fit.ts';
import { resolveOptions } from './options.ts';

const FORMAT = 'shopkeeper-recommender';

interface SavedCsr {
  rows: number;
  cols: number;
  ptr: string;
  idx: string;
  val: string;
}

interface SavedModel {
  format: typeof FORMAT;
  info: ModelState['info'];
  itemIds: string[];
  userIds: string[];
  affinity: SavedCsr;
  bought: string;
  similar: SavedCsr;
  together: SavedCsr;
  popularity: string;
  trending: string;
  catalog: CatalogItem[];
}

export function saveRecommender(model: Recommender, path: string): void {
  if (!(model instanceof ItemSimilarityRecommender)) throw new TypeError('only models made by fitRecommender can be saved');
  const state = model.modelState;
  const saved: SavedModel = {
    format: FORMAT,
    info: state.info,
    itemIds: state.itemIds,
    userIds: state.userIds,
    affinity: saveCsr(state.affinity),
    bought: toBase64(state.bought),
    similar: saveCsr(state.similar),
    together: saveCsr(state.together),
    popularity: toBase64(state.popularity),
    trending: toBase64(state.trending),
    catalog: state.catalog,
  };
  const json = JSON.stringify(saved);
  writeFileSync(path, path.endsWith('.gz') ? gzipSync(json) : json);
}

/** Loads a saved model; `catalog`, when given, replaces the saved one (fresh stock and prices). */
export function loadRecommender(path: string, catalog?: readonly CatalogItem[]): Recommender {
  let saved: SavedModel;
  try {
    const bytes = readFileSync(path);
    const isGzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
    saved = JSON.parse((isGzip ? gunzipSync(bytes) : bytes).toString('utf8')) as SavedModel;
  } catch (error) {
    throw new Error(`${path} is not a saved recommender (${(error as Error).message})`);
  }
  if (saved?.format !== FORMAT) throw new Error(`${path} is not a saved recommender`);
  if (saved.info.version !== MODEL_FORMAT_VERSION) {
    throw new Error(`${path} has model format ${saved.info.version}; this version reads ${MODEL_FORMAT_VERSION}: refit it`);
  }
  const state: ModelState = {
    // A file saved before an option existed gets that option's default.
    info: { ...saved.info, options: resolveOptions(saved.info.options) },
    itemIds: saved.itemIds,
    userIds: saved.userIds,
    affinity: loadCsr(saved.affinity),
    bought: new Uint8Array(fromBase64(saved.bought)),
    similar: loadCsr(saved.similar),
    together: loadCsr(saved.together),
    popularity: new Float32Array(fromBase64(saved.popularity)),
    trending: new Float32Array(fromBase64(saved.trending)),
    catalog: saved.catalog,
  };
  return new ItemSimilarityRecommender(state, catalog ?? saved.catalog);
}

function saveCsr(matrix: Csr): SavedCsr {
  return { rows: matrix.rows, cols: matrix.cols, ptr: toBase64(matrix.ptr), idx: toBase64(matrix.idx), val: toBase64(matrix.val) };
}

function loadCsr(saved: SavedCsr): Csr {
  return {
    rows: saved.rows,
    cols: saved.cols,
    ptr: new Int32Array(fromBase64(saved.ptr)),
    idx: new Int32Array(fromBase64(saved.idx)),
    val: new Float32Array(fromBase64(saved.val)),
  };
}

function toBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A fresh, aligned ArrayBuffer with the decoded bytes (Buffer's own pool may be misaligned). */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}
