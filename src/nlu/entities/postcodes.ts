/**
 * US ZIP codes: five digits standing alone ("94107", "94107-1234" gives "94107"). Not a price
 * ("$12000", "12000 dollars"), not inside an order
 * number (claimed before), and not after "order" (a mistyped order number is not an address).
 */
import type { ClaimedSpans } from './claimedSpans.ts';
import { unique } from './orderIds.ts';

const ZIP = /(?<![\w$#.,-]|\$\s)(\d{5})(?:-\d{4})?(?![\w.,]|[.,]\d|\s*(?:dollars?|usd|bucks)\b)/gi;
const HAS_DIGIT = /\d/;
const AFTER_ORDER = /\border(?:\s*(?:number|num|no\.?|id))?\s*[:#]?\s*$/i;

export function extractPostcodes(text: string, claimed: ClaimedSpans): string[] {
  if (!HAS_DIGIT.test(text)) return [];
  const zips: string[] = [];
  for (const match of text.matchAll(ZIP)) {
    const start = match.index;
    const end = start + match[0].length;
    if (claimed.overlaps(start, end) || AFTER_ORDER.test(text.slice(Math.max(0, start - 20), start))) continue;
    claimed.claim(start, end);
    zips.push(match[1]);
  }
  return unique(zips);
}
