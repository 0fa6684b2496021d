import { describe, expect, it } from 'vitest';
import { fitRecommender, type Suggestion, type SuggestionRequest } from '../../src/recommender/index.ts';
import { buy, catalog, events } from './smallShop.ts';

const model = fitRecommender(events, catalog);
const ids = (suggestions: Suggestion[]) => suggestions.map((s) => s.itemId);
const categoryOf = (id: string) => catalog.find((c) => c.id === id)!.category;
const ask = (request: Partial<SuggestionRequest> & Pick<SuggestionRequest, 'mode'>) => model.suggest({ k: 3, ...request });

describe('suggestions on a small shop', () => {
  it.each([
    { what: 'similar to the blue shirt: the white one first', request: { mode: 'similar', anchorItems: ['shirt-blue'] }, first: 'shirt-white', reason: 'Similar to the Blue Linen Shirt' },
    { what: 'goes with the blue shirt: the trousers bought in its orders', request: { mode: 'goes_with', anchorItems: ['shirt-blue'] }, first: 'chino', reason: 'Often bought with the Blue Linen Shirt' },
    { what: 'goes with the hat: the scarf', request: { mode: 'goes_with', anchorItems: ['hat'] }, first: 'scarf', reason: 'Often bought with the Straw Sun Hat' },
    // Three of the blue shirt's other buyers also bought the chinos (similar customers agree).
    { what: 'personal for a blue-shirt buyer', request: { mode: 'personal', user: 'u7' }, first: 'chino', reason: 'Because you bought the Blue Linen Shirt' },
    { what: 'personal for a hat buyer', request: { mode: 'personal', user: 'u5' }, first: 'socks', reason: 'Because you bought the Straw Sun Hat' },
  ] as const)('$what', ({ request, first, reason }) => {
    const suggestions = ask(request);
    expect(suggestions[0].itemId).toBe(first);
    expect(suggestions[0].reason.text).toBe(reason);
    for (const anchor of ('anchorItems' in request ? request.anchorItems : []) as string[]) expect(ids(suggestions)).not.toContain(anchor);
  });

  it('goes with the blue shirt: items from its orders, not items merely viewed with it', () => {
    expect(ids(ask({ mode: 'goes_with', anchorItems: ['shirt-blue'], k: 2 })).sort()).toEqual(['belt', 'chino']);
  });

  it('personal suggestions leave out what the customer bought, keep what they only viewed', () => {
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u7']) {
      const bought = new Set(events.filter((e) => e.user === user && e.type === 'purchase').map((e) => e.item));
      const suggested = ids(model.suggest({ mode: 'personal', user, k: 8 }));
      expect(suggested.filter((id) => bought.has(id))).toEqual([]);
    }
    // u10 only looked at the white shirt: it may come back.
    expect(ids(model.suggest({ mode: 'personal', user: 'u10', k: 8 }))).toContain('shirt-white');
  });

  it('a search for a named thing keeps it even if the customer bought one (keepBought)', () => {
    const search = { mode: 'personal', user: 'u7', k: 3, filter: { onlyItems: ['shirt-blue'] } } as const;
    expect(ids(model.suggest(search))).toEqual([]);
    expect(ids(model.suggest({ ...search, keepBought: true }))).toEqual(['shirt-blue']);
  });

  it('keeps bought items when removeSeen is off', () => {
    const keeping = fitRecommender(events, catalog, { removeSeen: false });
    expect(ids(keeping.suggest({ mode: 'personal', user: 'u7', k: 8 }))).toContain('shirt-blue');
  });

  it.each([
    { what: 'in stock only', filter: { inStockOnly: true }, holds: (id: string) => catalog.find((c) => c.id === id)!.inStock },
    { what: 'accessories only', filter: { categories: ['accessories'] }, holds: (id: string) => categoryOf(id) === 'Accessories' },
    { what: 'up to 30', filter: { maxPrice: 30 }, holds: (id: string) => catalog.find((c) => c.id === id)!.price <= 30 },
    { what: 'from 40 to 50', filter: { minPrice: 40, maxPrice: 50 }, holds: (id: string) => { const p = catalog.find((c) => c.id === id)!.price; return p >= 40 && p <= 50; } },
    { what: 'beige only', filter: { attributes: { colour: 'Beige' } as Record<string, string> }, holds: (id: string) => ['chino', 'hat'].includes(id) },
    // A material matches by whole words: "cotton" finds "organic cotton" and "cotton flannel", never "cottonwood".
    { what: 'cotton only', filter: { attributes: { material: 'cotton' } as Record<string, string> }, holds: (id: string) => ['chino', 'shirt-check'].includes(id) },
    { what: 'linen, any case', filter: { attributes: { material: 'LINEN' } as Record<string, string> }, holds: (id: string) => id.startsWith('shirt-') && id !== 'shirt-check' },
  ])('filter $what applies in every mode', ({ filter, holds }) => {
    for (const request of [
      { mode: 'personal', user: 'u4' },
      { mode: 'personal', user: 'stranger' },
      { mode: 'similar', anchorItems: ['shirt-check'] },
      { mode: 'goes_with', anchorItems: ['shirt-blue'] },
      { mode: 'trending' },
    ] as const) {
      const suggestions = model.suggest({ ...request, k: 5, filter });
      expect(suggestions.length, `${request.mode} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
      expect(ids(suggestions).every(holds), `${request.mode}: ${ids(suggestions)}`).toBe(true);
    }
  });

  it('never suggests an item the customer returned, in any mode', () => {
    const returned = ['chino', 'shirt-white'];
    for (const mode of ['personal', 'similar', 'goes_with', 'trending'] as const) {
      for (const user of ['u1', 'u7', 'stranger']) {
        const suggested = ids(model.suggest({ mode, user, anchorItems: ['shirt-blue'], k: 9, filter: { excludeItems: returned } }));
        expect(suggested.filter((id) => returned.includes(id))).toEqual([]);
      }
    }
  });

  it('maxPerCategory caps each category', () => {
    const suggestions = model.suggest({ mode: 'trending', k: 6, filter: { maxPerCategory: 1 } });
    const categories = ids(suggestions).map(categoryOf);
    expect(new Set(categories).size).toBe(categories.length);
    expect(categories.length).toBe(3); // Shirts, Trousers, Accessories
  });

  it('MMR diversity trades relevance for variety', () => {
    const plain = ids(model.suggest({ mode: 'personal', user: 'u5', k: 3 }));
    const diverse = ids(model.suggest({ mode: 'personal', user: 'u5', k: 3, filter: { mmrLambda: 0.3 } }));
    expect(diverse[0]).toBe(plain[0]); // the most relevant item still leads
    expect(new Set(plain.map(categoryOf)).size).toBe(2); // Accessories, Shirts, Shirts
    expect(new Set(diverse.map(categoryOf)).size).toBe(3);
  });

  it('gives an unknown customer trending items shaped by the filter and the anchors', () => {
    const any = model.suggest({ mode: 'personal', user: 'stranger', k: 3 });
    expect(any.length).toBe(3);
    expect(any.every((s) => s.reason.kind === 'trending' || s.reason.kind === 'popular')).toBe(true);
    const accessories = model.suggest({ mode: 'trending', user: 'stranger', k: 2, filter: { categories: ['Accessories'] } });
    expect(accessories.map((s) => s.reason.text)).toEqual(['Popular in Accessories this week', 'Popular in Accessories this week']);
    expect(ids(accessories).sort()).toEqual(['hat', 'scarf']);
    const nearHat = model.suggest({ mode: 'trending', k: 2, anchorItems: ['socks'] });
    expect(ids(nearHat).map(categoryOf)).toEqual(['Accessories', 'Accessories']);
  });

  it('suggests content neighbours for a new product nobody has touched, in similar and goes-with', () => {
    const similar = model.suggest({ mode: 'similar', anchorItems: ['shirt-green'], k: 2 });
    expect(ids(similar).sort()).toEqual(['shirt-blue', 'shirt-white']);
    expect(similar[0].reason.text).toBe('Similar to the Green Linen Shirt');
    const goesWith = model.suggest({ mode: 'goes_with', anchorItems: ['shirt-green'], k: 2 });
    expect(ids(goesWith).sort()).toEqual(['shirt-blue', 'shirt-white']);
  });

  it('blends content into similar items when both exist: the linen shirt outranks the flannel one', () => {
    // shirt-check and shirt-white share viewers (u4, u10); shirt-blue shares viewers with shirt-check
    // too, but the blue and white linen shirts also share words.
    const similar = ids(model.suggest({ mode: 'similar', anchorItems: ['shirt-white'], k: 3 }));
    expect(similar[0]).toBe('shirt-blue');
  });

  it('every suggestion carries a reason in words naming catalog items, never ids', () => {
    for (const request of [
      { mode: 'personal', user: 'u1' },
      { mode: 'personal', user: 'u3', anchorItems: ['hat'] },
      { mode: 'similar', anchorItems: ['hat'] },
      { mode: 'goes_with', anchorItems: ['belt'] },
      { mode: 'trending' },
    ] as const) {
      for (const s of model.suggest({ ...request, k: 9 })) {
        expect(s.reason.text.length).toBeGreaterThan(5);
        expect(s.reason.text).not.toMatch(/shirt-|chino\b|\bu\d/);
        if (s.reason.anchorItemId) expect(s.reason.text).toContain(catalog.find((c) => c.id === s.reason.anchorItemId)!.name);
      }
    }
  });

  it('recent purchases count more than old ones (time decay)', () => {
    // u8 bought the white shirt three times long ago and the sun hat once, last.
    const history = [...buy('u8', ['shirt-white'], 1), ...buy('u8', ['shirt-white'], 2), ...buy('u8', ['shirt-white'], 3), ...buy('u8', ['hat'], 60)];
    const first = (halfLifeDays: number) =>
      fitRecommender([...events, ...history], catalog, { halfLifeDays }).suggest({ mode: 'personal', user: 'u8', k: 1 })[0].reason.text;
    expect(first(0)).toBe('Because you bought the White Linen Shirt');
    expect(first(7)).toBe('Because you bought the Straw Sun Hat');
  });

  it('answers the same request the same way every time', () => {
    const request: SuggestionRequest = { mode: 'personal', user: 'u4', k: 5, filter: { mmrLambda: 0.5 } };
    expect(model.suggest(request)).toEqual(fitRecommender(events, catalog).suggest(request));
  });

  it('scores never rise down the list, fallbacks included', () => {
    for (const user of ['u1', 'u5', 'stranger']) {
      const scores = model.suggest({ mode: 'personal', user, k: 9 }).map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
    }
  });

  it('says "New in ..." for an item nobody has touched yet', () => {
    const onlyGreen = model.suggest({ mode: 'personal', user: 'stranger', k: 1, filter: { attributes: { colour: 'green' } } });
    expect(onlyGreen.map((s) => [s.itemId, s.reason.text])).toEqual([['shirt-green', 'New in Shirts']]);
  });

  it('returns nothing for k = 0 and never more than k', () => {
    expect(model.suggest({ mode: 'trending', k: 0 })).toEqual([]);
    expect(model.suggest({ mode: 'trending', k: 50 }).length).toBe(catalog.length);
  });
});

describe('similar customers ("customers who buy what you buy")', () => {
  // With one item neighbour per item the hat only points at the scarf; the socks reach a new hat
  // buyer only through the customers who share their basket (u6 bought hat, scarf and socks).
  const newHatBuyer = buy('u12', ['hat'], 28);
  const suggestFor = (options: Parameters<typeof fitRecommender>[2]) =>
    fitRecommender([...events, ...newHatBuyer], catalog, { neighbours: 1, ...options })
      .suggest({ mode: 'personal', user: 'u12', k: 3 })
      .map((s) => [s.itemId, s.reason.text]);

  it.each([
    { what: 'on: the socks come from similar customers, said so', options: {}, socks: 'Customers who buy what you buy also bought it' },
    {
      what: 'an item budget the neighbours fit in changes nothing',
      options: { customerItemBudget: 50 },
      socks: 'Customers who buy what you buy also bought it',
    },
    { what: 'off: the socks are only a trending fallback', options: { customerNeighbours: 0 }, socks: 'Popular in Accessories this week' },
  ])('$what', ({ options, socks }) => {
    const suggestions = suggestFor(options);
    expect(suggestions[0]).toEqual(['scarf', 'Because you bought the Straw Sun Hat']);
    expect(suggestions).toContainEqual(['socks', socks]);
  });

  it.each([
    { options: { customerBlend: 1.5 }, message: /customerBlend/ },
    { options: { customerAlpha: -0.1 }, message: /customerAlpha/ },
    { options: { customerNeighbours: -1 }, message: /customerNeighbours/ },
    { options: { customerItemBudget: -1 }, message: /customerItemBudget/ },
    { options: { customerItemsPerNeighbour: -1 }, message: /customerItemsPerNeighbour/ },
    { options: { trendingBoost: -1 }, message: /trendingBoost/ },
  ])('rejects $options', ({ options, message }) => {
    expect(() => fitRecommender(events, catalog, options)).toThrow(message);
  });
});
