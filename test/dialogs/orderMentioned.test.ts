import { describe, expect, it } from 'vitest';
import { itemsNamed, ordersMeant, ordersNamed, refersToLastOrder } from '../../dialogs/orderMentioned.ts';
import type { Order } from '../../src/shop/types.ts';

const order = (id: string, ...names: string[]): Order =>
  ({ id, items: names.map((name, i) => ({ productId: `${id}-${i}`, name, quantity: 1, unitPrice: 10 })) }) as unknown as Order;
// Newest first, as the store lists them.
const orders = [order('SK-3', 'Pink Crew T-Shirt', 'Tapered Blue Jeans'), order('SK-2', 'Glass French Press', 'Kenya AA Coffee Beans'), order('SK-1', 'Maple Cutting Board')];
const categories: Record<string, string> = { 'SK-2-1': 'coffee', 'SK-2-0': 'kitchen', 'SK-1-0': 'kitchen' };

describe('ordersNamed', () => {
  it.each([
    ['is my french press order late?', ['SK-2']],
    ["where's my coffee order?", ['SK-2']],
    ['I want to return the cutting board', ['SK-1']],
    ['where are my jeans', ['SK-3']],
    // A category two orders share: both, newest first.
    ['my kitchen order', ['SK-2', 'SK-1']],
    // Nothing named: no order.
    ['where is my order?', []],
    ['is my parcel late', []],
    // Only the part about the order names it: the rest is another question.
    ["what's the status of my order and do you have blue jeans?", []],
    ['is my coffee order shipped? and do you have pink t-shirts', ['SK-2']],
  ])('%s -> %o', (text, ids) => expect(ordersNamed(text, orders, (id) => categories[id]).map((o) => o.id)).toEqual(ids));
});

describe('itemsNamed', () => {
  it('finds items by any word of their name, plural or not', () => {
    expect(itemsNamed('the jeans are too long', orders[0].items).map((i) => i.name)).toEqual(['Tapered Blue Jeans']);
    expect(itemsNamed('send it all back', orders[0].items)).toEqual([]);
  });
});

describe('refersToLastOrder', () => {
  it.each([
    ['when will it arrive?', true],
    ['can you give me the tracking number', true],
    ['cancel it', true],
    ['where is my order', false],
    ['what about my other order', false],
    ['show me all my orders', false],
    // The "it" of dropping a question is no order.
    ['actually forget it, where is my order?', false],
    ['never mind that, where is my order', false],
    ['no wait, it arrived damaged', true],
  ])('%s -> %s', (text, back) => expect(refersToLastOrder(text)).toBe(back));
});

describe('ordersMeant: "the other one" is not the order just talked about', () => {
  it.each([
    ['change the address on the other one', 'SK-3', ['SK-2', 'SK-1']],
    ['what about my other order?', 'SK-3', ['SK-2', 'SK-1']],
    ['and the other?', 'SK-2', ['SK-3', 'SK-1']],
    ['change the address on it', 'SK-3', ['SK-3', 'SK-2', 'SK-1']],
    // Nothing talked about yet: every order.
    ['the other one', undefined, ['SK-3', 'SK-2', 'SK-1']],
  ])('%s (last %s)', (text, last, meant) => expect(ordersMeant(text, orders, last).map((o) => o.id)).toEqual(meant));
});
