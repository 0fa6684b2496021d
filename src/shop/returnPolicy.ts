/**
 * Whether an order (or which of its items) can still be returned, by date, status and category.
 * Pure: the store and the clock are the caller's.
 */
import type { Order, OrderItem, Product, ReturnRequest } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReturnEligibility {
  eligible: boolean;
  /** Items that can be returned (empty when not eligible). */
  items: OrderItem[];
  /** Why not, in words for the customer (set when not eligible or when some items are excluded). */
  explanation?: string;
  /** Last day a return can be started (ISO), for delivered orders. */
  deadline?: string;
}

export interface ReturnPolicy {
  returnWindowDays: number;
  nonReturnableCategories: string[];
}

export function checkReturnEligibility(
  order: Order,
  existingReturns: ReturnRequest[],
  productsById: Map<string, Product>,
  policy: ReturnPolicy,
  now: Date,
  /** The items arrived damaged or wrong: no category is excluded (shops take those back). */
  damaged = false,
): ReturnEligibility {
  const notEligible = (explanation: string, deadline?: string): ReturnEligibility => ({ eligible: false, items: [], explanation, deadline });
  switch (order.status) {
    case 'processing':
      return notEligible(`Order ${order.id} hasn't shipped yet, so it can simply be cancelled instead of returned.`);
    case 'shipped':
      return notEligible(`Order ${order.id} is still on its way. Once it's delivered you'll have ${policy.returnWindowDays} days to return it.`);
    case 'cancelled':
      return notEligible(`Order ${order.id} was cancelled, so there is nothing to return.`);
    case 'returned':
      return notEligible(`Order ${order.id} has already been returned.`);
    case 'delivered':
      break;
  }
  const deliveredAt = Date.parse(order.shipment?.deliveredAt ?? order.shipment?.expectedDelivery ?? order.createdAt);
  const deadline = new Date(deliveredAt + policy.returnWindowDays * DAY_MS).toISOString();
  if (now.getTime() > Date.parse(deadline)) {
    return notEligible(
      `Order ${order.id} was delivered more than ${policy.returnWindowDays} days ago, so it is outside our return window.`,
      deadline,
    );
  }
  const alreadyReturned = new Set(
    existingReturns.filter((r) => r.status !== 'rejected').flatMap((r) => r.items.map((i) => i.productId)),
  );
  const blocked = new Set(policy.nonReturnableCategories.map((c) => c.toLowerCase()));
  const excluded: string[] = [];
  const items = order.items.filter((item) => {
    const category = productsById.get(item.productId)?.category;
    if (alreadyReturned.has(item.productId)) return excluded.push(`${item.name} (already being returned)`), false;
    if (category && blocked.has(category) && !damaged) return excluded.push(`${item.name} (${category} can't be returned)`), false;
    return true;
  });
  if (items.length === 0) return notEligible(`Nothing in order ${order.id} can be returned: ${excluded.join(', ')}.`, deadline);
  return {
    eligible: true,
    items,
    deadline,
    explanation: excluded.length ? `Not returnable: ${excluded.join(', ')}.` : undefined,
  };
}
