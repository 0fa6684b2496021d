import type { CustomerStore } from '../ports.ts';
import type { Customer } from '../types.ts';
import type { ShardedCollection } from './shardedCollection.ts';

export class LowdbCustomerStore implements CustomerStore {
  /** Lower-cased e-mail → customer id, rebuilt at open and kept current on upsert. */
  private readonly byEmail = new Map<string, string>();

  constructor(private readonly customers: ShardedCollection<Customer>) {
    for (const c of customers.values()) this.byEmail.set(c.email.toLowerCase(), c.id);
  }

  async getCustomer(id: string): Promise<Customer | undefined> {
    return this.customers.get(id);
  }

  async findCustomerByEmail(email: string): Promise<Customer | undefined> {
    const id = this.byEmail.get(email.trim().toLowerCase());
    return id === undefined ? undefined : this.customers.get(id);
  }

  async upsertCustomers(customers: Customer[]): Promise<void> {
    await this.customers.putMany(customers.map((c) => [c.id, c]));
    for (const c of customers) this.byEmail.set(c.email.toLowerCase(), c.id);
  }
}
