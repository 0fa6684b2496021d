/**
 * Who a present is for, when the customer says so: "a gift for my dad" should not bring up toys
 * (found by chatting: it showed a wooden train set and a stunt kite), and "something for my
 * nephew" should. Products are for children when a tag or their category says so ("kids", "toys").
 */
import type { Product } from '../src/shop/types.ts';

export type GiftRecipient = 'adult' | 'child';

const FOR = String.raw`\bfor (?:my |our |a |the |his |her )?(?:little |baby |young |new |lovely )?`;
const CHILD_NAMES = String.raw`son|daughter|kids?|children|child|nephew|niece|grand(?:son|daughter|kids?|child(?:ren)?)|toddler|baby|babies|boy|girl|newborn|teen(?:ager)?`;
const ADULT_NAMES = String.raw`dad|daddy|father|mum|mummy|mom|mommy|mother|wife|husband|partner|boyfriend|girlfriend|grand(?:ma|pa|mother|father|parents?)|nan|nana|gran|granny|boss|colleague|co-?worker|friend|sister|brother|aunt|auntie|uncle|teacher|fianc[eé]e?|in-laws?|parents?|hubby|wifey|woman|man|lady|guy`;
const AGE_WORDS = String.raw`\d{1,2}\s*-?\s*(?:years?|yrs?|yo)\b(?:\s*-?\s*old)?`;
const CHILD = new RegExp(String.raw`${FOR}(?:${AGE_WORDS}\s+)?(${CHILD_NAMES})s?\b`, 'i');
const ADULT = new RegExp(String.raw`${FOR}(?:${AGE_WORDS}\s+)?(${ADULT_NAMES})s?\b`, 'i');
const CHILDREN_WORDS = new Set(['kids', 'kid', 'children', 'child', 'baby', 'toddler', 'toys', 'toy']);
/** "my 5 year old niece", "a 10-year-old boy", "for a 7yo", "in her 60s". */
const AGE = /\b(\d{1,2})\s*-?\s*(?:years?|yrs?|yo)\b(?:\s*-?\s*old)?|\bin (?:his|her|their) (\d0)s\b/i;
/** The words that say a present is meant, and who for, which are no product's words. */
const GIFT_WORDS = /\b(?:gifts?|presents?|pressies?)\b/gi;
const RECIPIENT_PHRASE = new RegExp(String.raw`${FOR}(?:${AGE_WORDS}\s+)?(?:${CHILD_NAMES}|${ADULT_NAMES})s?\b`, 'gi');

export function giftRecipient(text: string): GiftRecipient | undefined {
  const age = AGE.exec(text);
  if (age) return Number(age[1] ?? age[2]) < 16 ? 'child' : 'adult';
  if (CHILD.test(text)) return 'child';
  if (ADULT.test(text)) return 'adult';
  return undefined;
}

/**
 * The message without "gift" / "present" and who it is for, so the catalog search reads what the
 * present should be ("a gift for my boyfriend who loves hiking" searches "who loves hiking"). Found by
 * chatting: "gift" matched the shop's gift-tagged mugs and bath salts ahead of hiking gear, and "gift"
 * with "coffee" found no gift-tagged coffee and relaxed the price.
 */
export function withoutGiftWords(text: string): string {
  return text.replace(RECIPIENT_PHRASE, ' ').replace(new RegExp(AGE.source, 'gi'), ' ').replace(GIFT_WORDS, ' ');
}

/** Whether the message says a present is meant. */
export function mentionsGift(text: string): boolean {
  return new RegExp(GIFT_WORDS.source, 'i').test(text);
}

export function isForChildren(product: Pick<Product, 'category' | 'tags'>): boolean {
  return CHILDREN_WORDS.has(product.category.toLowerCase()) || (product.tags ?? []).some((tag) => CHILDREN_WORDS.has(tag.toLowerCase()));
}
