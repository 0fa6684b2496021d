import { describe, expect, it } from 'vitest';
import { asksAboutService, asksForAMatch, disownsCancellation, rulesOutPerson, wantsCancellationUndone, doubtsOrAsks, givesNoReason, asksOrderContents, asksToBuyHere, asksWhereOrderIs, correctionOf, isQuestion, isStopWord, reportsMissingItem, rulesOutCancel, saysCancel, stopsThenAsks, withdrawsPersonRequest } from '../../dialogs/messagePhrases.ts';

describe('phrases the main dialog acts on', () => {
  const cases: [string, string, boolean, (text: string) => boolean][] = [
    ['isStopWord', 'never mind', true, isStopWord],
    ['isStopWord', 'stop!', true, isStopWord],
    ['isStopWord', 'stop sending me emails', false, isStopWord],
    ['isStopWord', 'ugh forget it', true, isStopWord],
    ['isStopWord', 'nah, never mind', true, isStopWord],
    ['stopsThenAsks', 'actually forget it, where is my order?', true, stopsThenAsks],
    ['stopsThenAsks', 'never mind that, do you have linen shirts', true, stopsThenAsks],
    ['stopsThenAsks', 'never mind', false, stopsThenAsks],
    ['stopsThenAsks', "I'll never mind the colour", false, stopsThenAsks],
    ['withdrawsPersonRequest', 'never mind, I figured it out', true, withdrawsPersonRequest],
    ['withdrawsPersonRequest', "ok it's fine now", true, withdrawsPersonRequest],
    ['withdrawsPersonRequest', "I don't need anyone anymore", true, withdrawsPersonRequest],
    ['withdrawsPersonRequest', 'where is the person you promised', false, withdrawsPersonRequest],
    ['withdrawsPersonRequest', 'actually no its fine', true, withdrawsPersonRequest],
    ['withdrawsPersonRequest', "no I don't want a person, I want you to fix it", true, withdrawsPersonRequest],
    ['withdrawsPersonRequest', "it's fine that you're busy but I need someone", false, withdrawsPersonRequest],
    ['reportsMissingItem', 'the lantern is missing from the box', true, reportsMissingItem],
    ['reportsMissingItem', "the charger wasn't in the parcel", true, reportsMissingItem],
    ['reportsMissingItem', 'the mug arrived broken', false, reportsMissingItem],
    ['saysCancel', 'cancle it', true, saysCancel],
    ['saysCancel', 'call the whole thing off', true, saysCancel],
    ['saysCancel', "I don't want it anymore", true, saysCancel],
    ['saysCancel', 'is my french press order late?', false, saysCancel],
    ['rulesOutCancel', "I don't want to cancel, just tell me where it is", true, rulesOutCancel],
    ['rulesOutCancel', 'no need to cancel it', true, rulesOutCancel],
    ['rulesOutCancel', 'please cancel it', false, rulesOutCancel],
    ['isQuestion', 'actually, do you take PayPal', true, isQuestion],
    ['isQuestion', 'too small', false, isQuestion],
  ];
  it.each(cases)('%s: %s -> %s', (_name, text, expected, phrase) => expect(phrase(text)).toBe(expected));
});

describe('corrections', () => {
  it.each([
    ['sorry I meant SK-105571', 'SK-105571'],
    ['sorry, I meant green', 'green'],
    ['no wait, navy', 'navy'],
    ['oops i mean size M', 'size M'],
    ['ok back to the mugs, any under 20?', 'the mugs, any under 20?'],
    ['sorry for the delay', undefined],
    ['I want to go back to the shop', undefined],
    ['no thanks', undefined],
  ])('%s -> %s', (text, rest) => expect(correctionOf(text)).toBe(rest));
});

describe('asking to buy in the chat', () => {
  it.each([
    ['add it to my cart', true],
    ['can you put two of them in my basket', true],
    ['can I order them here?', true],
    ['buy it for me please', true],
    ['how do I add a gift message to my order', false],
    ['can I order more than 10?', false],
    ['where is my order', false],
  ])('%s -> %s', (text, buys) => expect(asksToBuyHere(text)).toBe(buys));
});

describe('order and product phrases', () => {
  it.each([
    ['where is my french press order', true, asksWhereOrderIs],
    ["where's my parcel", true, asksWhereOrderIs],
    ['where is the nearest store', false, asksWhereOrderIs],
    ["what's in it?", true, asksOrderContents],
    ['what items are in that order?', true, asksOrderContents],
    ['how much did it cost?', true, asksOrderContents],
    ["what's in stock", false, asksOrderContents],
    ['something like the parka', true, asksForAMatch],
    ['what goes with it', true, asksForAMatch],
    ['black boots', false, asksForAMatch],
    ['not sure', true, doubtsOrAsks],
    ['hmm not sure', true, doubtsOrAsks],
    ["are you sure this can't be undone?", true, doubtsOrAsks],
    ['sure, why not', false, doubtsOrAsks],
    ['yes please cancel it', false, doubtsOrAsks],
    // Any negation in a yes asks again: a clear "yes" is one word more.
    ["yes, I don't need it any more", true, doubtsOrAsks],
    ["I'm not so sure", true, doubtsOrAsks],
    ['not 100% sure', true, doubtsOrAsks],
    ['ok but actually no', true, doubtsOrAsks],
    ['sure, no', true, doubtsOrAsks],
    ['not entirely sure', true, doubtsOrAsks],
    ['yes no problem', false, doubtsOrAsks],
    ['yes please', false, doubtsOrAsks],
    ['ok', false, doubtsOrAsks],
    ['hmm not sure', true, givesNoReason],
    ['ok', true, givesNoReason],
    ['what do you mean?', true, givesNoReason],
    ['too small i guess', false, givesNoReason],
    ['ok back to the return', true, givesNoReason],
    ['no longer needed', false, givesNoReason],
    ["i didnt cancel it!", true, disownsCancellation],
    ['who cancelled my order?', true, disownsCancellation],
    ['why was it cancelled??', true, disownsCancellation],
    ['cancel my order', false, disownsCancellation],
    ['i never ordered this', true, disownsCancellation],
    ["we didn't place this order", true, disownsCancellation],
    ['I ordered the wrong size', false, disownsCancellation],
    ["I don't want to cancel", false, disownsCancellation],
    ["no I don't want a person, I want you to fix it", true, rulesOutPerson],
    ['I want to talk to a person', false, rulesOutPerson],
    ['not a bot, a person please', false, rulesOutPerson],
    ['wait, no! I wanted to keep it', true, wantsCancellationUndone],
    ['can you undo the cancellation', true, wantsCancellationUndone],
    ['I want to keep it but return the other one', false, wantsCancellationUndone],
    ['do you do gift wrapping?', true, asksAboutService],
    ['can you giftwrap it', true, asksAboutService],
    ['do you price match?', true, asksAboutService],
    ['can I get it engraved', true, asksAboutService],
    ['a gift for my mum', false, asksAboutService],
    ['wrapping paper', false, asksAboutService],
  ] as const)('%s -> %s', (text, expected, phrase) => expect(phrase(text)).toBe(expected));
});
