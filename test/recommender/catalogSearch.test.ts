import { describe, expect, it } from 'vitest';
import { fitRecommender, type CatalogItem } from '../../src/recommender/index.ts';

const item = (id: string, name: string, category: string, keywords: string, text = ''): CatalogItem => ({
  id, name, category, price: 10, inStock: true, attributes: {}, keywords, text,
});

// Keywords are the shop's tags; the text (description) is prose that search must not read.
const catalog = [
  item('sweater', 'Grey Crew Neck Sweater', 'Knitwear', 'jumper. sweater. warm. winter', 'The best sweater you will find'),
  item('cardigan', 'Brown Cardigan', 'Knitwear', 'cardigan. jumper. warm', 'Find your size in our guide'),
  item('boots', 'Brown Hiking Boots', 'Shoes', 'hiking. boots. outdoor', 'Best for long walks'),
  item('chelsea', 'Black Chelsea Boots', 'Shoes', 'boots. formal', ''),
  item('lantern', 'Camping Lantern', 'Outdoor', 'camping. light. hiking', ''),
];
const model = fitRecommender([], catalog);

describe('catalog search (BM25 over name, category and tags)', () => {
  it.each([
    { query: 'do you have any jumpers?', items: ['cardigan', 'sweater'], words: ['jumpers'] },
    { query: 'something warm for winter', items: ['cardigan', 'sweater'], words: ['warm', 'winter'] },
    // Both words beat one: the chelsea boots and the lantern share only one word each.
    { query: 'hiking boots please', items: ['boots'], words: ['hiking', 'boots'] },
    { query: 'CARDIGANS', items: ['cardigan'], words: ['cardigans'] },
    // Words only in descriptions ("best", "find", "size") find nothing.
    { query: 'best sellers', items: [], words: [] },
    { query: 'help me find my size', items: [], words: [] },
    { query: 'recommend something', items: [], words: [] },
  ])('"$query" finds $items', ({ query, items, words }) => {
    const found = model.search(query);
    expect([...found.itemIds].sort()).toEqual(items);
    expect(found.matchedWords).toEqual(words);
  });

  it.each([
    { query: 'do you sell bikes', nouns: ['bikes'] },
    { query: 'hiking boots for my dad', nouns: ['dad'] },
    { query: 'recommend something', nouns: [] },
  ])('names the nouns no item has in "$query"', ({ query, nouns }) => {
    expect(model.search(query).unmatchedNouns).toEqual(nouns);
  });

  it('ranks the item with more of the words first', () => {
    expect(model.search('something warm for winter').itemIds[0]).toBe('sweater');
  });

  it('a search narrows suggestions through the onlyItems filter', () => {
    const { itemIds } = model.search('boots');
    const suggested = model.suggest({ mode: 'trending', k: 5, filter: { onlyItems: itemIds } }).map((s) => s.itemId);
    expect(suggested.sort()).toEqual(['boots', 'chelsea']);
  });
});
