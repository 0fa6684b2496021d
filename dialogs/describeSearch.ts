/**
 * What the customer asked for, in words, so a list of suggestions says what it is ("linen shirts
 * under $40") and a relaxed search says what it could not find. Built from the suggestion filter
 * the dialog made from the message, so the words always match what was searched.
 */
import type { SuggestionFilter } from '../src/recommender/types.ts';

/** The filters the dialog may drop, one at a time, when nothing in stock fits them all. */
export type RelaxedFilter = 'size' | 'colour' | 'material' | 'price' | 'search';

export interface SearchWords {
  /** A noun phrase: "blue linen shirts in size M under $40", "anything matching “jumpers”"; empty when nothing was asked. */
  whole: string;
  /** The same after "Here are some picks": ": blue linen shirts under $40", " in linen matching “jumpers”". */
  afterPicks: string;
}

/** `searchWords`: the customer's words a catalog search matched ("jumpers"). */
export function describeSearch(filter: SuggestionFilter, currencySymbol: string, searchWords: string[] = []): SearchWords {
  const look = [filter.attributes?.colour, filter.attributes?.material].filter(Boolean).join(' ');
  const categories = filter.categories?.join(' or ') ?? '';
  const matching = searchWords.length ? ` matching “${searchWords.join(' ')}”` : '';
  const size = filter.attributes?.size ? ` in size ${filter.attributes.size.toUpperCase()}` : '';
  const tail = `${matching}${size}${priceWords(filter, currencySymbol)}`;
  if (categories) {
    const phrase = `${look ? `${look} ` : ''}${categories}${tail}`;
    return { whole: phrase, afterPicks: `: ${phrase}` };
  }
  const qualifiers = `${look ? ` in ${look}` : ''}${tail}`;
  return { whole: qualifiers ? `anything${qualifiers}` : '', afterPicks: qualifiers };
}

/** How the shown list differs from what was asked, after a filter was dropped. */
export const RELAXED_WORDS: Record<RelaxedFilter, string> = {
  size: 'in other sizes',
  colour: 'in other colours',
  material: 'in other materials',
  price: 'at other prices',
  search: 'of other kinds',
};

function priceWords(filter: SuggestionFilter, symbol: string): string {
  const { minPrice: min, maxPrice: max } = filter;
  if (min !== undefined && max !== undefined) return ` between ${amount(min, symbol)} and ${amount(max, symbol)}`;
  if (max !== undefined) return ` under ${amount(max, symbol)}`;
  if (min !== undefined) return ` over ${amount(min, symbol)}`;
  return '';
}

/** A limit as the customer said it: "$40", not "$40.00"; "$19.99" keeps its cents. */
function amount(value: number, symbol: string): string {
  return Number.isInteger(value) ? `${symbol}${value}` : `${symbol}${value.toFixed(2)}`;
}
