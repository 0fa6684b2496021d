/**
 * A small handmade shop for the recommender's tests: a few shirts, trousers and accessories, and
 * customers whose habits make the expected answers obvious to a person reading the data.
 *
 *   - Blue and White Linen Shirts are looked at and bought by the same people (similar items).
 *   - The Blue Linen Shirt is bought in one order with Chino Trousers and a Leather Belt (goes with).
 *   - Sun Hat and Silk Scarf are bought together by other customers (a second taste group).
 *   - The Green Linen Shirt is new: nobody has touched it (content similarity only).
 */
import type { CatalogItem, InteractionEvent } from '../../src/recommender/index.ts';

const DAY = 86_400_000;
export const START = Date.UTC(2024, 0, 1);
export const day = (n: number) => START + n * DAY;

export const catalog: CatalogItem[] = [
  item('shirt-blue', 'Blue Linen Shirt', 'Shirts', 40, true, { colour: 'blue', material: 'linen' }, 'linen shirt summer'),
  item('shirt-white', 'White Linen Shirt', 'Shirts', 35, true, { colour: 'white', material: 'linen' }, 'linen shirt summer'),
  item('shirt-check', 'Checked Flannel Shirt', 'Shirts', 45, false, { colour: 'red', material: 'cotton flannel' }, 'flannel shirt winter'),
  item('shirt-green', 'Green Linen Shirt', 'Shirts', 42, true, { colour: 'green', material: 'linen' }, 'linen shirt summer new'),
  item('chino', 'Beige Chino Trousers', 'Trousers', 50, true, { colour: 'beige', material: 'organic cotton' }, 'cotton trousers'),
  item('belt', 'Brown Leather Belt', 'Accessories', 25, true, { colour: 'brown', material: 'leather' }, 'leather belt'),
  item('socks', 'Wool Socks', 'Accessories', 10, true, { colour: 'grey' }, 'warm wool socks'),
  item('hat', 'Straw Sun Hat', 'Accessories', 30, true, { colour: 'beige' }, 'straw hat summer'),
  item('scarf', 'Silk Scarf', 'Accessories', 60, true, { colour: 'red' }, 'silk scarf'),
];

export const events: InteractionEvent[] = [
  ...buy('u1', ['shirt-blue', 'chino', 'belt'], 1),
  view('u1', 'shirt-white', 1),
  ...buy('u2', ['shirt-blue', 'chino'], 2),
  view('u2', 'shirt-white', 2),
  ...buy('u3', ['shirt-blue', 'belt'], 3),
  ...buy('u3', ['shirt-white'], 10),
  ...buy('u4', ['shirt-white', 'socks'], 4),
  view('u4', 'shirt-blue', 4),
  view('u4', 'shirt-check', 4),
  ...buy('u5', ['hat', 'scarf'], 5),
  ...buy('u6', ['hat', 'scarf', 'socks'], 26),
  ...buy('u9', ['hat', 'scarf'], 27),
  ...buy('u7', ['shirt-blue'], 20),
  ...buy('u11', ['shirt-blue', 'chino'], 15),
  view('u10', 'shirt-check', 25),
  view('u10', 'shirt-white', 25),
];

export function buy(user: string, items: string[], onDay: number): InteractionEvent[] {
  return items.map((id) => ({ user, item: id, timestamp: day(onDay), type: 'purchase', basket: `${user}@${onDay}` }));
}

export function view(user: string, id: string, onDay: number): InteractionEvent {
  return { user, item: id, timestamp: day(onDay) + 3_600_000, type: 'view' };
}

function item(
  id: string,
  name: string,
  category: string,
  price: number,
  inStock: boolean,
  attributes: Record<string, string>,
  text: string,
): CatalogItem {
  return { id, name, category, price, inStock, attributes, text };
}
