import { describe, expect, it } from 'vitest';
import { giftRecipient, isForChildren, mentionsGift, withoutGiftWords } from '../../dialogs/giftRecipient.ts';

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
    // An age decides (found by chatting: "my 5 year old niece" got a duvet cover and a moisturiser).
    ['present for my 5 year old niece', 'child'],
    ['gift for a 10-year-old boy under 30', 'child'],
    ['for my 7yo', 'child'],
    ['something for a woman in her 60s who likes gardening', 'adult'],
    ['a gift for my 30 year old brother', 'adult'],
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

describe('the search words of a gift request', () => {
  it.each([
    ['gift for my boyfriend who loves hiking, max 60', 'who loves hiking, max 60'],
    ['present for my 5 year old niece', ''],
    ['a gift for my dad, he likes coffee', 'a , he likes coffee'],
    // Not a recipient: the words stay.
    ['something for camping', 'something for camping'],
  ])('%s -> %s', (text, words) => expect(withoutGiftWords(text).replace(/\s+/g, ' ').trim()).toBe(words));

  it('knows when a present is meant', () => {
    expect(mentionsGift('birthday present for my wife')).toBe(true);
    expect(mentionsGift('something for camping')).toBe(false);
  });
});
