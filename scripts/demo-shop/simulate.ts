/**
 * Eighteen months of ordinary customers' orders: how many each places (log-normal activity, more
 * for longer-standing customers), when (more in November and December, growing over time), and what.
 */
import type { Catalog, CatalogEntry } from './catalog.ts';
import { randomPlan, type PlacedOrder } from './orderLifecycle.ts';
import { randomAddress, randomName, type SimCustomer } from './people.ts';
import type { Rng } from './random.ts';
import { buildBasket } from './shopping.ts';
import { CLOCK_STOPS_MS, DAY_MS, HISTORY_DAYS, HISTORY_START_MS, HOUR_MS, MINUTE_MS, monthOf, toSecond } from './time.ts';

/** Orders per customer per 30 days at activity 1. */
const ORDER_RATE = 0.26;
/** Shop-wide demand by month (January first): the holiday season is the busiest. */
const MONTH_VOLUME = [0.85, 0.75, 0.85, 0.9, 0.95, 0.9, 0.9, 0.95, 0.95, 1.0, 1.4, 1.75];
const GROWTH = 0.5;
const RESTOCK_CATEGORIES = new Set(['coffee', 'beauty']);

/** Relative shop traffic at `ms` (season x growth), at most 1. */
export function trafficAt(ms: number): number {
  const progress = Math.min(1, Math.max(0, (ms - HISTORY_START_MS) / (HISTORY_DAYS * DAY_MS)));
  return (MONTH_VOLUME[monthOf(ms)] * (1 + GROWTH * progress)) / (1.75 * (1 + GROWTH));
}

/** A moment in [from, to], busier months more likely. */
export function busyMoment(from: number, to: number, rng: Rng): number {
  for (;;) {
    const ms = rng.float(from, to);
    if (rng.next() < trafficAt(ms)) return toSecond(ms);
  }
}

export function activeFrom(customer: SimCustomer): number {
  return Math.max(customer.signupMs + 2 * HOUR_MS, HISTORY_START_MS);
}

/** Order times for one customer, sorted, at least a day apart (one basket per order). */
export function orderMoments(count: number, from: number, to: number, rng: Rng): number[] {
  const moments = Array.from({ length: count }, () => busyMoment(from, to, rng)).sort((a, b) => a - b);
  return moments.filter((ms, i) => i === 0 || ms - moments[i - 1] >= DAY_MS);
}

export function simulateOrders(catalog: Catalog, customers: SimCustomer[], rng: Rng): PlacedOrder[] {
  const placed: PlacedOrder[] = [];
  for (const sim of customers) {
    const from = activeFrom(sim);
    const to = CLOCK_STOPS_MS - 30 * MINUTE_MS;
    if (from >= to) continue;
    const expected = sim.activity * ORDER_RATE * ((to - from) / (30 * DAY_MS));
    const count = Math.floor(expected + rng.next());
    const bought: CatalogEntry[] = [];
    for (const ms of orderMoments(count, from, to, rng)) {
      const restock = bought.filter((e) => RESTOCK_CATEGORIES.has(e.category));
      const lines = buildBasket(catalog, sim.taste, ms, rng, restock);
      if (lines.length === 0) continue;
      for (const line of lines) if (!bought.includes(line.entry)) bought.push(line.entry);
      // Most orders go home; some are gifts sent to someone else.
      const address = rng.chance(0.9) ? sim.home : randomAddress(randomName(rng), rng);
      placed.push({ customerId: sim.customer.id, email: sim.customer.email, createdAt: ms, lines, address, plan: randomPlan(lines, rng) });
    }
  }
  return placed;
}
