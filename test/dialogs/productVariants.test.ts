import { describe, expect, it } from 'vitest';
import { asksOtherColours, colourVariants } from '../../dialogs/productVariants.ts';
import { products } from '../support/shopFixture.ts';

const byName = (name: string) => products.find((p) => p.name === name)!;

describe('colourVariants: the same product in the catalog\'s other colours', () => {
  it.each([
    ['Blue Linen Shirt', ['White Linen Shirt']],
    ['White Linen Shirt', ['Blue Linen Shirt']],
    // Same words but another thing, or no colour in the name: none.
    ['Ceramic Mug', []],
    ['Navy Chino Trousers', []],
  ])('%s -> %j', (name, variants) => expect(colourVariants(byName(name), products).map((p) => p.name)).toEqual(variants));
});

describe('asksOtherColours', () => {
  it.each([
    ['any other colours?', true],
    ['what colors does it come in', true],
    ['does it come in other colours', true],
    ['which colours are available', true],
    ['I love the colour', false],
    ['blue please', false],
  ])('%s -> %s', (text, asks) => expect(asksOtherColours(text)).toBe(asks));
});
