/**
 * Builds the whole demo shop from a seed: catalogue, the five demo customers' stories, ordinary
 * customers' orders, returns and the click stream, as the file contents data/demo-shop holds.
 * Nothing reads the clock or Math.random, so the same seed gives the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Customer, Interaction, Order, Product, ReturnRequest } from '../../src/shop/types.ts';
import { buildCatalog, compare } from './catalog.ts';
import { demoCast } from './demoCustomers.ts';
import { browsingInteractions, interactionsCsv, orderInteractions, sortInteractions } from './interactions.ts';
import { orderAtAnchor } from './orderLifecycle.ts';
import { randomCustomers } from './people.ts';
import { Rng } from './random.ts';
import { demoShopProfile } from './shopJson.ts';
import { simulateOrders } from './simulate.ts';

export const DEFAULT_SEED = 20261120;
export const CUSTOMER_COUNT = 1200;
export const DEMO_FILES = ['shop.json', 'products.json', 'customers.json', 'orders.json', 'returns.json', 'interactions.csv'] as const;

export interface DemoShop {
  products: Product[];
  customers: Customer[];
  orders: Order[];
  returns: ReturnRequest[];
  interactions: Interaction[];
  goesWith: { template: string; productIds: string[] }[];
  files: Record<(typeof DEMO_FILES)[number], string>;
}

export function generateDemoShop(seed = DEFAULT_SEED, progress: (line: string) => void = () => {}): DemoShop {
  const rng = new Rng(seed);
  const catalog = buildCatalog(rng.fork('catalog'));
  progress(`catalogue: ${catalog.entries.length} products in ${catalog.categories.length} categories, ${catalog.groups.length} goes-with groups`);

  const cast = demoCast(catalog, rng.fork('demo'));
  const others = randomCustomers(CUSTOMER_COUNT - cast.customers.length, cast.customers.length + 1, rng.fork('customers'));
  const people = [...cast.customers, ...others];
  const placed = [...cast.orders, ...simulateOrders(catalog, others, rng.fork('orders'))].sort(
    (a, b) => a.createdAt - b.createdAt || compare(a.customerId, b.customerId),
  );
  progress(`customers: ${people.length}; orders placed: ${placed.length}`);

  // Order numbers follow the order of placing, as a shop's own numbering does.
  const lifecycle = rng.fork('lifecycle');
  const orders: Order[] = [];
  const returnDrafts: Omit<ReturnRequest, 'id'>[] = [];
  placed.forEach((p, index) => {
    const id = `SK-${100001 + index}`;
    const { order, returnRequest } = orderAtAnchor(p, lifecycle);
    orders.push({ id, ...order });
    if (returnRequest) returnDrafts.push({ orderId: id, ...returnRequest });
  });
  const returns: ReturnRequest[] = returnDrafts
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.orderId, b.orderId))
    .map((r, index) => ({ id: `R-${String(index + 1).padStart(6, '0')}`, ...r }));

  const clicks = rng.fork('interactions');
  const signup = new Map(people.map((p) => [p.customer.id, p.signupMs]));
  const ordersPer = new Map<string, number>();
  const events: Interaction[] = [];
  for (const p of placed) {
    events.push(...orderInteractions(p, signup.get(p.customerId)!, clicks));
    ordersPer.set(p.customerId, (ordersPer.get(p.customerId) ?? 0) + 1);
  }
  for (const person of people) events.push(...browsingInteractions(catalog, person, ordersPer.get(person.customer.id) ?? 0, clicks));
  const interactions = sortInteractions(events);
  progress(`orders: ${orders.length}, returns: ${returns.length}, interactions: ${interactions.length}`);

  const products = catalog.entries.map((e) => e.product);
  const customers = people.map((p) => p.customer).sort((a, b) => compare(a.id, b.id));
  return {
    products,
    customers,
    orders,
    returns,
    interactions,
    goesWith: catalog.groups,
    files: {
      'shop.json': JSON.stringify(demoShopProfile(), null, 2) + '\n',
      'products.json': jsonLines(products),
      'customers.json': jsonLines(customers),
      'orders.json': jsonLines(orders),
      'returns.json': jsonLines(returns),
      'interactions.csv': interactionsCsv(interactions),
    },
  };
}

/** A JSON array with one record per line: a third of the size of indented JSON, and diffs stay readable. */
function jsonLines(records: unknown[]): string {
  return records.length ? `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n';
}

export async function writeDemoShop(shop: DemoShop, outDir: string): Promise<{ file: string; bytes: number }[]> {
  await mkdir(outDir, { recursive: true });
  const written: { file: string; bytes: number }[] = [];
  for (const name of DEMO_FILES) {
    const file = path.join(outDir, name);
    await writeFile(file, shop.files[name]);
    written.push({ file, bytes: Buffer.byteLength(shop.files[name]) });
  }
  return written;
}
