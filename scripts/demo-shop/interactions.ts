/**
 * The click stream: every order's items are viewed, added to the cart and bought (the purchase at
 * exactly the order's time, so a basket is "same customer, same timestamp"); between orders people
 * browse their categories and the goes-with partners of what they look at, and abandon a few carts.
 */
import type { Interaction, InteractionType } from '../../src/shop/types.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import type { PlacedOrder } from './orderLifecycle.ts';
import type { SimCustomer } from './people.ts';
import type { Rng } from './random.ts';
import { availableAt, chooseCategory, chooseProduct, partnersOf } from './shopping.ts';
import { activeFrom, busyMoment } from './simulate.ts';
import { CLOCK_STOPS_MS, DAY_MS, HOUR_MS, MINUTE_MS, iso, toSecond } from './time.ts';

const event = (customerId: string, entry: CatalogEntry, type: InteractionType, ms: number): Interaction => ({
  customerId,
  productId: entry.product.id,
  type,
  timestamp: iso(toSecond(ms)),
});

/** Views, then add-to-cart, then the purchase, for each line of an order. */
export function orderInteractions(placed: PlacedOrder, signupMs: number, rng: Rng): Interaction[] {
  const out: Interaction[] = [];
  for (const { entry } of placed.lines) {
    const earliest = Math.max(signupMs, entry.availableFrom) + MINUTE_MS;
    const cartAt = Math.max(earliest + MINUTE_MS, placed.createdAt - rng.float(1, 25) * MINUTE_MS);
    const viewFrom = Math.max(earliest, placed.createdAt - 4 * DAY_MS);
    const views = rng.weighted([1, 2, 3], (n) => [0.5, 0.35, 0.15][n - 1]);
    if (viewFrom < cartAt - MINUTE_MS) {
      for (let i = 0; i < views; i++) out.push(event(placed.customerId, entry, 'view', rng.float(viewFrom, cartAt - MINUTE_MS)));
    }
    if (cartAt < placed.createdAt) out.push(event(placed.customerId, entry, 'add_to_cart', cartAt));
    out.push(event(placed.customerId, entry, 'purchase', placed.createdAt));
  }
  return out;
}

/** Browsing sessions that end without an order: a category, a few products, sometimes a cart. */
export function browsingInteractions(catalog: Catalog, sim: SimCustomer, orders: number, rng: Rng): Interaction[] {
  const from = activeFrom(sim);
  const to = CLOCK_STOPS_MS - HOUR_MS;
  if (from >= to) return [];
  const sessions = Math.floor(2.4 * orders + 4 * sim.activity + rng.next());
  const out: Interaction[] = [];
  for (let s = 0; s < sessions; s++) {
    let ms = busyMoment(from, to, rng);
    let category = chooseCategory(catalog, sim.taste, ms, rng);
    let last: CatalogEntry | undefined;
    const length = rng.int(2, 6);
    for (let v = 0; v < length; v++) {
      const partners = last && rng.chance(0.35) ? partnersOf(catalog, last, ms, rng) : [];
      if (!partners.length && rng.chance(0.2)) category = chooseCategory(catalog, sim.taste, ms, rng);
      const next = partners.length ? rng.pick(partners) : chooseProduct(availableAt(catalog.byCategory.get(category)!, ms), sim.taste, rng);
      if (!next) break;
      out.push(event(sim.customer.id, next, 'view', ms));
      if (rng.chance(0.05)) out.push(event(sim.customer.id, next, 'add_to_cart', ms + rng.float(0.5, 2) * MINUTE_MS));
      last = next;
      ms += rng.float(0.5, 4) * MINUTE_MS;
      if (ms > to) break;
    }
  }
  return out;
}

const TYPE_ORDER: Record<string, number> = { view: 0, add_to_cart: 1, purchase: 2, suggestion_shown: 3, suggestion_clicked: 4 };

/** Time order; ties broken by customer, type and product so the file is the same on every run. */
export function sortInteractions(interactions: Interaction[]): Interaction[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...interactions].sort(
    (a, b) => cmp(a.timestamp, b.timestamp) || cmp(a.customerId, b.customerId) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || cmp(a.productId, b.productId),
  );
}

export function interactionsCsv(interactions: Interaction[]): string {
  return ['customerId,productId,type,timestamp', ...interactions.map((i) => `${i.customerId},${i.productId},${i.type},${i.timestamp}`)].join('\n') + '\n';
}
