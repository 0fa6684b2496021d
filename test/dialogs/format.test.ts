import { describe, expect, it } from 'vitest';
import { orderStatusText } from '../../dialogs/format.ts';
import type { Order } from '../../src/shop/types.ts';

const NOW = new Date('2026-12-07T15:00:00Z');
const shipped = (expectedDelivery: string): Order =>
  ({
    id: 'SK-100002',
    customerId: 'C0001',
    email: 'ada@example.com',
    status: 'shipped',
    createdAt: '2026-11-28T10:00:00Z',
    items: [{ productId: 'P1', name: 'Navy Chino Trousers', quantity: 1, unitPrice: 40 }],
    total: 40,
    shippingAddress: { postcode: '10001' },
    shipment: { carrier: 'UPS', trackingNumber: '1Z999', shippedAt: '2026-11-29T10:00:00Z', expectedDelivery },
  }) as unknown as Order;

describe('the order status answer', () => {
  it.each([
    ['2026-12-03T12:00:00Z', /expected on Thu, Dec 3, so it is running late.*check with UPS/s],
    ['2026-12-06T23:00:00Z', /expected on Sun, Dec 6, so it is running late/],
    ['2026-12-07T09:00:00Z', /Expected delivery: Mon, Dec 7\./],
    ['2026-12-09T12:00:00Z', /Expected delivery: Wed, Dec 9\./],
  ])('a parcel expected %s, asked about on Dec 7', (expected, answer) => {
    const text = orderStatusText(shipped(expected), '$', NOW);
    expect(text).toMatch(answer);
    expect(text).toMatch(/tracking number 1Z999.*Navy Chino Trousers/s);
  });
});
