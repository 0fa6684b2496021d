/** Words and numbers as the customer reads them. */
import type { Order, OrderStatus } from '../src/shop/types.ts';

export function money(amount: number, symbol = '$'): string {
  return `${symbol}${amount.toFixed(2)}`;
}

export function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

const STATUS_WORDS: Record<OrderStatus, string> = {
  processing: 'being prepared (not shipped yet)',
  shipped: 'on its way',
  delivered: 'delivered',
  cancelled: 'cancelled',
  returned: 'returned',
};

export function orderItems(order: Order): string {
  return order.items.map((i) => `${i.quantity} × ${i.name}`).join(', ');
}

/** A shipped order whose expected delivery day has passed (compared by calendar day, UTC, as `day` shows it). */
export function isLate(order: Order, now: Date): boolean {
  const expected = order.shipment?.expectedDelivery;
  return order.status === 'shipped' && expected !== undefined && expected.slice(0, 10) < now.toISOString().slice(0, 10);
}

/** The full status answer: status, carrier, tracking, expected delivery (or that it is late), items. */
export function orderStatusText(order: Order, symbol = '$', now = new Date()): string {
  const lines = [`**Order ${order.id}** (placed ${day(order.createdAt)}) is ${STATUS_WORDS[order.status]}.`];
  const s = order.shipment;
  if (order.status === 'shipped' && s) {
    lines.push(`Carrier: ${s.carrier}, tracking number ${s.trackingNumber}.`);
    // A parcel past its day is late, and the customer should hear it from us, not work it out.
    lines.push(
      isLate(order, now)
        ? `It was expected on ${day(s.expectedDelivery)}, so it is running late: I'm sorry. A person from our team can check with ${s.carrier} for you.`
        : `Expected delivery: ${day(s.expectedDelivery)}.`,
    );
  } else if (order.status === 'delivered' && s) {
    lines.push(`Delivered by ${s.carrier} on ${day(s.deliveredAt ?? s.expectedDelivery)} (tracking ${s.trackingNumber}).`);
  } else if (order.status === 'processing') {
    lines.push('It will ship within 1-2 business days; you will get the tracking number by e-mail.');
  } else if (order.status === 'cancelled' && order.cancelledAt) {
    lines.push(`Cancelled on ${day(order.cancelledAt)}${order.cancellationReason ? ` (${order.cancellationReason})` : ''}.`);
  }
  lines.push(`Items: ${orderItems(order)}. Total ${money(order.total, symbol)}.`);
  return lines.join('\n\n');
}
