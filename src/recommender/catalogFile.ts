/**
 * Reads a catalog for training from a JSON array of products: either CatalogItem records or the
 * shop's product records (description, tags, stock), mapped to what the recommender needs.
 */
import { readFileSync } from 'node:fs';
import type { CatalogItem } from './types.ts';

interface ProductLike {
  id?: unknown;
  name?: unknown;
  category?: unknown;
  price?: unknown;
  stock?: unknown;
  inStock?: unknown;
  attributes?: unknown;
  description?: unknown;
  tags?: unknown;
  text?: unknown;
}

export function readCatalogFile(path: string): CatalogItem[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const records = Array.isArray(parsed) ? parsed : (parsed as { products?: unknown }).products;
  if (!Array.isArray(records)) throw new Error(`${path} is not a JSON array of products`);
  return records.map((record: ProductLike, n) => {
    if (typeof record.id !== 'string' || typeof record.name !== 'string') {
      throw new Error(`${path}: product ${n + 1} has no string id and name`);
    }
    const text = [record.text, record.description, Array.isArray(record.tags) ? record.tags.join(' ') : undefined]
      .filter((part): part is string => typeof part === 'string' && part.length > 0)
      .join('. ');
    return {
      id: record.id,
      name: record.name,
      category: typeof record.category === 'string' ? record.category : '',
      price: typeof record.price === 'number' ? record.price : 0,
      inStock: typeof record.inStock === 'boolean' ? record.inStock : typeof record.stock === 'number' ? record.stock > 0 : true,
      attributes: (record.attributes as Record<string, string | undefined>) ?? {},
      ...(text ? { text } : {}),
      ...(Array.isArray(record.tags) ? { keywords: record.tags.filter((t) => typeof t === 'string').join('. ') } : {}),
    };
  });
}
