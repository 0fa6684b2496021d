/**
 * All entities of one message. Extractors run from the most specific to the least, each skipping
 * the characters an earlier one claimed (see ClaimedSpans): e-mails, order numbers, dates,
 * products, sizes, prices, ZIP codes, quantities, colours, materials, categories.
 */
import type { CatalogVocabulary, Entities } from '../types.ts';
import type { MessageReading } from '../text/readMessage.ts';
import { categoryTerms, extractCategories, type CategoryTerm } from './categories.ts';
import { ClaimedSpans } from './claimedSpans.ts';
import { colourTerms, extractColours } from './colours.ts';
import { extractDates } from './dates.ts';
import { extractEmails } from './emails.ts';
import { extractMaterials, materialTerms } from './materials.ts';
import { extractOrderIds } from './orderIds.ts';
import type { ValueTerm } from './phraseMatch.ts';
import { extractPostcodes } from './postcodes.ts';
import { extractPrice } from './prices.ts';
import { extractProducts, productTerms, type ProductMatch, type ProductTerm } from './products.ts';
import { extractQuantities } from './quantities.ts';
import { extractSizes, sizeTerms, type SizeTerms } from './sizes.ts';

/** What the extractors learned from the catalog, compiled once at start. */
export interface CatalogTerms {
  products: ProductTerm[];
  categories: CategoryTerm[];
  colours: ValueTerm[];
  sizes: SizeTerms;
  materials: ValueTerm[];
}

export function compileCatalogTerms(vocabulary: CatalogVocabulary): CatalogTerms {
  return {
    products: productTerms(vocabulary.products),
    categories: categoryTerms(vocabulary.categories),
    colours: colourTerms(vocabulary.colours),
    sizes: sizeTerms(vocabulary.sizes),
    materials: materialTerms(vocabulary.materials),
  };
}

export const EMPTY_VOCABULARY: CatalogVocabulary = { products: [], categories: [], colours: [], sizes: [], materials: [] };

export function extractEntities(reading: MessageReading, terms: CatalogTerms, now: Date, productMatches?: ProductMatch[]): Entities {
  const claimed = new ClaimedSpans();
  const text = reading.text;
  const emails = extractEmails(text, claimed);
  const orderIds = extractOrderIds(text, claimed);
  const dates = extractDates(reading, now, claimed);
  const products = extractProducts(reading, terms.products, claimed, productMatches);
  const sizes = extractSizes(reading, terms.sizes, claimed);
  const price = extractPrice(text, claimed);
  const postcodes = extractPostcodes(text, claimed);
  const quantities = extractQuantities(reading, claimed);
  const colours = extractColours(reading, terms.colours, claimed);
  const materials = extractMaterials(reading, terms.materials, claimed);
  const categories = extractCategories(reading, terms.categories, claimed);
  return { orderIds, emails, postcodes, ...(price ? { price } : {}), quantities, dates, colours, sizes, materials, products, categories };
}
