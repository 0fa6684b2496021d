/**
 * Product and category names as placeholders. A catalog has hundreds of product names the training
 * file never wrote ("Green Quilted Bedspread"); their words are unknown to the model, which then
 * reads the message as out of scope. Marking "a product is named here" (`__product__`) and "a
 * category is named here" (`__category__`) gives every catalog the same two features. Training marks
 * its rows with the catalog they were written for (data/demo-shop); the bot marks messages with the
 * running shop's catalog, so a new catalog needs no code change.
 */
import { categoryTerms, type CategoryTerm } from '../entities/categories.ts';
import { findPhrase } from '../entities/phraseMatch.ts';
import { matchProducts, productTerms, type ProductMatch, type ProductTerm } from '../entities/products.ts';
import type { MessageReading } from '../text/readMessage.ts';
import type { CatalogVocabulary } from '../types.ts';

export const CATALOG_PLACEHOLDERS = { product: '__product__', category: '__category__' } as const;

/** The catalog names the marker looks for, compiled once. */
export interface CatalogNames {
  products: ProductTerm[];
  categories: CategoryTerm[];
}

export const NO_CATALOG_NAMES: CatalogNames = { products: [], categories: [] };

export function catalogNamesOf(vocabulary: Pick<CatalogVocabulary, 'products' | 'categories'>): CatalogNames {
  return { products: productTerms(vocabulary.products), categories: categoryTerms(vocabulary.categories) };
}

/**
 * Token index -> what the token becomes: the first word of a name becomes its placeholder, its
 * other words '' (dropped). Products first; a category inside a product's name does not count.
 */
export type CatalogMarks = Map<number, string>;

export function markCatalogNames(
  reading: MessageReading,
  names: CatalogNames,
  productMatches: ProductMatch[] = matchProducts(reading, names.products),
): CatalogMarks {
  const marks: CatalogMarks = new Map();
  for (const match of productMatches) markPositions(marks, [...match.positions].sort((a, b) => a - b), CATALOG_PLACEHOLDERS.product);
  for (const term of names.categories) {
    for (const hit of findPhrase(reading, term.phrase)) {
      // "book a table", "shoe a horse": a category is a noun, and its last word is the one that tells.
      if (reading.tokens[hit.lastToken].pos === 'VERB') continue;
      const positions = Array.from({ length: hit.lastToken - hit.firstToken + 1 }, (_, k) => hit.firstToken + k);
      markPositions(marks, positions, CATALOG_PLACEHOLDERS.category);
    }
  }
  return marks;
}

function markPositions(marks: CatalogMarks, positions: number[], placeholder: string): void {
  if (positions.some((p) => marks.has(p))) return;
  positions.forEach((p, k) => marks.set(p, k === 0 ? placeholder : ''));
}
