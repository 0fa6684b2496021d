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

/** The full status answer: status, carrier, tracking, expected delivery, items. */
export function orderStatusText(order: Order, symbol = '$'): string {
  const lines = [`**Order ${order.id}** (placed ${day(order.createdAt)}) is ${STATUS_WORDS[order.status]}.`];
  const s = order.shipment;
  if (order.status === 'shipped' && s) {
    lines.push(`Carrier: ${s.carrier}, tracking number ${s.trackingNumber}.`);
    lines.push(`Expected delivery: ${day(s.expectedDelivery)}.`);
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
