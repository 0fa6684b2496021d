/** Business rules: which items may be suggested at all, and how a ranked list is diversified. */
import type { CatalogItem, SuggestionFilter } from './types.ts';

/**
 * The rule an item must pass. Rules about stock, category, price or attributes need the catalog:
 * an item the catalog does not know fails them (we cannot promise what we do not know).
 */
export function itemPredicate(
  filter: SuggestionFilter | undefined,
  catalog: ReadonlyMap<string, CatalogItem>,
): (id: string) => boolean {
  if (!filter) return () => true;
  const excluded = new Set(filter.excludeItems ?? []);
  const only = filter.onlyItems ? new Set(filter.onlyItems) : undefined;
  const categories = filter.categories?.length ? new Set(filter.categories.map((c) => c.toLowerCase())) : undefined;
  const attributes = Object.entries(filter.attributes ?? {}).map(([name, value]) => [name, wordsOf(value)] as const);
  const needsCatalog =
    Boolean(filter.inStockOnly) ||
    categories !== undefined ||
    filter.minPrice !== undefined ||
    filter.maxPrice !== undefined ||
    attributes.length > 0;
  return (id) => {
    if (excluded.has(id) || (only && !only.has(id))) return false;
    if (!needsCatalog) return true;
    const item = catalog.get(id);
    if (!item) return false;
    if (filter.inStockOnly && !item.inStock) return false;
    if (categories && !categories.has(item.category.toLowerCase())) return false;
    if (filter.minPrice !== undefined && item.price < filter.minPrice) return false;
    if (filter.maxPrice !== undefined && item.price > filter.maxPrice) return false;
    return attributes.every(([name, words]) => containsWords(item.attributes[name], words));
  };
}

function wordsOf(value: string): string[] {
  return value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * An attribute asked for matches the item's value when its words appear there in a row: "cotton"
 * matches "organic cotton" and "cotton jersey", "blue" matches "light blue", "m" does not match "xl".
 */
function containsWords(itemValue: string | undefined, wanted: string[]): boolean {
  if (itemValue === undefined) return false;
  const words = wordsOf(itemValue);
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((word, k) => words[i + k] === word)) return true;
  }
  return false;
}

export interface RankedCandidate {
  id: string;
  score: number;
}

/**
 * Picks k from a ranked list, honouring `maxPerCategory` and, when `mmrLambda` is set, maximal
 * marginal relevance: each pick maximises lambda x relevance - (1 - lambda) x its greatest
 * similarity to the items already picked. Relevance is by rank (sources' scores are not comparable).
 */
export function diversify<T extends RankedCandidate>(
  ranked: readonly T[],
  k: number,
  filter: SuggestionFilter | undefined,
  categoryOf: (id: string) => string | undefined,
  similarity: (a: string, b: string) => number,
): T[] {
  const maxPerCategory = filter?.maxPerCategory;
  const perCategory = new Map<string, number>();
  const categoryAllows = (id: string) => {
    if (maxPerCategory === undefined) return true;
    const category = categoryOf(id);
    return category === undefined || (perCategory.get(category) ?? 0) < maxPerCategory;
  };
  const take = (candidate: T, picked: T[]) => {
    picked.push(candidate);
    const category = categoryOf(candidate.id);
    if (category !== undefined) perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
  };

  const picked: T[] = [];
  const lambda = filter?.mmrLambda;
  if (lambda === undefined || lambda >= 1) {
    for (const candidate of ranked) {
      if (picked.length >= k) break;
      if (categoryAllows(candidate.id)) take(candidate, picked);
    }
    return picked;
  }
  const remaining = [...ranked];
  while (picked.length < k && remaining.length > 0) {
    let bestPosition = -1;
    let bestValue = -Infinity;
    remaining.forEach((candidate, position) => {
      if (!categoryAllows(candidate.id)) return;
      const relevance = 1 - ranked.indexOf(candidate) / ranked.length;
      let redundancy = 0;
      for (const chosen of picked) redundancy = Math.max(redundancy, similarity(candidate.id, chosen.id));
      const value = lambda * relevance - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestPosition = position;
      }
    });
    if (bestPosition < 0) break;
    take(remaining.splice(bestPosition, 1)[0], picked);
  }
  return picked;
}
