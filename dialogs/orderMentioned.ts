/**
 * "is my french press order late?", "where's my coffee order?", "I want to return the cutting board":
 * a signed-in customer names the order by what is in it. Found by chatting: the bot answered about
 * the newest order whatever was named (and started a return for another item).
 */
import type { Order } from '../src/shop/types.ts';

/** Words too common in questions to name an item, even where an item's name has them. */
const NOT_A_NAME = new Set([
  'the', 'and', 'for', 'you', 'your', 'where', 'when', 'what', 'which', 'why', 'how', 'order', 'ordered', 'orders', 'parcel', 'package',
  'delivery', 'deliver', 'arrive', 'arrived', 'late', 'status', 'cancel', 'return', 'returned', 'refund', 'with', 'that', 'this', 'from',
  'have', 'has', 'was', 'did', 'does', 'can', 'could', 'will', 'would', 'please', 'thank', 'thanks', 'still', 'yet', 'today', 'week',
  'item', 'thing', 'stuff', 'bought', 'buy', 'got', 'one', 'want', 'need', 'send', 'back', 'get', 'money', 'set', 'pack', 'pair',
]);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.replace(/(?:es|s)$/, '')).filter((w) => !NOT_A_NAME.has(w));
}

/** Where one question ends and the next begins: "?", ".", ";" or "and" / "also" / "plus". */
const CLAUSES = /[?.;!]+|\s(?:and|also|plus|oh and|btw)\s/i;
const ORDER_WORDS = /\b(?:orders?|parcels?|packages?|deliver(?:y|ed)|shipp?(?:ed|ing)|arriv\w*|refund\w*|return\w*|cancel\w*|track\w*|status)\b/i;

/**
 * The part of the message about an order: "what's the status of my order and do you have blue mugs?"
 * names no item of the order (found by chatting: "blue mugs" picked a cancelled order with a blue vase).
 */
function aboutTheOrder(text: string): string {
  const clauses = text.split(CLAUSES).filter((c) => c.trim());
  if (clauses.length < 2) return text;
  return clauses.filter((c) => ORDER_WORDS.test(c)).join(' ');
}

/**
 * The orders whose items (by name, or by the category each product is in) the message names, best
 * match first and, among equals, in the order given (newest first from the store). Empty when it names none.
 */
export function ordersNamed(text: string, orders: readonly Order[], categoryOf: (productId: string) => string | undefined): Order[] {
  const asked = new Set(words(aboutTheOrder(text)));
  if (!asked.size) return [];
  const scored = orders.map((order, index) => {
    const own = new Set(order.items.flatMap((item) => [...words(item.name), ...words(categoryOf(item.productId) ?? '')]));
    return { order, index, score: [...asked].filter((w) => own.has(w)).length };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((s) => s.order);
}

/** The items of `order` the message names, by name. */
export function itemsNamed<T extends { name: string }>(text: string, items: readonly T[]): T[] {
  const asked = new Set(words(text));
  return items.filter((item) => words(item.name).some((w) => asked.has(w)));
}

/** `ordersNamed` with each item's category looked up in the catalog. */
export async function findNamedOrders(
  text: string,
  orders: readonly Order[],
  getProduct: (id: string) => Promise<{ category: string } | undefined>,
): Promise<Order[]> {
  if (!words(text).length) return [];
  const ids = [...new Set(orders.flatMap((o) => o.items.map((i) => i.productId)))];
  const categories = new Map(await Promise.all(ids.map(async (id) => [id, (await getProduct(id))?.category] as const)));
  return ordersNamed(text, orders, (id) => categories.get(id));
}

/** "when will it arrive?", "the tracking number", "cancel it": the order just talked about, not another. */
const REFERS_BACK = /\b(?:it|that|this|the (?:tracking|order|parcel|package|delivery)|tracking number|that one|this one)\b/i;
const ANOTHER = /\b(?:other|another|else|previous|earlier|all|every|latest|newest|last|orders)\b/i;

/** "forget it", "never mind that": the "it" of dropping a question, not of an order. */
const DROPS_IT = /\b(?:forget|leave|scrap|never ?mind) (?:about )?(?:it|that|this)\b/gi;

export function refersToLastOrder(text: string): boolean {
  const rest = text.replace(DROPS_IT, ' ');
  return REFERS_BACK.test(rest) && !ANOTHER.test(rest);
}

/** The signed-in customer's order the message points back to ("it", "that order"), if it is one of `orders`. */
export function lastOrderMeant(text: string, orders: readonly Order[], lastOrderId: string | undefined): Order | undefined {
  return lastOrderId !== undefined && refersToLastOrder(text) ? orders.find((o) => o.id === lastOrderId) : undefined;
}

/** "the other one", "my other order": not the order just talked about. */
const THE_OTHER = /\b(?:the|my|that) other (?:one|order|parcel|package)\b|\bthe other\W*$/i;

/**
 * The signed-in customer's orders a message can mean: without the one just talked about when it asks
 * about "the other one" (found by chatting: "change the address on the other one" took the same order).
 */
export function asksAboutOtherOrder(text: string): boolean {
  return THE_OTHER.test(text);
}

export function ordersMeant(text: string, orders: Order[], lastOrderId: string | undefined): Order[] {
  return lastOrderId !== undefined && THE_OTHER.test(text) ? orders.filter((o) => o.id !== lastOrderId) : orders;
}
