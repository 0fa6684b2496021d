import { describe, expect, it } from 'vitest';
import { giftRecipient, isForChildren } from '../../dialogs/giftRecipient.ts';

describe('who a gift is for', () => {
  it.each([
    ['a gift for my dad under 40', 'adult'],
    ['birthday present for my wife', 'adult'],
    ['something nice for my mum', 'adult'],
    ['gift ideas for a colleague', 'adult'],
    ['a present for my nephew', 'child'],
    ['toys for my little girl', 'child'],
    ['something for the kids', 'child'],
    ['for my grandson, he is 6', 'child'],
    ['recommend something', undefined],
    ['something for the kitchen', undefined],
    ['gift for a boyfriend', 'adult'],
  ] as const)('%s -> %s', (text, recipient) => {
    expect(giftRecipient(text)).toBe(recipient);
  });

  it.each([
    [{ category: 'toys', tags: [] }, true],
    [{ category: 'knitwear', tags: ['kids', 'winter'] }, true],
    [{ category: 'shirts', tags: ['Children'] }, true],
    [{ category: 'kitchen', tags: ['gift', 'home'] }, false],
  ])('%o is for children: %s', (product, expected) => {
    expect(isForChildren(product)).toBe(expected);
  });
});
