import { describe, expect, it } from 'vitest';
import { ContentIndex } from '../../src/recommender/contentSimilarity.ts';
import type { CatalogItem } from '../../src/recommender/index.ts';

const product = (id: string, name: string, category: string, text = ''): CatalogItem => ({
  id, name, category, price: 10, inStock: true, attributes: {}, text,
});

describe('content neighbours (BM25 over name, category and text)', () => {
  const index = new ContentIndex([
    product('mug-blue', 'Blue Ceramic Mug', 'Kitchen', 'a mug for coffee'),
    product('mugs-set', 'Set of Ceramic Mugs', 'Kitchen', 'four mugs for tea and coffee'),
    product('teapot', 'Ceramic Teapot', 'Kitchen', 'brews tea for four'),
    product('socks', 'Wool Socks', 'Clothing', 'warm socks'),
    product('blank', '', '', ''),
  ]);

  it.each([
    { anchor: 'mug-blue', first: 'mugs-set', why: 'shares "ceramic" and "mug" (plural stemmed) and "coffee"' },
    { anchor: 'teapot', first: 'mugs-set', why: 'shares "ceramic", "tea" and "four"' },
  ])('$anchor is closest to $first: $why', ({ anchor, first }) => {
    expect(index.neighboursOf(anchor, 3)[0].id).toBe(first);
  });

  it('finds nothing alike for an item sharing no words, and skips items without words', () => {
    expect(index.neighboursOf('socks', 3)).toEqual([]);
    expect(index.has('blank')).toBe(false);
  });

  it('scores by cosine, best first, never the anchor itself', () => {
    const neighbours = index.neighboursOf('mug-blue', 5);
    expect(neighbours.map((n) => n.id)).not.toContain('mug-blue');
    const scores = neighbours.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1 + 1e-9)).toBe(true);
  });
});
