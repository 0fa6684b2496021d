import { describe, expect, it } from 'vitest';
import { conceptFeatures, type ConceptLexicon } from '../../src/nlu/features/concepts.ts';
import { readMessage } from '../../src/nlu/text/readMessage.ts';

function conceptsOf(text: string, lexicon: ConceptLexicon = 'shop'): string[] {
  const tokens = readMessage(text).tokens.map((t) => ({ lemma: t.lemma.toLowerCase(), normal: t.normal.toLowerCase() }));
  return [...conceptFeatures(tokens, lexicon).keys()].filter((name) => name.startsWith('k1:')).map((name) => name.slice(3));
}

describe('concept lexicon', () => {
  it.each([
    ['where is my parcel', ['order', 'where_is']],
    ['i want my money back', ['refund']],
    ['can i send it back', ['return']],
    ['let me speak to a real person', ['person']],
    ['the zip arrived torn', ['damaged']],
    ['got a voucher that does not work', ['coupon']],
    ['do you take klarna', ['pay']],
    ['byeee, speak soon', ['bye']],
    ['noo', ['no']],
    ['yesss go for it', ['yes']],
    ['have you got scented candles', ['search', 'goods']],
    ['absolutely fuming, what a shambles', ['angry']],
  ])('"%s" carries the concepts %j', (text, expected) => {
    const found = conceptsOf(text);
    for (const concept of expected) expect(found).toContain(concept);
  });

  // Public sets (CLINC150) keep the plain lexicon: the shop's goods and slang would pull their messages onto shop concepts.
  it.each([
    ['where is my parcel', ['order', 'where_is']],
    ['i want my money back', ['refund']],
    ['noo', ['no']],
  ])('the plain lexicon still reads "%s" as %j', (text, expected) => {
    const found = conceptsOf(text, 'plain');
    for (const concept of expected) expect(found).toContain(concept);
  });

  it.each([
    ['have you got scented candles', 'goods'],
    ['absolutely fuming, what a shambles', 'angry'],
    ['okey dokey', 'yes'],
  ])('the plain lexicon leaves the shop words of "%s" alone (no %s)', (text, concept) => {
    expect(conceptsOf(text, 'plain')).not.toContain(concept);
    expect(conceptsOf(text, 'shop')).toContain(concept);
  });

  it('pairs question words with concepts, so "how much" and "where" questions differ', () => {
    const tokens = readMessage('where is my order').tokens.map((t) => ({ lemma: t.lemma.toLowerCase(), normal: t.normal.toLowerCase() }));
    expect([...conceptFeatures(tokens).keys()]).toContain('k2:=my order');
  });
});
