/**
 * Catalog product and category names reach the intent model as placeholders: training marks them
 * with the catalog its rows were written for, the recognizer with the running shop's, so a product
 * the training file never named reads like one it did. A new catalog is data, not code.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer, readMessage, trainIntentModel, type CatalogVocabulary, type LabelledUtterance } from '../../src/nlu/index.ts';
import { catalogNamesOf, markCatalogNames } from '../../src/nlu/features/catalogMentions.ts';
import { wordUnits } from '../../src/nlu/features/featurize.ts';

function catalog(products: [string, string][]): CatalogVocabulary {
  return {
    products: products.map(([name, category], i) => ({ id: `P${i}`, name, category })),
    categories: [...new Set(products.map(([, category]) => category))],
    colours: [],
    sizes: [],
    materials: [],
  };
}

const demo = catalog([
  ['Green Quilted Bedspread', 'bedding'],
  ['Brown Leather Journal', 'books'],
  ['Black Chelsea Boots', 'shoes'],
]);

describe('marking catalog names', () => {
  const names = catalogNamesOf(demo);
  it.each([
    ['do you sell the green quilted bedspread', 'do you sell the __product__'],
    ['got any chelsea boots in black?', 'get any __product__ in ?'],
    ['any bedding on sale', 'any __category__ on sale'],
    ['my shoes arrived torn', 'my __category__ arrive tear'],
    ['can you book a table for me', 'can you book a table for me'],
    ['where is my order', 'where be my order'],
  ])('%s -> %s', (text, units) => {
    const reading = readMessage(text);
    expect(wordUnits(reading.tokens, markCatalogNames(reading, names)).join(' ')).toBe(units);
  });
});

describe('a model trained with catalog names', () => {
  const rows: LabelledUtterance[] = [
    ['do you sell the green quilted bedspread', 'product_search'],
    ['have you got the brown leather journal', 'product_search'],
    ['i am looking for bedding', 'product_search'],
    ['do you stock shoes', 'product_search'],
    ['where is my order', 'order_status'],
    ['my parcel has not arrived', 'order_status'],
    ['track my delivery please', 'order_status'],
    ['when will my order come', 'order_status'],
  ].map(([text, intent]) => ({ text, intent }));
  const model = trainIntentModel(rows, [], { catalog: demo });
  const anotherShop = catalog([['Walnut Serving Board', 'kitchen']]);

  it('remembers that it reads names, and reads a new shop\'s names with no retraining', () => {
    expect(model.featureConfig.catalogNames).toBe(true);
    const recognizer = createRecognizer(model, anotherShop);
    const r = recognizer.recognize('do you sell the walnut serving board');
    expect(r.intent).toBe('product_search');
    expect(r.entities.products.map((p) => p.name)).toEqual(['Walnut Serving Board']);
  });

  it('reads with the shop lexicon, unless told otherwise', () => {
    expect(model.featureConfig.shopLexicon).toBe(true);
    expect(trainIntentModel(rows, [], { catalog: demo, featureConfig: { shopLexicon: false } }).featureConfig.shopLexicon).toBe(false);
  });

  it('is unchanged when trained without a catalog, and keeps the plain lexicon', () => {
    const plain = trainIntentModel(rows, []).featureConfig;
    expect(plain.catalogNames).toBeUndefined();
    expect(plain.shopLexicon).toBeUndefined();
  });
});
