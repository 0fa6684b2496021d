/**
 * The five customers behind the demo login (C0001-C0005), each with a written story so every
 * support path has an order to try it on. The stories are listed in scripts/generate-demo-shop.ts.
 * Products are drawn from the catalogue by role and taste (seeded), dates are days before the anchor.
 */
import type { Catalog, CatalogEntry } from './catalog.ts';
import type { OrderPlan, PlacedOrder, ReturnPlan } from './orderLifecycle.ts';
import type { SimCustomer, Taste } from './people.ts';
import type { Rng } from './random.ts';
import { buildBasket, tasteFit, type BasketLine } from './shopping.ts';
import { orderMoments } from './simulate.ts';
import { ANCHOR_MS, DAY_MS, HISTORY_START_MS, HOUR_MS, iso, toSecond } from './time.ts';

export interface DemoCast {
  customers: SimCustomer[];
  orders: PlacedOrder[];
}

const ago = (days: number) => toSecond(ANCHOR_MS - days * DAY_MS);

/** Shipped next morning, delivered on the promised day. */
const delivered = (carrier: OrderPlan['carrier'] = 'UPS', transitDays = 3): OrderPlan => ({ shipAfterMs: 20 * HOUR_MS, carrier, transitDays, lateMs: -2 * HOUR_MS });
/** Not shipped by the anchor. */
const notYetShipped = (): OrderPlan => ({ shipAfterMs: 4 * DAY_MS, carrier: 'UPS', transitDays: 3, lateMs: 0 });
const withReturn = (plan: OrderPlan, returns: ReturnPlan): OrderPlan => ({ ...plan, returns });

export function demoCast(catalog: Catalog, rng: Rng): DemoCast {
  const cast: DemoCast = { customers: [], orders: [] };

  const person = (
    id: string,
    name: string,
    email: string,
    home: { line1: string; city: string; state: string; postcode: string },
    signupMs: number,
    taste: Taste,
    preferences: SimCustomer['customer']['preferences'],
    activity: number,
  ): SimCustomer => {
    const sim: SimCustomer = {
      customer: { id, name, email, postcode: home.postcode, signupDate: iso(signupMs), preferences },
      taste,
      home: { name, ...home, country: 'US' },
      activity,
      signupMs,
    };
    cast.customers.push(sim);
    return sim;
  };

  const order = (sim: SimCustomer, createdAt: number, lines: BasketLine[], plan: OrderPlan) => {
    if (lines.length === 0) throw new Error(`demo story for ${sim.customer.id}: an order without products`);
    cast.orders.push({ customerId: sim.customer.id, email: sim.customer.email, createdAt, lines, address: sim.home, plan });
  };

  /** The last order's return covers its first line only. */
  const returnFirstLineOnly = () => {
    const last = cast.orders[cast.orders.length - 1];
    last.plan.returns!.productIds = [last.lines[0].entry.product.id];
  };

  /** Products the customer already ordered: the stories don't sell the same lamp twice. */
  const owned = (sim: SimCustomer) =>
    new Set(cast.orders.filter((o) => o.customerId === sim.customer.id).flatMap((o) => o.lines.map((l) => l.entry.product.id)));

  /** A product matching `where`, on sale at `ms`, drawn by popularity and the customer's taste. */
  const pick = (sim: SimCustomer, ms: number, where: (e: CatalogEntry) => boolean): BasketLine => {
    const had = owned(sim);
    const candidates = catalog.entries.filter(
      (e) => !e.coldStart && e.availableFrom <= ms - DAY_MS && e.product.stock > 0 && (e.multiples || !had.has(e.product.id)) && where(e),
    );
    if (candidates.length === 0) throw new Error(`demo story for ${sim.customer.id}: no product matches`);
    const entry = rng.weighted(candidates, (e) => e.popularity * tasteFit(e, sim.taste));
    return { entry, quantity: 1 };
  };
  const role = (name: string) => (e: CatalogEntry) => e.role === name;
  const named = (part: string) => (e: CatalogEntry) => e.product.name.includes(part);

  /** A whole goes-with group (an outfit, a coffee set-up) as one basket. */
  const group = (sim: SimCustomer, ms: number, template: string): BasketLine[] => {
    const had = owned(sim);
    const groups = catalog.groups.filter(
      (g) =>
        g.template === template &&
        g.productIds.length >= 3 &&
        g.productIds.every((id) => catalog.byId.get(id)!.availableFrom <= ms - DAY_MS && (catalog.byId.get(id)!.multiples || !had.has(id))),
    );
    if (groups.length === 0) throw new Error(`demo story for ${sim.customer.id}: no ${template} group to buy`);
    const chosen = rng.weighted(groups, (g) => g.productIds.reduce((s, id) => s + tasteFit(catalog.byId.get(id)!, sim.taste), 0));
    return chosen.productIds.map((id) => ({ entry: catalog.byId.get(id)!, quantity: 1 }));
  };

  /** Ordinary delivered orders between `fromMs` and `toMs`, in the customer's own categories. */
  const history = (sim: SimCustomer, count: number, fromMs: number, toMs: number) => {
    for (const ms of orderMoments(count, fromMs, toMs, rng)) {
      const restock = cast.orders.filter((o) => o.customerId === sim.customer.id).flatMap((o) => o.lines.map((l) => l.entry)).filter((e) => e.multiples);
      const lines = buildBasket(catalog, sim.taste, ms, rng, restock, sim.taste.categories);
      if (lines.length) order(sim, ms, lines, delivered(rng.pick(['UPS', 'USPS', 'FedEx']), rng.int(2, 5)));
    }
  };

  // C0001 Ada: the full tour of order statuses, with a long history in shirts, coffee and kitchen.
  const ada = person('C0001', 'Ada Lovelace', 'ada@example.com', { line1: '12 Marble Hill Ave Apt 4B', city: 'New York', state: 'NY', postcode: '10001' },
    Date.UTC(2025, 1, 14, 18, 22, 5), { categories: ['shirts', 'coffee', 'kitchen'], tier: 1, style: 'classic', colours: ['navy', 'white'] },
    { personalization: true, marketingEmails: false, favouriteCategories: ['shirts', 'coffee'] }, 2.5);
  history(ada, 14, HISTORY_START_MS + 10 * DAY_MS, ago(60));
  order(ada, ago(45.2), [pick(ada, ago(45.2), named('Cast Iron Skillet')), pick(ada, ago(45.2), role('board'))], delivered('FedEx', 3));
  const adaReturn = ago(30.4);
  order(ada, adaReturn, [pick(ada, adaReturn, role('shirt')), pick(ada, adaReturn, named('Chinos'))], withReturn(delivered('UPS', 3), {
    afterDeliveryMs: 14 * DAY_MS, reason: 'Too small', receivedAfterMs: 7 * DAY_MS, decidedAfterMs: 30 * DAY_MS, rejected: false,
  }));
  returnFirstLineOnly(); // the shirt goes back; the chinos fitted
  order(ada, ago(14.3), [pick(ada, ago(14.3), role('sweater')), { ...pick(ada, ago(14.3), role('beans')), quantity: 2 }], delivered('USPS', 3));
  order(ada, ago(4.1), group(ada, ago(4.1), 'coffee set-up'), { shipAfterMs: 22 * HOUR_MS, carrier: 'UPS', transitDays: 5, lateMs: 0 });
  order(ada, ago(1.2), group(ada, ago(1.2), 'outfit'), notYetShipped());

  // C0002 Alan: outdoors; a cancelled order, a refund already issued, a camping kit delivered.
  const alan = person('C0002', 'Alan Turing', 'alan@example.com', { line1: '88 Spear St', city: 'San Francisco', state: 'CA', postcode: '94105' },
    Date.UTC(2025, 0, 9, 20, 5, 41), { categories: ['outdoor', 'outerwear', 'shoes'], tier: 2, style: 'minimal', colours: ['olive', 'grey'] },
    { personalization: true, marketingEmails: true, favouriteCategories: ['outdoor'] }, 1.2);
  history(alan, 6, HISTORY_START_MS + 20 * DAY_MS, ago(70));
  order(alan, ago(50.3), [pick(alan, ago(50.3), named('Rain Jacket'))], withReturn(delivered('UPS', 3), {
    afterDeliveryMs: 6 * DAY_MS, reason: 'Not as described', receivedAfterMs: 5 * DAY_MS, decidedAfterMs: 3 * DAY_MS, rejected: false,
  }));
  order(alan, ago(20.4), group(alan, ago(20.4), 'camping kit'), delivered('FedEx', 2));
  order(alan, ago(3.4), [pick(alan, ago(3.4), role('hiking-boots'))], { ...delivered(), cancel: { afterMs: 9 * HOUR_MS, reason: 'Ordered by mistake' } });

  // C0003 Grace: signed up six days ago; her first and only order is on its way.
  const grace = person('C0003', 'Grace Hopper', 'grace@example.com', { line1: '2150 N Lincoln Ave', city: 'Chicago', state: 'IL', postcode: '60614' },
    ago(6.3), { categories: ['bedding', 'home decor'], tier: 1, style: 'modern', colours: ['grey', 'white'] },
    { personalization: true, marketingEmails: false, favouriteCategories: [] }, 0.5);
  order(grace, ago(5.2), [pick(grace, ago(5.2), role('duvet')), pick(grace, ago(5.2), role('sheets'))], { shipAfterMs: 20 * HOUR_MS, carrier: 'USPS', transitDays: 5, lateMs: 0 });

  // C0004 Katherine: a parent (toys, books) who opted out of personalization; a late parcel,
  // a return waiting to be sent back and an earlier return that was rejected.
  const katherine = person('C0004', 'Katherine Johnson', 'katherine@example.com', { line1: '41 Mercury Blvd', city: 'Hampton', state: 'VA', postcode: '23666' },
    Date.UTC(2025, 2, 30, 9, 12, 0), { categories: ['toys', 'books', 'outdoor'], tier: 0, style: 'rustic', colours: ['green', 'blue'] },
    { personalization: false, marketingEmails: true, favouriteCategories: ['toys', 'books'] }, 1.5);
  history(katherine, 9, HISTORY_START_MS + 5 * DAY_MS, ago(90));
  order(katherine, ago(75.3), [pick(katherine, ago(75.3), named('Stunt Kite'))], withReturn(delivered('USPS', 4), {
    afterDeliveryMs: 6 * DAY_MS, reason: 'Changed my mind', receivedAfterMs: 5 * DAY_MS, decidedAfterMs: 3 * DAY_MS, rejected: true,
  }));
  order(katherine, ago(10.2), [pick(katherine, ago(10.2), named('Plush')), pick(katherine, ago(10.2), role('kids-book'))], withReturn(delivered('UPS', 3), {
    afterDeliveryMs: 5 * DAY_MS, reason: 'Arrived damaged', receivedAfterMs: 6 * DAY_MS, decidedAfterMs: 3 * DAY_MS, rejected: false,
  }));
  returnFirstLineOnly(); // the plush toy arrived damaged; the book is kept
  order(katherine, ago(9.1), [pick(katherine, ago(9.1), named('Board Game')), pick(katherine, ago(9.1), role('kids-book'))], {
    shipAfterMs: 20 * HOUR_MS, carrier: 'FedEx', transitDays: 4, lateMs: 10 * DAY_MS,
  });

  // C0005 Hedy: a loyal self-care and home customer with many orders; one placed last night.
  const hedy = person('C0005', 'Hedy Lamarr', 'hedy@example.com', { line1: '9 Palm Dr', city: 'Beverly Hills', state: 'CA', postcode: '90210' },
    Date.UTC(2024, 10, 2, 15, 40, 12), { categories: ['beauty', 'home decor', 'bedding'], tier: 2, style: 'modern', colours: ['pink', 'cream'] },
    { personalization: true, marketingEmails: true, favouriteCategories: ['beauty', 'home decor', 'bedding'] }, 4);
  history(hedy, 20, HISTORY_START_MS + 2 * DAY_MS, ago(40));
  order(hedy, ago(25.3), [pick(hedy, ago(25.3), named('Vase'))], { ...delivered(), cancel: { afterMs: 6 * HOUR_MS, reason: 'Item went out of stock' } });
  order(hedy, ago(20.2), [pick(hedy, ago(20.2), named('Table Lamp'))], withReturn(delivered('UPS', 3), {
    afterDeliveryMs: 3 * DAY_MS, reason: 'Arrived damaged', receivedAfterMs: 8 * DAY_MS, decidedAfterMs: 3 * DAY_MS, rejected: false,
  }));
  const handCream = pick(hedy, ago(7.2), named('Hand Cream'));
  order(hedy, ago(7.2), [{ ...handCream, quantity: 2 }, pick(hedy, ago(7.2), named('Lip Balm'))], delivered('USPS', 3));
  order(hedy, ago(0.6), group(hedy, ago(0.6), 'skincare routine').map((l, i) => ({ ...l, quantity: i === 0 ? 2 : 1 })), notYetShipped());

  return cast;
}
