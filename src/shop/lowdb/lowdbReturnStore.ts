import { ReturnConflictError, type ReturnStore } from '../ports.ts';
import type { ReturnRequest } from '../types.ts';
import type { ShardedCollection } from './shardedCollection.ts';
import { compareText } from '../textOrder.ts';

export class LowdbReturnStore implements ReturnStore {
  constructor(private readonly returns: ShardedCollection<ReturnRequest>) {}

  async getReturn(id: string): Promise<ReturnRequest | undefined> {
    return this.returns.get(id.toUpperCase());
  }

  async returnsForOrder(orderId: string): Promise<ReturnRequest[]> {
    return this.sorted((r) => r.orderId === orderId);
  }

  async returnsForCustomer(customerId: string): Promise<ReturnRequest[]> {
    return this.sorted((r) => r.customerId === customerId);
  }

  async createReturn(request: Omit<ReturnRequest, 'id'>): Promise<ReturnRequest> {
    // Checked here, with no await before the write, so two chats confirming at once cannot both
    // return the same item (found by chatting: two tabs made two returns of one cardigan).
    const asked = new Set(request.items.map((i) => i.productId));
    const clash = [...this.returns.values()].find(
      (r) => r.orderId === request.orderId && r.status !== 'rejected' && r.items.some((i) => asked.has(i.productId)),
    );
    if (clash) throw new ReturnConflictError(clash);
    // Ids are sequential so customers can read them out on the phone; one process writes the store.
    let highest = 0;
    for (const r of this.returns.values()) highest = Math.max(highest, Number(r.id.slice(2)) || 0);
    const created: ReturnRequest = { ...request, id: `R-${String(highest + 1).padStart(6, '0')}` };
    await this.returns.put(created.id, created);
    return created;
  }

  async upsertReturns(requests: ReturnRequest[]): Promise<void> {
    await this.returns.putMany(requests.map((r) => [r.id, r]));
  }

  private sorted(keep: (r: ReturnRequest) => boolean): ReturnRequest[] {
    return [...this.returns.values()].filter(keep).sort((a, b) => compareText(b.createdAt, a.createdAt));
  }
}
