/**
 * How many of something: "two shirts", "3 pairs", "a dozen mugs", "a couple of belts", or a
 * number alone as the whole message ("2", the answer to "how many?"). A number that is a
 * price, an order number, a ZIP, a date or a size was claimed before; one followed by a unit of time
 * or money ("2 days", "20 dollars") is not a quantity, and "one" counts only before a noun, so
 * "this one" or "one of them" are not quantities.
 */
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { parseNumber } from './numbers.ts';

const NOT_COUNTED_AFTER =
  /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|%|percent|dollars?|bucks|usd|cents?|times|am|pm|o'clock|stars?|or|to|and|-|of|more|less|\/)$/i;
const ONE_IS_A_PRONOUN_AFTER = /^(?:this|that|which|the|another|any|each|no|every|other|only|last|first|new|right|wrong)$/i;
const MAX_QUANTITY = 999;

export function extractQuantities(reading: MessageReading, claimed: ClaimedSpans): number[] {
  const { tokens } = reading;
  const words = tokens.filter((t) => t.type !== 'punctuation');
  const quantities: number[] = [];
  tokens.forEach((token, i) => {
    if (claimed.overlaps(token.start, token.end)) return;
    const lower = token.text.toLowerCase();
    const next = tokens[i + 1];

    // "a dozen", "a couple of", "a pair of" (a pair is one item: shoes, socks).
    if ((lower === 'a' || lower === 'an') && next && /^(dozen|couple)$/i.test(next.text)) {
      quantities.push(parseNumber(next.text) as number);
      claimed.claim(token.start, next.end);
      return;
    }
    if (lower === 'dozen' || lower === 'couple' || lower === 'a' || lower === 'an') return;
    const value = token.type === 'number' || /^[a-z]+$/.test(lower) ? parseNumber(lower) : undefined;
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_QUANTITY) return;

    const alone = words.length === 1;
    const countsSomething = next !== undefined && next.type === 'word' && !NOT_COUNTED_AFTER.test(next.text);
    if (!alone && !countsSomething) return;
    if (lower === 'one' && !alone) {
      const previous = tokens[i - 1];
      if (previous && ONE_IS_A_PRONOUN_AFTER.test(previous.text)) return;
      if (!/^(NOUN|ADJ|PROPN)$/.test(next?.pos ?? '')) return;
    }
    quantities.push(value);
    claimed.claim(token.start, token.end);
  });
  return quantities;
}
