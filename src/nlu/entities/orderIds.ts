/**
 * Order numbers, normalized to the shop's `SK-123456`: "SK-104233", "sk104233", "SK 104233",
 * "order 104233", "order no. 104233", "#104233", and a bare six-digit number (the answer to "what is
 * your order number?"). Five digits are a ZIP code, seven or more are something else.
 */
import type { ClaimedSpans } from './claimedSpans.ts';

const PATTERNS: RegExp[] = [
  /\bsk[\s-]?(\d{6})(?!\d)/gi,
  /\border(?:\s*(?:number|num|no\.?|id|ref(?:erence)?))?\s*[:#]?\s*(\d{6})(?!\d)/gi,
  /#\s?(\d{6})(?!\d)/g,
  // A bare six-digit number, unless it is money ("$104233", "104233 dollars") or part of a longer number.
  /(?<![\d$.,]|\$\s)\b(\d{6})\b(?![.,]\d|\s*(?:dollars?|usd|bucks)\b)/gi,
];

const HAS_DIGIT = /\d/;

export function extractOrderIds(text: string, claimed: ClaimedSpans): string[] {
  // Every pattern needs six digits.
  if (!HAS_DIGIT.test(text)) return [];
  const found: { at: number; id: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.overlaps(start, end)) continue;
      claimed.claim(start, end);
      found.push({ at: start, id: `SK-${match[1]}` });
    }
  }
  return unique(found.sort((a, b) => a.at - b.at).map((f) => f.id));
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
