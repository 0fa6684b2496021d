import type { OrderStore } from '../ports.ts';
import type { Order } from '../types.ts';
import type { ShardedCollection } from './shardedCollection.ts';
import { compareText } from '../textOrder.ts';

export class LowdbOrderStore implements OrderStore {
  /** customer id → their order ids; rebuilt at open and kept current on upsert. */
  private readonly byCustomer = new Map<string, Set<string>>();

  constructor(private readonly orders: ShardedCollection<Order>) {
    for (const order of orders.values()) this.index(order);
  }

  async getOrder(id: string): Promise<Order | undefined> {
    return this.orders.get(id.toUpperCase());
  }

  async ordersForCustomer(customerId: string): Promise<Order[]> {
    const ids = this.byCustomer.get(customerId) ?? new Set<string>();
    return [...ids]
      .map((id) => this.orders.get(id))
      .filter((o): o is Order => o !== undefined)
      .sort((a, b) => compareText(b.createdAt, a.createdAt));
  }

  async upsertOrders(orders: Order[]): Promise<void> {
    await this.orders.putMany(orders.map((o) => [o.id, o]));
    for (const order of orders) this.index(order);
  }

  private index(order: Order): void {
    let ids = this.byCustomer.get(order.customerId);
    if (!ids) this.byCustomer.set(order.customerId, (ids = new Set()));
    ids.add(order.id);
  }
}
