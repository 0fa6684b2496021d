/**
 * Who a present is for, when the customer says so: "a gift for my dad" should not bring up toys
 * (found by chatting: it showed a wooden train set and a stunt kite), and "something for my
 * nephew" should. Products are for children when a tag or their category says so ("kids", "toys").
 */
import type { Product } from '../src/shop/types.ts';

export type GiftRecipient = 'adult' | 'child';

const FOR = String.raw`\bfor (?:my |our |a |the |his |her )?(?:little |baby |young |new |lovely )?`;
const CHILD = new RegExp(
  `${FOR}(son|daughter|kids?|children|child|nephew|niece|grand(?:son|daughter|kids?|child(?:ren)?)|toddler|baby|babies|boy|girl|newborn|teen(?:ager)?)s?\\b`,
  'i',
);
const ADULT = new RegExp(
  `${FOR}(dad|daddy|father|mum|mummy|mom|mommy|mother|wife|husband|partner|boyfriend|girlfriend|grand(?:ma|pa|mother|father|parents?)|nan|nana|gran|granny|boss|colleague|co-?worker|friend|sister|brother|aunt|auntie|uncle|teacher|fianc[eé]e?|in-laws?|parents?|hubby|wifey)s?\\b`,
  'i',
);
const CHILDREN_WORDS = new Set(['kids', 'kid', 'children', 'child', 'baby', 'toddler', 'toys', 'toy']);

export function giftRecipient(text: string): GiftRecipient | undefined {
  if (CHILD.test(text)) return 'child';
  if (ADULT.test(text)) return 'adult';
  return undefined;
}

export function isForChildren(product: Pick<Product, 'category' | 'tags'>): boolean {
  return CHILDREN_WORDS.has(product.category.toLowerCase()) || (product.tags ?? []).some((tag) => CHILDREN_WORDS.has(tag.toLowerCase()));
}
