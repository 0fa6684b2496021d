/**
 * A shop's products file (the `products.json` of a shop folder such as data/demo-shop: an array of
 * products with at least `id`, `name` and `category`) as the vocabulary the recognizer learns names
 * from. Read here rather than through the shop's store so the evaluation command and training can
 * use any shop folder; a new catalog is a new file, not new code.
 */
import { readFileSync } from 'node:fs';
import type { CatalogVocabulary } from '../types.ts';
import { IntentDataError } from './readIntentCsv.ts';

interface ProductRecord {
  id?: unknown;
  name?: unknown;
  category?: unknown;
  attributes?: { colour?: unknown; size?: unknown; material?: unknown };
}

export function readCatalogJson(file: string): CatalogVocabulary {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IntentDataError(`${file}: not a JSON products file (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new IntentDataError(`${file}: expected an array of products`);
  const products = (parsed as ProductRecord[]).map((p, i) => {
    if (typeof p?.id !== 'string' || typeof p.name !== 'string' || typeof p.category !== 'string') {
      throw new IntentDataError(`${file}: product ${i + 1} needs a string id, name and category`);
    }
    return { id: p.id, name: p.name, category: p.category, colour: p.attributes?.colour, size: p.attributes?.size, material: p.attributes?.material };
  });
  const distinct = (values: unknown[]) =>
    [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0).map((v) => v.toLowerCase()))].sort();
  return {
    products: products.map(({ id, name, category }) => ({ id, name, category })),
    categories: distinct(products.map((p) => p.category)),
    colours: distinct(products.map((p) => p.colour)),
    sizes: distinct(products.map((p) => p.size)),
    materials: distinct(products.map((p) => p.material)),
  };
}
