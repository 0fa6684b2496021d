import { describe, expect, it } from 'vitest';
import { asksForDetails, productAskedAbout } from '../../dialogs/listPicks.ts';
import { asksForMore, asksToNarrow } from '../../dialogs/searchRefinement.ts';
import { emptyEntities } from '../../src/bot/pipeline/understandMessage.ts';
import type { Entities } from '../../src/nlu/types.ts';

const entities = (over: Partial<Entities>): Entities => ({ ...emptyEntities(), ...over });

describe('asksToNarrow', () => {
  it.each([
    ['in blue?', entities({ colours: ['blue'] }), true],
    ['do you have them in blue?', entities({ colours: ['blue'] }), true],
    ['what about size L', entities({ sizes: ['l'] }), true],
    ['any under 50?', entities({ price: { max: 50 } }), true],
    ['only the linen ones', entities({ materials: ['linen'] }), true],
    // A fresh request, a thing named, or nothing to narrow by.
    ['blue shirts', entities({ colours: ['blue'], categories: ['shirts'] }), false],
    ['is the Blue Linen Shirt in stock', entities({ colours: ['blue'], products: [{ productId: 'P1', name: 'Blue Linen Shirt', text: 'Blue Linen Shirt' }] }), false],
    ['I want a blue present for my wife', entities({ colours: ['blue'] }), false],
    // Short follow-ups (found by chatting: "blue ones" and "black" went to a damaged-item question).
    ['black', entities({ colours: ['black'] }), true],
    ['under 100 dollars', entities({ price: { max: 100 } }), true],
    ['anything under 80?', entities({ price: { max: 80 } }), true],
    ['in stock?', entities({}), false],
  ] as const)('%s -> %s', (text, found, narrows) => expect(asksToNarrow(text, found)).toBe(narrows));
});

describe('asksForMore', () => {
  it.each([
    ['show me more', true],
    ['any others?', true],
    ['more please', true],
    ['ok, more options', true],
    ['can you show me some more like these', true],
    ['anything else like that?', true],
    // A request of its own, or more of something named.
    ['tell me more about the first one', false],
    ['more linen shirts', false],
    ['what more can you do', false],
  ] as const)('%s -> %s', (text, more) => expect(asksForMore(text)).toBe(more));
});

describe('list picks said alone', () => {
  const listed = ['P1', 'P2', 'P3', 'P4', 'P5'];
  it.each([
    ['the first one', 'P1'],
    ["I'll take the second", 'P2'],
    ['number 3', 'P3'],
    ['ok the last one please', 'P5'],
    ['tell me more about the third one', 'P3'],
    // A sentence that mentions an ordinal is no pick.
    ['the first one arrived broken', undefined],
    ['second hand shop?', undefined],
  ])('%s -> %s', (text, id) => expect(productAskedAbout(text, listed, false)).toBe(id));
});

describe('asksForDetails', () => {
  it.each([
    ["what's it made of?", true],
    ['is the silver french press dishwasher safe?', true],
    ['can I machine wash it', true],
    ['what fabric is the cardigan', true],
    ['how much is it', false],
    ['where is my order', false],
  ])('%s -> %s', (text, details) => expect(asksForDetails(text)).toBe(details));
});
