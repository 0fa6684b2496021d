/**
 * Creates the store from a shop folder (the demo shop in data/demo-shop by default) on first start,
 * and imports a shop's own files later. The demo's dates are generated around a fixed `anchorDate`;
 * seeding moves them so that the anchor becomes today, so "processing" orders stay fresh whenever
 * someone tries the demo.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ShopStores } from './ports.ts';
import { customerSchema, interactionSchema, orderSchema, parseRecords, productSchema, returnSchema } from './shopSchemas.ts';
import { loadShopProfile } from './shopProfile.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface SeedReport {
  products: number;
  customers: number;
  orders: number;
  returns: number;
  interactions: number;
  shiftedDays: number;
}

export function seedMarkerPath(dataDir: string): string {
  return path.join(dataDir, 'store', 'seeded.json');
}

export function isSeeded(dataDir: string): boolean {
  return existsSync(seedMarkerPath(dataDir));
}

/** Loads every file the shop folder has into the stores. The marker is written last. */
export async function seedStore(
  stores: ShopStores,
  shopDir: string,
  dataDir: string,
  now: Date = new Date(),
): Promise<SeedReport> {
  const profile = await loadShopProfile(shopDir);
  const anchor = profile.anchorDate ? Date.parse(profile.anchorDate) : NaN;
  const shiftedDays = Number.isNaN(anchor) ? 0 : Math.floor((now.getTime() - anchor) / DAY_MS);
  const shift = (value: unknown) => shiftDates(value, shiftedDays * DAY_MS);

  const read = async (name: string): Promise<unknown[] | undefined> => {
    const file = path.join(shopDir, name);
    if (!existsSync(file)) return undefined;
    if (name.endsWith('.csv')) return parseCsv(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true });
    return JSON.parse(await readFile(file, 'utf8')) as unknown[];
  };

  const products = parseRecords(productSchema, shift((await read('products.json')) ?? []), 'products');
  const customers = parseRecords(customerSchema, shift((await read('customers.json')) ?? []), 'customers');
  const orders = parseRecords(orderSchema, shift((await read('orders.json')) ?? []), 'orders');
  const returns = parseRecords(returnSchema, shift((await read('returns.json')) ?? []), 'returns');
  const interactions = parseRecords(interactionSchema, shift((await read('interactions.csv')) ?? []), 'interactions');

  await stores.catalog.upsertProducts(products);
  await stores.customers.upsertCustomers(customers);
  await stores.orders.upsertOrders(orders);
  await stores.returns.upsertReturns(returns);
  await stores.interactions.record(interactions);

  const report: SeedReport = {
    products: products.length,
    customers: customers.length,
    orders: orders.length,
    returns: returns.length,
    interactions: interactions.length,
    shiftedDays,
  };
  await writeFile(seedMarkerPath(dataDir), JSON.stringify({ from: shopDir, at: now.toISOString(), ...report }, null, 2));
  return report;
}

/** Moves every ISO date-time string inside `value` by `ms` (a deep copy; other values unchanged). */
export function shiftDates<T>(value: T, ms: number): T {
  if (ms === 0) return value;
  if (typeof value === 'string') {
    return (ISO_DATE_TIME.test(value) ? new Date(Date.parse(value) + ms).toISOString() : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, ms)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, ms)])) as T;
  }
  return value;
}
