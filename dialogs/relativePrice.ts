/**
 * "show me cheaper ones", "anything less expensive?", "something pricier than the Navy Parka": a
 * price asked for relative to what the customer has just seen, not as a number. The dialog turns it
 * into a price bound from the listed products' prices (or the named product's), and keeps the rest of
 * the last search.
 */
import type { SuggestionFilter } from '../src/recommender/types.ts';

export type PriceDirection = 'lower' | 'higher';

const LOWER =
  /\b(cheaper|less expensive|less pricey|less costly|lower[- ]priced|more affordable|too (?:expensive|pricey|dear|steep|costly|much)|(?:so|bit|very|really|quite) (?:expensive|pricey|steep|costly)|(?:smaller|tighter|lower) budget)\b/i;
const HIGHER = /\b(pricier|more expensive|higher[- ](?:end|priced)|more premium|fancier|posher|more upmarket)\b/i;

/** Which way the message moves the price, if it asks for a relative price at all. */
export function relativePrice(text: string): PriceDirection | undefined {
  if (HIGHER.test(text)) return 'higher';
  if (LOWER.test(text)) return 'lower';
  return undefined;
}

/**
 * The last search's filter moved past `reference`: below it for "cheaper" (the old lower bound goes,
 * the old upper bound stays if it was lower still), above it for "pricier". Bounds are inclusive in
 * the recommender, so the bound sits one cent inside: a product at the reference price is no cheaper.
 */
export function movePriceBound(filter: SuggestionFilter, direction: PriceDirection, reference: number): SuggestionFilter {
  const moved: SuggestionFilter = { ...filter, attributes: filter.attributes ? { ...filter.attributes } : undefined };
  const inside = Math.round(reference * 100 + (direction === 'lower' ? -1 : 1)) / 100;
  if (direction === 'lower') {
    moved.minPrice = undefined;
    moved.maxPrice = Math.min(inside, filter.maxPrice ?? Infinity);
  } else {
    moved.maxPrice = undefined;
    moved.minPrice = Math.max(inside, filter.minPrice ?? -Infinity);
  }
  return moved;
}

/** `filter` (the one before moving) with the bound said as the customer would: "under $42", not "under $41.99". */
export function boundForWords(filter: SuggestionFilter, direction: PriceDirection, reference: number): SuggestionFilter {
  return direction === 'lower'
    ? { ...filter, minPrice: undefined, maxPrice: Math.min(reference, filter.maxPrice ?? Infinity) }
    : { ...filter, maxPrice: undefined, minPrice: Math.max(reference, filter.minPrice ?? -Infinity) };
}
