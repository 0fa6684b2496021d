import type { CatalogStore } from '../ports.ts';
import type { Product } from '../types.ts';
import type { ShardedCollection } from './shardedCollection.ts';
import { compareText } from '../textOrder.ts';

export class LowdbCatalogStore implements CatalogStore {
  constructor(private readonly products: ShardedCollection<Product>) {}

  async listProducts(): Promise<Product[]> {
    return [...this.products.values()].sort((a, b) => compareText(a.id, b.id));
  }

  async getProduct(id: string): Promise<Product | undefined> {
    return this.products.get(id);
  }

  async upsertProducts(products: Product[]): Promise<void> {
    await this.products.putMany(products.map((p) => [p.id, p]));
  }
}
