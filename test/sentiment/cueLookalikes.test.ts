import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/sentiment/cues/textAnalysis.ts';
import { detectOrderProblems } from '../../src/sentiment/cues/orderProblems.ts';
import { detectEscalation } from '../../src/sentiment/cues/escalation.ts';
import { detectNegation } from '../../src/sentiment/cues/negationScope.ts';
import { detectWaiting } from '../../src/sentiment/cues/waitingTime.ts';

/** The kinds of the cues that fired on a message ("waiting" for any wait, dated or not). */
function cueKinds(text: string): string[] {
  const analysis = analyzeText(text);
  const kinds = [
    ...detectOrderProblems(analysis.lower),
    ...detectEscalation(analysis.lower),
    ...detectNegation(analysis).hits,
  ].map((h) => h.kind as string);
  if (detectWaiting(analysis)) kinds.push('waiting');
  return kinds;
}

/**
 * Each cue's harmless look-alike next to the complaint it must still catch: message, cue kind,
 * whether that cue fires.
 */
const CASES: [string, string, boolean][] = [
  // "nobody" needs a contact or help verb.
  ['nobody does knitwear like you', 'nobodyAnswers', false],
  ['Nobody will be home on Friday, can the parcel go to a neighbour?', 'nobodyAnswers', false],
  ['No one else had it in my size, so glad you did', 'nobodyAnswers', false],
  ['Nobody tells you how much fun a party is', 'nobodyAnswers', false],
  ['nobody answers the phone', 'nobodyAnswers', true],
  ['No one has replied to my emails in a week', 'nobodyAnswers', true],
  ['Nobody has got back to me since Thursday', 'nobodyAnswers', true],
  ['Nobody seems to care', 'nobodyAnswers', true],
  ['Charged twice and no one will tell me why', 'nobodyAnswers', true],
  ['Nobody ever picks up', 'nobodyAnswers', true],
  ['I was told someone would be in touch, nobody was.', 'nobodyAnswers', true],
  // Waiting words need a wait: not a lasting battery, a day at home, a list or an eager wait.
  ['battery lasts forever', 'waiting', false],
  ["I'll be at home all day on Thursday", 'waiting', false],
  ['Is there a waiting list for the green coat?', 'waiting', false],
  ['waiting for the sale to start, so excited', 'waiting', false],
  ["I've been waiting forever", 'waiting', true],
  ['This is taking forever', 'waiting', true],
  ['I waited in all day for nothing', 'waiting', true],
  ['on hold all day', 'waiting', true],
  ["I was so excited but I'm still waiting", 'waiting', true],
  // A season before a noun is a kind of thing, not a date.
  ['Is the summer sale still on?', 'waiting', false],
  ['Ordered in the summer, still nothing', 'waiting', true],
  ['still waiting since last winter', 'waiting', true],
  // Threat words need the threatening frame.
  ["I'll call my bank to check the payment went through", 'threat', false],
  ["I'll call my bank", 'threat', true],
  ["I'm calling my bank to dispute this", 'threat', true],
  ['My lawyer friend recommended your desk chairs', 'threat', false],
  ["I'll be talking to my lawyer about this", 'threat', true],
  ['I work at the county court, can I get it delivered there?', 'threat', false],
  ['I will take you to court', 'threat', true],
  ["I'm going to the small claims court", 'threat', true],
  ["I'm going to tell all my friends about you", 'threat', false],
  ['Going to tell everyone I know not to buy here', 'threat', true],
  ['Posting the new lamp on social media, it looks so good', 'threat', false],
  ["I'll post this all over social media", 'threat', true],
  // "broke them in" is wearing in; "smashed it" with praise is doing well.
  ['Broke the boots in within a day, so comfy', 'itemDamaged', false],
  ['it broke in the post', 'itemDamaged', true],
  ['I broke it in half', 'itemDamaged', true],
  ['the zipper broke on the first day', 'itemDamaged', true],
  ['smashed it with this gift, my mum cried happy tears', 'itemDamaged', false],
  ["You've absolutely smashed it!", 'itemDamaged', false],
  ['the courier smashed it to pieces', 'itemDamaged', true],
  ['Half the glasses were smashed', 'itemDamaged', true],
  // "where's my" asks after an order, not a place.
  ["Where's my nearest pick-up point?", 'whereIsMy', false],
  ["where's my refund", 'whereIsMy', true],
  // "never" before surprise or a comparison praises.
  ["never thought I'd love a cushion this much", 'negatedPositive', false],
  ['never had a better kettle', 'negatedPositive', false],
  ["I've never had a worse experience", 'negatedNegative', false],
  ['I never liked it', 'negatedPositive', true],
  ['never happy with the service', 'negatedPositive', true],
];

describe('cues tell look-alikes from complaints', () => {
  it.each(CASES)('%s: %s fires %s', (text, kind, fires) => {
    expect(cueKinds(text).includes(kind)).toBe(fires);
  });
});
