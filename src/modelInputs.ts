/** Maps the shop's records to what the models read, so the models never import the shop. */
import type { CatalogVocabulary } from './nlu/types.ts';
import type { CatalogItem, InteractionEvent } from './recommender/types.ts';
import type { Interaction, Product } from './shop/types.ts';

export function catalogVocabularyOf(products: Product[]): CatalogVocabulary {
  const distinct = (values: (string | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase()))].sort();
  return {
    products: products.map((p) => ({ id: p.id, name: p.name, category: p.category })),
    categories: distinct(products.map((p) => p.category)),
    colours: distinct(products.map((p) => p.attributes.colour)),
    sizes: distinct(products.map((p) => p.attributes.size)),
    materials: distinct(products.map((p) => p.attributes.material)),
  };
}

export function catalogItemsOf(products: Product[]): CatalogItem[] {
  return products.map((p) => ({
    id: p.id,
    name: p.name,
    category: p.category,
    price: p.price,
    inStock: p.stock > 0,
    attributes: p.attributes,
    text: `${p.description} ${p.tags.join(' ')}`,
    keywords: p.tags.join('. '),
  }));
}

/**
 * Purchases made at the same moment by the same customer are one order (the shop's data records an
 * order's items with the order's time), so they form one basket for "bought together".
 */
export function interactionEventsOf(interactions: Interaction[]): InteractionEvent[] {
  return interactions.map((i) => ({
    user: i.customerId,
    item: i.productId,
    timestamp: Date.parse(i.timestamp),
    type: i.type,
    basket: i.type === 'purchase' ? `${i.customerId}@${i.timestamp}` : undefined,
  }));
}
