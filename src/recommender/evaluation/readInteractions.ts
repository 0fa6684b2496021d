/**
 * Reads interaction files for evaluation and training: MovieLens `u.data` (user, item, rating,
 * seconds; tab-separated) or CSV with a header. CSV columns are found by name (user/customer_id,
 * item/stock_code/productId, timestamp/invoice_date, optional weight/rating, event/type, basket/
 * invoice_no) or given with `columns`. Gzip'd files are read transparently.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { InteractionEvent } from '../types.ts';

export type InteractionFormat = 'movielens' | 'csv';
export const FORMATS: readonly InteractionFormat[] = ['movielens', 'csv'];

export type Field = 'user' | 'item' | 'timestamp' | 'weight' | 'event' | 'basket';
const FIELDS: readonly Field[] = ['user', 'item', 'timestamp', 'weight', 'event', 'basket'];

/** Header names accepted for each field, first match wins (compared case-insensitively). */
const COLUMN_NAMES: Record<Field, string[]> = {
  user: ['user', 'user_id', 'userid', 'customer_id', 'customerid', 'customer'],
  item: ['item', 'item_id', 'itemid', 'product_id', 'productid', 'stock_code', 'stockcode', 'sku'],
  timestamp: ['timestamp', 'time', 'date', 'invoice_date', 'invoicedate', 'created_at'],
  weight: ['weight', 'rating'],
  event: ['event', 'type', 'event_type'],
  basket: ['basket', 'basket_id', 'order_id', 'orderid', 'invoice_no', 'invoiceno', 'invoice'],
};

/**
 * Codes in the UCI Online Retail data that are not products (postage, manual entries, fees,
 * vouchers...): dropped whenever the item column is `stock_code`, as the dataset's README advises.
 */
export const UCI_NON_PRODUCT_CODES: ReadonlySet<string> = new Set([
  'POST', 'DOT', 'M', 'm', 'C2', 'PADS', 'BANK CHARGES', 'AMAZONFEE', 'B', 'CRUK', 'D', 'S',
]);
const isUciVoucher = (code: string) => code.startsWith('gift_0001_');

export interface ReadOptions {
  format: InteractionFormat;
  /** Explicit column names, e.g. { user: 'customer_id', item: 'stock_code' }; others found by name. */
  columns?: Partial<Record<Field, string>>;
}

export interface ReadResult {
  events: InteractionEvent[];
  /** Rows dropped (non-product codes, rows without a user or item). */
  dropped: number;
  columns?: Partial<Record<Field, string>>;
}

export class InteractionFileError extends Error {}

export function readInteractionFile(path: string, options: ReadOptions): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InteractionFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const text = (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8');
  return options.format === 'movielens' ? parseMovieLens(text, path) : parseCsv(text, path, options.columns);
}

/** "a=b,c=d" → { a: 'b', c: 'd' }, for --columns. */
export function parseColumnsOption(text: string): Partial<Record<Field, string>> {
  const columns: Partial<Record<Field, string>> = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    if (!FIELDS.includes(field as Field) || !column) {
      throw new InteractionFileError(`--columns expects field=column pairs with fields ${FIELDS.join(', ')}; got "${pair}"`);
    }
    columns[field as Field] = column;
  }
  return columns;
}

export function parseMovieLens(text: string, source = 'input'): ReadResult {
  const events: InteractionEvent[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.trim() === '') return;
    const [user, item, rating, seconds] = line.trim().split(/\s+/);
    const weight = Number(rating);
    const timestamp = Number(seconds) * 1000;
    if (!item || !Number.isFinite(weight) || !Number.isFinite(timestamp)) {
      throw new InteractionFileError(`${source} line ${n + 1} is not "user<TAB>item<TAB>rating<TAB>seconds": "${line.slice(0, 80)}"`);
    }
    events.push({ user, item, weight, timestamp, type: 'rating' });
  });
  return { events, dropped: 0 };
}

export function parseCsv(text: string, source = 'input', explicit: Partial<Record<Field, string>> = {}): ReadResult {
  const rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (rows.length === 0) throw new InteractionFileError(`${source} is empty`);
  const header = rows[0].map((h) => h.trim());
  const columns = resolveColumns(header, explicit, source);
  const position = (field: Field) => (columns[field] !== undefined ? header.indexOf(columns[field]!) : -1);
  const [user, item, time, weight, event, basket] = FIELDS.map(position);
  const dropNonProducts = columns.item?.toLowerCase() === 'stock_code';
  const events: InteractionEvent[] = [];
  let dropped = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const itemId = row[item]?.trim();
    const userId = row[user]?.trim();
    if (!itemId || !userId || (dropNonProducts && (UCI_NON_PRODUCT_CODES.has(itemId) || isUciVoucher(itemId)))) {
      dropped++;
      continue;
    }
    const timestamp = parseTime(row[time] ?? '');
    if (!Number.isFinite(timestamp)) {
      throw new InteractionFileError(`${source} row ${r + 1}: "${row[time]}" is not a date or a number of seconds`);
    }
    const e: InteractionEvent = { user: userId, item: itemId, timestamp };
    if (weight >= 0 && row[weight]?.trim()) {
      const value = Number(row[weight]);
      if (!Number.isFinite(value)) throw new InteractionFileError(`${source} row ${r + 1}: weight "${row[weight]}" is not a number`);
      e.weight = value;
    }
    if (event >= 0 && row[event]?.trim()) e.type = row[event].trim();
    if (basket >= 0 && row[basket]?.trim()) e.basket = row[basket].trim();
    events.push(e);
  }
  return { events, dropped, columns };
}

function resolveColumns(
  header: string[],
  explicit: Partial<Record<Field, string>>,
  source: string,
): Partial<Record<Field, string>> {
  const lower = header.map((h) => h.toLowerCase());
  const columns: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      if (!header.includes(wanted)) throw new InteractionFileError(`${source} has no column "${wanted}" (columns: ${header.join(', ')})`);
      columns[field] = wanted;
      continue;
    }
    const found = COLUMN_NAMES[field].map((name) => lower.indexOf(name)).find((i) => i >= 0);
    if (found !== undefined) columns[field] = header[found];
  }
  for (const required of ['user', 'item', 'timestamp'] as const) {
    if (!columns[required]) {
      throw new InteractionFileError(
        `${source} has no ${required} column (looked for ${COLUMN_NAMES[required].join(', ')}; name it with --columns ${required}=NAME)`,
      );
    }
  }
  return columns;
}

/** Seconds since the epoch, or an ISO-like date; a date without a zone is taken as UTC. */
export function parseTime(text: string): number {
  const value = text.trim();
  if (value === '') return NaN;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const iso = value.replace(' ', 'T');
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(iso);
  return Date.parse(hasZone || !iso.includes('T') ? iso : `${iso}Z`);
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
