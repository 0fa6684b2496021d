import { describe, expect, it } from 'vitest';
import { boundForWords, movePriceBound, relativePrice } from '../../dialogs/relativePrice.ts';

describe('relativePrice', () => {
  const cases: [string, 'lower' | 'higher' | undefined][] = [
    ['show me cheaper ones', 'lower'],
    ['anything less expensive?', 'lower'],
    ['too pricey for me, got anything else', 'lower'],
    ["that's a bit expensive", 'lower'],
    ['something more affordable please', 'lower'],
    ["I'm on a tighter budget", 'lower'],
    ['anything pricier?', 'higher'],
    ['show me more expensive ones', 'higher'],
    ['something higher-end', 'higher'],
    // An absolute price or a superlative is a search of its own, and thanks are thanks.
    ["what's your cheapest kettle", undefined],
    ['linen shirts under 40', undefined],
    ['thanks so much', undefined],
    ['how much is shipping', undefined],
  ];
  it.each(cases)('%s -> %s', (text, direction) => expect(relativePrice(text)).toBe(direction));
});

describe('movePriceBound', () => {
  it('moves below a reference by a cent, drops the lower bound, and keeps a lower upper bound', () => {
    expect(movePriceBound({ minPrice: 20, maxPrice: 50, inStockOnly: true }, 'lower', 42)).toMatchObject({ minPrice: undefined, maxPrice: 41.99, inStockOnly: true });
    expect(movePriceBound({ maxPrice: 30 }, 'lower', 42)).toMatchObject({ maxPrice: 30 });
    expect(movePriceBound({ maxPrice: 30 }, 'higher', 42)).toMatchObject({ maxPrice: undefined, minPrice: 42.01 });
  });

  it('says the bound as the customer would, without the cent', () => {
    expect(boundForWords({ minPrice: 20 }, 'lower', 42)).toMatchObject({ minPrice: undefined, maxPrice: 42 });
    expect(boundForWords({}, 'higher', 39)).toMatchObject({ minPrice: 39 });
  });
});
