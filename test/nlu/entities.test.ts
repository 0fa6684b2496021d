import { describe, expect, it } from 'vitest';
import { compileCatalogTerms, extractEntities, readMessage, type CatalogVocabulary, type Entities } from '../../src/nlu/index.ts';

const vocabulary: CatalogVocabulary = {
  products: [
    { id: 'P0001', name: 'Blue Linen Shirt', category: 'shirts' },
    { id: 'P0002', name: 'Linen Shirt', category: 'shirts' },
    { id: 'P0003', name: 'Navy Chino Trousers', category: 'trousers' },
    { id: 'P0004', name: 'Brown Leather Belt', category: 'accessories' },
    { id: 'P0005', name: 'Oak Cutting Board', category: 'kitchen' },
  ],
  categories: ['accessories', 'kitchen', 'shirts', 'trousers'],
  colours: ['blue', 'brown', 'grey', 'light blue', 'navy', 'white'],
  sizes: ['10', 'l', 'm', 's', 'xl'],
  materials: ['cotton', 'down', 'leather', 'linen', 'organic cotton', 'stainless steel'],
};
const terms = compileCatalogTerms(vocabulary);
/** Thursday 20 March 2025, noon. */
const NOW = new Date(2025, 2, 20, 12);
const entitiesOf = (text: string): Entities => extractEntities(readMessage(text), terms, NOW);

describe('order numbers', () => {
  it.each([
    ['where is SK-104233?', ['SK-104233']],
    ['sk104233 has not arrived', ['SK-104233']],
    ['SK 104233', ['SK-104233']],
    ['my order 104233 is late', ['SK-104233']],
    ['order no. 104233', ['SK-104233']],
    ['order #104233 please', ['SK-104233']],
    ['#104233', ['SK-104233']],
    ['104233', ['SK-104233']],
    ['SK-104233 and SK-220871', ['SK-104233', 'SK-220871']],
    ['call me on 4155550123', []],
    ['my zip is 94107', []],
    ['I paid $104233?', []],
    ['SK-1042', []],
  ])('%s', (text, expected) => expect(entitiesOf(text).orderIds).toEqual(expected));
});

describe('emails and ZIP codes', () => {
  it.each([
    ['email me at Ada.Lovelace+shop@Example.co.uk.', ['ada.lovelace+shop@example.co.uk'], []],
    ['ship it to 94107 please', [], ['94107']],
    ['zip 94107-1234', [], ['94107']],
    ['order SK-104233 to 10001', [], ['10001']],
    ['order 12345 is late', [], []],
    ['it cost $12000', [], []],
    ['12000 dollars is a lot', [], []],
    ['104233', [], []],
    ['my number is 415 555 0123', [], []],
  ])('%s', (text, emails, postcodes) => {
    const e = entitiesOf(text);
    expect(e.emails).toEqual(emails);
    expect(e.postcodes).toEqual(postcodes);
  });
});

describe('price ranges', () => {
  it.each([
    ['shirts under 40', { max: 40 }],
    ['less than $30', { max: 30 }],
    ['nothing over 100 please', { min: 100 }],
    ['at least 20 dollars', { min: 20 }],
    ['between 20 and 50 dollars', { min: 20, max: 50 }],
    ['$20-$50', { min: 20, max: 50 }],
    ['$50 to $20', { min: 20, max: 50 }],
    ['from 20 to 50', { min: 20, max: 50 }],
    ['around 30', { min: 24, max: 36 }],
    ['a gift for $25', { max: 25 }],
    ['30 bucks', { max: 30 }],
    ['under $39.99', { max: 39.99 }],
    ['it should arrive in under 3 days', undefined],
    ['I waited over 2 weeks', undefined],
    ['size 10 shoes', undefined],
    ['20-50', undefined],
    ['order SK-104233', undefined],
  ])('%s', (text, expected) => expect(entitiesOf(text).price).toEqual(expected));
});

describe('quantities', () => {
  it.each([
    ['two shirts please', [2]],
    ['I want 3 pairs of socks', [3]],
    ['a dozen mugs', [12]],
    ['one belt and two shirts', [1, 2]],
    ['2', [2]],
    ['this one please', []],
    ['which one is cheaper', []],
    ['I ordered 2 days ago', []],
    ['under 40 dollars', []],
    ['size 10', []],
    ['SK-104233', []],
    ['a shirt', []],
  ])('%s', (text, expected) => expect(entitiesOf(text).quantities).toEqual(expected));
});

describe('dates (now = Thursday 20 March 2025)', () => {
  it.each([
    ['I ordered it yesterday', 'yesterday', '2025-03-19'],
    ['bought it last Tuesday', 'last Tuesday', '2025-03-18'],
    ['it came on Monday', 'Monday', '2025-03-17'],
    ['ordered on 12 March', '12 March', '2025-03-12'],
    ['placed on March 2nd', 'March 2nd', '2025-03-02'],
    ['it was 3 days ago', '3 days ago', '2025-03-17'],
    ['bought on 2024-12-24', '2024-12-24', '2024-12-24'],
    ['delivered 3/12', '3/12', '2025-03-12'],
    ['ordered on 5 December', '5 December', '2024-12-05'],
    ['can it come tomorrow', 'tomorrow', '2025-03-21'],
  ])('%s', (text, words, iso) => expect(entitiesOf(text).dates).toEqual([{ text: words, iso }]));

  it('keeps spans of time unresolved and finds no date in plain numbers', () => {
    expect(entitiesOf('I ordered last week').dates).toEqual([{ text: 'last week' }]);
    expect(entitiesOf('two shirts under 40').dates).toEqual([]);
  });
});

describe('colours, sizes, products and categories from the catalog', () => {
  it.each([
    ['do you have blue shirts', { colours: ['blue'], categories: ['shirts'] }],
    ['a light blue shirt', { colours: ['light blue'], categories: ['shirts'] }],
    ['anything in gray?', { colours: ['grey'] }],
    ['a shirt in size m', { sizes: ['m'], categories: ['shirts'] }],
    ['trousers, size 10', { sizes: ['10'], categories: ['trousers'] }],
    ['do you have it in extra large', { sizes: ['xl'] }],
    ['a medium white shirt', { sizes: ['m'], colours: ['white'], categories: ['shirts'] }],
    ['XL please', { sizes: ['xl'] }],
    ["I'm not sure", {}],
    ['a large order of mugs', {}],
    ['an accessory for my kitchen', { categories: ['accessories', 'kitchen'] }],
  ])('%s', (text, expected) => {
    const e = entitiesOf(text);
    expect({ colours: e.colours, sizes: e.sizes, categories: e.categories }).toEqual({ colours: [], sizes: [], categories: [], ...expected });
  });

  it.each([
    ['any linen trousers under 40', ['linen']],
    ['cotton or linen?', ['cotton', 'linen']],
    ['organic cotton tees', ['organic cotton']],
    ['stainless steel pans please', ['stainless steel']],
    ['a leather jacket', ['leather']],
    ['a down jacket', []],
    ['can you narrow it down to shirts', []],
    ['the Brown Leather Belt', []],
  ])('materials in "%s"', (text, materials) => expect(entitiesOf(text).materials).toEqual(materials));

  it.each([
    ['is the Blue Linen Shirt in stock', ['P0001'], 'Blue Linen Shirt'],
    ['the blue linen shirts', ['P0001'], 'blue linen shirts'],
    ['something like the linen shirt', ['P0002'], 'linen shirt'],
    ['board for cutting, oak', ['P0005'], 'board for cutting, oak'],
    ['the linnen shirt in blue', ['P0001'], 'linnen shirt in blue'],
    ['navy chinos', [], undefined],
    ['a leather jacket', [], undefined],
  ])('%s', (text, ids, words) => {
    const e = entitiesOf(text);
    expect(e.products.map((p) => p.productId)).toEqual(ids);
    if (words) expect(e.products[0].text).toBe(words);
  });

  it('does not read the words of a named product as a colour or category request', () => {
    const e = entitiesOf('something similar to the Blue Linen Shirt');
    expect(e.products.map((p) => p.productId)).toEqual(['P0001']);
    expect(e.colours).toEqual([]);
    expect(e.categories).toEqual([]);
  });

  it('learns a new catalog without code changes', () => {
    const garden = compileCatalogTerms({
      products: [{ id: 'G1', name: 'Terracotta Plant Pot', category: 'garden tools' }],
      categories: ['garden tools'],
      colours: ['terracotta', 'sage green'],
      sizes: ['one size'],
      materials: ['terracotta clay'],
    });
    const e = extractEntities(readMessage('any sage green garden tool? and the plant pot in terracotta'), garden, NOW);
    expect(e.colours).toEqual(['sage green']);
    expect(e.categories).toEqual(['garden tools']);
    expect(e.products.map((p) => p.productId)).toEqual(['G1']);
  });
});
