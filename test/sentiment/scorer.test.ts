import { describe, expect, it } from 'vitest';
import { createSentimentScorer } from '../../src/sentiment/index.ts';
import type { SentimentLabel } from '../../src/sentiment/types.ts';

const scorer = createSentimentScorer();

/** message, expected label (or "not negative"), a reason that must be among the reasons (prefix). */
const CASES: [string, SentimentLabel | 'not negative', string?][] = [
  ['been on hold 2 hours', 'negative', 'waiting time: 2 hours'],
  ["I've been waiting since last Monday for a reply", 'negative', 'waiting since'],
  ['3 weeks and nothing', 'negative', 'waiting time: 3 weeks'],
  ['still no refund', 'negative', 'still unresolved'],
  ['where is my order?? third time asking', 'negative', 'repeated contact'],
  ['nobody answers the phone', 'negative', 'nobody answers'],
  ['my parcel never arrived', 'negative', 'item never arrived'],
  ['the mug arrived broken', 'negative', 'item damaged'],
  ["I'll be leaving a one star review", 'negative', 'threat of a bad review'],
  ['Sort this out or I go to my lawyer', 'negative', 'threat of legal action'],
  ['I will file a chargeback', 'negative', 'threat of a chargeback'],
  ['close my account', 'negative', 'threat to cancel the account'],
  ['what the hell is going on', 'negative', 'profanity'],
  ['WHERE IS MY ORDER', 'negative', 'shouting'],
  ['great, another delay', 'negative', 'sarcasm'],
  ['thanks for nothing', 'negative', 'sarcasm'],
  ['I am not happy with this', 'negative', 'negated positive'],
  ['not happy 😡', 'negative', 'angry or sad emoji'],
  ['this is so frustrating', 'negative', 'intensifiers'],
  ['thanks, that was quick', 'positive', 'thanks'],
  ['Love it 😍', 'positive', 'happy emoji'],
  ['great service :)', 'positive', 'happy emoji'],
  ['not bad at all', 'not negative', 'negated negative'],
  ['where is order SK-100234', 'neutral'],
  ['Can I return the blue shirt?', 'neutral'],
  ['What happens if an item arrives broken?', 'not negative'],
  ['I want to cancel my order', 'not negative'],
  ['Do you ship to Canada?', 'neutral'],
  // A shopper saying what they want is no complaint, though complaints share the words.
  ["I'm looking for a kettle", 'neutral'],
  ["I'm after a warm coat for winter", 'neutral'],
  ['show me the blue ones', 'neutral'],
  ['something like a parka', 'neutral'],
  // A task put as an instruction: AFINN's "cancel" made the bot apologise for it.
  ['cancel my order', 'not negative'],
  ['reset my password', 'not negative'],
  ['track my parcel please', 'not negative'],
  ['cancel my order, you are useless', 'negative', 'negative words: cancel, useless'],
  ["I'm still looking for my parcel, it's been two weeks", 'negative', 'waiting time: two weeks'],
  ['after three weeks still nothing', 'negative', 'waiting time: three weeks'],
  // Answers to the bot's questions and greetings are no verdict.
  ['no', 'neutral'],
  ["nope, that's all", 'neutral'],
  ['yes please', 'not negative'],
  ["no it's fine", 'not negative'],
  ["no, it's not working", 'negative', 'item damaged'],
  ['hello', 'neutral'],
  ['morning', 'neutral'],
  // Positive look-alikes: words a lexicon reads as complaints.
  ['no problem at all', 'positive'],
  ["I can't wait to wear it", 'positive', 'looking forward'],
  ['No worries, it arrived this morning', 'not negative'],
  // The clause after "but" carries the verdict.
  ['Nice colour but it broke after two days', 'negative'],
  ['It was slow to arrive but worth the wait', 'positive'],
  // Review language with no AFINN word, read by the learned word valence.
  ['I fell asleep halfway through the film', 'negative'],
  ['Total waste of money, I returned it', 'negative', 'negative wording'],
  // Slang and emoticons, rated by VADER's lexicon (the word-valence prior).
  ['ugh, my parcel is late again', 'negative'],
  ['the box was crushed :(', 'negative'],
  ['ty!', 'positive'],
  // Excitement is loud too.
  ['Yay, my parcel arrived early!!', 'positive'],
  // Mild verdicts people still mean one way (the labelling rule in data/sentiment/README.md).
  ["it's fine, does what I need", 'positive'],
  ['the strap feels a bit flimsy', 'negative'],
  ['nothing special, a bit overpriced', 'negative'],
  // Plain opinions about goods and staff, with no customer-service cue.
  ['The delivery man was really kind', 'positive'],
  ['Soft, warm and the seams are neat', 'positive'],
  // Cue words in happy messages, where other words say which way they go.
  ['still in love with my new trainers!!', 'positive'],
  ['Arrived already?? Amazing!', 'positive'],
  ["bought another one again, it's that good", 'positive'],
  // Questions with words that look emotional or look like a complaint.
  ['My old phone finally died, which one do you recommend?', 'not negative'],
  ["What's the worst that can happen if I wash it at 40?", 'not negative'],
  ['Where is your Manchester store?', 'neutral'],
  ['Could you send the tracking link again please?', 'neutral'],
  // Everyday review verdicts (none of them in train.csv), read by word valence our own reviews helped fit.
  ['The delivery was early and the box was neat', 'positive'],
  ["I wouldn't buy this brand again", 'negative'],
  ['Honestly not worth the hype', 'negative'],
  ['Staff went out of their way to help us', 'positive'],
  ['Not bad for the price at all', 'not negative'],
  // ...while the complaints that use the same words stay negative.
  ['oh lovely, the parcel is lost again', 'negative', 'sarcasm'],
  ['Nobody has called me back, I asked politely twice', 'negative', 'nobody answers'],
];

describe('sentiment scorer', () => {
  it.each(CASES)('%s -> %s', (text, expected, reason) => {
    const result = scorer.score(text);
    if (expected === 'not negative') expect(result.label).not.toBe('negative');
    else expect(result.label).toBe(expected);
    if (reason) expect(result.reasons.some((r) => r.startsWith(reason))).toBe(true);
  });

  it('gives a score in [-1, 1] that agrees with the label, and a confidence in [0, 1]', () => {
    for (const [text] of CASES) {
      const r = scorer.score(text);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.label === 'negative') expect(r.score).toBeLessThan(0);
      if (r.label === 'positive') expect(r.score).toBeGreaterThan(0);
    }
  });

  it('scores frustration that has no negative word below a plain question', () => {
    const frustrated = scorer.score('where is my order?? third time asking').score;
    const plain = scorer.score('where is order SK-100234').score;
    expect(frustrated).toBeLessThan(plain);
  });

  it('handles empty and odd input', () => {
    expect(scorer.score('').label).toBe('neutral');
    expect(scorer.score('???').reasons.length).toBeGreaterThanOrEqual(0);
    expect(() => scorer.score('x'.repeat(100_000))).not.toThrow();
  });

  it('scores a message the same whatever it scored before (its feature array is reused)', () => {
    const texts = ['been on hold 2 hours', 'THANK YOU so much, lovely!!', 'not bad at all, but the box was crushed', ''];
    const alone = texts.map((text) => createSentimentScorer().score(text));
    expect(texts.map((text) => scorer.score(text))).toEqual(alone);
    expect([...texts].reverse().map((text) => scorer.score(text))).toEqual([...alone].reverse());
  });

  it('moves the negative cut-off', () => {
    const strict = createSentimentScorer({ negativeThreshold: 0.99 });
    const eager = createSentimentScorer({ negativeThreshold: 0.05 });
    expect(strict.score('been on hold 2 hours').label).not.toBe('negative');
    expect(eager.score('where is my order?').label).toBe('negative');
    expect(() => createSentimentScorer({ negativeThreshold: 1.5 })).toThrow(RangeError);
  });

  it('does not name reassurance as negative words', () => {
    expect(scorer.score('no problem at all').reasons.some((r) => r.startsWith('negative words'))).toBe(false);
  });

  it('explains a message with several cues, gravest first', () => {
    const r = scorer.score("I've emailed three times, no reply in 2 weeks, I'm calling my bank!!");
    expect(r.label).toBe('negative');
    expect(r.reasons[0]).toBe('threat of a chargeback');
    expect(r.reasons).toEqual(expect.arrayContaining(['waiting time: 2 weeks', 'nobody answers']));
    expect(r.reasons.some((x) => x.startsWith('repeated contact'))).toBe(true);
  });
});
