/**
 * Reads a shop's own export (JSON arrays, or CSV with one row per record; orders with one row per
 * order line) into records the schemas validate. Column names are the field names; attributes,
 * tags and addresses are flattened in CSV (see the README's import section).
 */
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';

type Row = Record<string, string>;

export type ImportKind = 'products' | 'customers' | 'orders' | 'returns' | 'interactions';

export async function readImportFile(file: string, kind: ImportKind): Promise<unknown[]> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of ${kind}`);
    return parsed;
  }
  if (!file.endsWith('.csv')) throw new Error(`${file}: only .json and .csv files can be imported`);
  const rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  switch (kind) {
    case 'products':
      return rows.map(productFromRow);
    case 'customers':
      return rows.map(customerFromRow);
    case 'orders':
      return ordersFromRows(rows);
    case 'interactions':
      return rows;
    case 'returns':
      throw new Error(`${file}: returns can be imported from JSON only`);
  }
}

const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
const list = (value: string | undefined) => (value ? value.split(/[;|]/).map((s) => s.trim()).filter(Boolean) : []);
const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

function productFromRow(row: Row): unknown {
  const { id, name, description, category, tags, price, stock, image, createdAt, ...rest } = row;
  const attributes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''));
  return { id, name, description, category, tags: list(tags), price: number(price), stock: number(stock), image, createdAt, attributes };
}

function customerFromRow(row: Row): unknown {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    postcode: row.postcode,
    signupDate: row.signupDate,
    preferences: {
      personalization: row.personalization !== 'false',
      marketingEmails: row.marketingEmails === 'true',
      favouriteCategories: list(row.favouriteCategories),
    },
  };
}

/** One row per order line; the order's own columns repeat on each of its lines. */
function ordersFromRows(rows: Row[]): unknown[] {
  const orders = new Map<string, Record<string, unknown> & { items: unknown[] }>();
  for (const row of rows) {
    let order = orders.get(row.id);
    if (!order) {
      order = {
        id: row.id,
        customerId: row.customerId,
        email: row.email,
        createdAt: row.createdAt,
        status: row.status,
        items: [],
        shippingAddress: {
          name: row.shippingName,
          line1: row.line1,
          city: row.city,
          state: row.state ?? '',
          postcode: row.postcode,
          country: row.country || 'US',
        },
        shippingCost: number(row.shippingCost) ?? 0,
        total: number(row.total),
        ...(row.carrier
          ? {
              shipment: {
                carrier: row.carrier,
                trackingNumber: row.trackingNumber,
                shippedAt: row.shippedAt,
                expectedDelivery: row.expectedDelivery,
                deliveredAt: optional(row.deliveredAt),
              },
            }
          : {}),
        cancelledAt: optional(row.cancelledAt),
      };
      orders.set(row.id, order);
    }
    order.items.push({ productId: row.productId, name: row.productName, quantity: number(row.quantity), unitPrice: number(row.unitPrice) });
  }
  return [...orders.values()];
}
