/**
 * What happens to an order after it is placed, decided up front as a plan of delays (cancel after,
 * ship after, delivery, return...), then read at the anchor: whatever has happened by then sets the
 * status. Ordinary orders draw their plan at random; the demo customers' stories write theirs.
 */
import type { Address, Order, ReturnRequest } from '../../src/shop/types.ts';
import type { BasketLine } from './shopping.ts';
import { NON_RETURNABLE_CATEGORIES } from './catalogSpecs.ts';
import type { Rng } from './random.ts';
import { CLOCK_STOPS_MS, DAY_MS, HOUR_MS, MINUTE_MS, iso, toSecond } from './time.ts';

export type Carrier = 'UPS' | 'USPS' | 'FedEx';

export interface ReturnPlan {
  afterDeliveryMs: number;
  reason: string;
  /** Products sent back; default: every returnable line. */
  productIds?: string[];
  receivedAfterMs: number;
  /** From receipt to the refund (or the rejection). */
  decidedAfterMs: number;
  rejected: boolean;
}

export interface OrderPlan {
  cancel?: { afterMs: number; reason: string };
  shipAfterMs: number;
  carrier: Carrier;
  transitDays: number;
  /** Actual delivery minus the promised date (negative: early). */
  lateMs: number;
  returns?: ReturnPlan;
}

export interface PlacedOrder {
  customerId: string;
  email: string;
  createdAt: number;
  lines: BasketLine[];
  address: Address;
  plan: OrderPlan;
}

export const FREE_SHIPPING_THRESHOLD = 50;
export const STANDARD_SHIPPING = 4.99;

const CANCEL_REASONS = ['Changed my mind', 'Ordered by mistake', 'Found a better price elsewhere', 'Delivery would take too long', 'Item went out of stock', 'Payment could not be processed'];
const FIT_REASONS = ['Too small', 'Too large', 'Does not fit well', 'Colour differs from the photo'];
const OTHER_REASONS = ['Arrived damaged', 'Not as described', 'Changed my mind', 'Received the wrong item', 'Quality not as expected'];
const FITTED_CATEGORIES = new Set(['shirts', 'trousers', 'shoes', 'outerwear', 'knitwear']);

export const isReturnable = (line: BasketLine) => !NON_RETURNABLE_CATEGORIES.includes(line.entry.category);

/** An ordinary order's future: mostly shipped next day and delivered on time; a few cancelled or returned. */
export function randomPlan(lines: BasketLine[], rng: Rng): OrderPlan {
  const carrier = rng.weighted<Carrier>(['UPS', 'USPS', 'FedEx'], (c) => ({ UPS: 0.45, USPS: 0.35, FedEx: 0.2 })[c]);
  const transitDays = carrier === 'USPS' ? rng.int(3, 6) : carrier === 'UPS' ? rng.int(2, 4) : rng.int(2, 5);
  const late = rng.next();
  const plan: OrderPlan = {
    shipAfterMs: rng.float(6, 40) * HOUR_MS,
    carrier,
    transitDays,
    lateMs: late < 0.85 ? -rng.float(0, 10) * HOUR_MS : late < 0.97 ? DAY_MS + rng.float(0, 8) * HOUR_MS : rng.int(2, 4) * DAY_MS,
  };
  if (rng.chance(0.035)) plan.cancel = { afterMs: rng.float(0.2, 5) * HOUR_MS, reason: rng.pick(CANCEL_REASONS) };
  const returnable = lines.filter(isReturnable);
  const fitted = returnable.some((l) => FITTED_CATEGORIES.has(l.entry.category));
  if (returnable.length && rng.chance(fitted ? 0.13 : 0.04)) {
    const sent = returnable.length > 1 && rng.chance(0.5) ? [rng.pick(returnable)] : returnable;
    plan.returns = {
      afterDeliveryMs: rng.float(1, 26) * DAY_MS,
      reason: fitted && rng.chance(0.7) ? rng.pick(FIT_REASONS) : rng.pick(OTHER_REASONS),
      productIds: sent.map((l) => l.entry.product.id),
      receivedAfterMs: rng.float(3, 8) * DAY_MS,
      decidedAfterMs: rng.float(1, 5) * DAY_MS,
      rejected: rng.chance(0.08),
    };
  }
  return plan;
}

const cents = (amount: number) => Math.round(amount * 100);

/** The order (without its number) and its return as they stand at the anchor. */
export function orderAtAnchor(placed: PlacedOrder, rng: Rng): { order: Omit<Order, 'id'>; returnRequest?: Omit<ReturnRequest, 'id' | 'orderId'> } {
  const { plan } = placed;
  const items = placed.lines.map((l) => ({ productId: l.entry.product.id, name: l.entry.product.name, quantity: l.quantity, unitPrice: l.entry.product.price }));
  const subtotal = items.reduce((sum, i) => sum + cents(i.unitPrice) * i.quantity, 0);
  const shipping = subtotal >= cents(FREE_SHIPPING_THRESHOLD) ? 0 : cents(STANDARD_SHIPPING);
  const order: Omit<Order, 'id'> = {
    customerId: placed.customerId,
    email: placed.email,
    createdAt: iso(placed.createdAt),
    status: 'processing',
    items,
    shippingAddress: placed.address,
    shippingCost: shipping / 100,
    total: (subtotal + shipping) / 100,
  };
  const shippedAt = toSecond(placed.createdAt + plan.shipAfterMs);
  if (plan.cancel) {
    const cancelledAt = toSecond(placed.createdAt + Math.max(plan.cancel.afterMs, MINUTE_MS));
    if (cancelledAt <= CLOCK_STOPS_MS) return { order: { ...order, status: 'cancelled', cancelledAt: iso(cancelledAt), cancellationReason: plan.cancel.reason } };
    return { order };
  }
  if (shippedAt > CLOCK_STOPS_MS) return { order };

  // Promised by 8 pm UTC on the last transit day; the parcel arrives `lateMs` from then.
  const promised = Math.floor((shippedAt + plan.transitDays * DAY_MS) / DAY_MS) * DAY_MS + 20 * HOUR_MS;
  const deliveredAt = toSecond(Math.max(shippedAt + 20 * HOUR_MS, promised + plan.lateMs));
  const shipment = { carrier: plan.carrier, trackingNumber: trackingNumber(plan.carrier, rng), shippedAt: iso(shippedAt), expectedDelivery: iso(promised) };
  if (deliveredAt > CLOCK_STOPS_MS) return { order: { ...order, status: 'shipped', shipment } };
  const delivered: Omit<Order, 'id'> = { ...order, status: 'delivered', shipment: { ...shipment, deliveredAt: iso(deliveredAt) } };

  const r = plan.returns;
  const requestedAt = r ? toSecond(deliveredAt + r.afterDeliveryMs) : Infinity;
  if (!r || requestedAt > CLOCK_STOPS_MS) return { order: delivered };
  const sent = placed.lines.filter((l) => isReturnable(l) && (!r.productIds || r.productIds.includes(l.entry.product.id)));
  if (sent.length === 0) return { order: delivered };
  const amount = sent.reduce((sum, l) => sum + cents(l.entry.product.price) * l.quantity, 0) / 100;
  const receivedAt = toSecond(requestedAt + r.receivedAfterMs);
  const decidedAt = toSecond(receivedAt + r.decidedAfterMs);
  const returnRequest: Omit<ReturnRequest, 'id' | 'orderId'> = {
    customerId: placed.customerId,
    items: sent.map((l) => ({ productId: l.entry.product.id, name: l.entry.product.name, quantity: l.quantity })),
    reason: r.reason,
    status: 'requested',
    createdAt: iso(requestedAt),
    refund: { amount, status: 'not_started' },
  };
  if (receivedAt > CLOCK_STOPS_MS) return { order: delivered, returnRequest };
  if (decidedAt > CLOCK_STOPS_MS) return { order: { ...delivered, status: 'returned' }, returnRequest: { ...returnRequest, status: 'received', refund: { amount, status: 'pending' } } };
  if (r.rejected) return { order: delivered, returnRequest: { ...returnRequest, status: 'rejected', refund: { amount: 0, status: 'not_started' } } };
  return {
    order: { ...delivered, status: 'returned' },
    returnRequest: { ...returnRequest, status: 'refunded', refund: { amount, status: 'issued', issuedAt: iso(decidedAt) } },
  };
}

/** Tracking numbers in each carrier's usual shape (invented digits). */
function trackingNumber(carrier: Carrier, rng: Rng): string {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  const alnum = (n: number) => Array.from({ length: n }, () => rng.pick([...'ABCDEFGHJKLMNPRSTUVWXY0123456789'])).join('');
  switch (carrier) {
    case 'UPS':
      return `1Z${alnum(6)}${digits(10)}`;
    case 'USPS':
      return `9400${digits(18)}`;
    case 'FedEx':
      return digits(12);
  }
}
