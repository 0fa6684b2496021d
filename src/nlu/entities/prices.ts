/**
 * Price ranges: "under 40", "less than $30", "over 100", "at least 20 dollars", "between 20 and 50
 * dollars", "$20-$50", "from 20 to 50", "around 30" (20% either side), and a bare amount ("$30",
 * "30 bucks"), read as a budget: at most that. A number followed by a unit of time or measure
 * ("under 3 days", "over 2 kg") is not a price.
 */
import type { PriceRange } from '../types.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { NON_MONEY_UNITS, parseNumber } from './numbers.ts';

const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?`;
const CURRENCY_BEFORE = String.raw`(?:\$|usd\s?|us\$)`;
const CURRENCY_AFTER = String.raw`(?:\s?(?:dollars?|bucks|usd|\$))`;
/** An amount with optional currency marks, the number in the named group. */
const money = (group: 'a' | 'b') => String.raw`${CURRENCY_BEFORE}?\s?(?<${group}>${AMOUNT})${CURRENCY_AFTER}?`;
const MONEY = money('a');
const SECOND_MONEY = money('b');
const NOT_A_UNIT = String.raw`(?!\s*${NON_MONEY_UNITS})(?![\d.,]*\d)`;

const AROUND_SHARE = 0.2;
const HAS_DIGIT = /\d/;

interface PricePattern {
  pattern: RegExp;
  range: (a: number, b?: number) => PriceRange;
  /** The match must carry a currency mark or a price word (for "20-50", "20 to 50"). */
  needsCurrency?: boolean;
}

const p = (source: string) => new RegExp(source, 'gi');

const PATTERNS: PricePattern[] = [
  { pattern: p(String.raw`\bbetween\s+${MONEY}\s*(?:and|&|-)\s*${SECOND_MONEY}${NOT_A_UNIT}`), range: (a, b) => ordered(a, b) },
  { pattern: p(String.raw`\bfrom\s+${MONEY}\s*(?:to|-|until)\s*${SECOND_MONEY}${NOT_A_UNIT}`), range: (a, b) => ordered(a, b) },
  { pattern: p(String.raw`${MONEY}\s*(?:-|–|to)\s*${SECOND_MONEY}${NOT_A_UNIT}`), range: (a, b) => ordered(a, b), needsCurrency: true },
  {
    pattern: p(String.raw`(?:\bunder|\bbelow|\bless than|\bcheaper than|\bno more than|\bnot more than|\bat most|\bup to|\bmax(?:imum)?(?: of)?|\bwithin|\bbudget(?: is| of)?|<=?)\s*${MONEY}${NOT_A_UNIT}`),
    range: (a) => ({ max: a }),
  },
  {
    pattern: p(String.raw`(?:\bover|\babove|\bmore than|\bat least|\bmin(?:imum)?(?: of)?|\bstarting (?:at|from)|\bfrom|>=?)\s*${MONEY}${NOT_A_UNIT}`),
    range: (a) => ({ min: a }),
  },
  {
    pattern: p(String.raw`(?:\baround|\babout|\bapprox(?:\.|imately)?|\broughly|\bcirca|\bin the region of|~)\s*${MONEY}${NOT_A_UNIT}`),
    range: (a) => ({ min: round(a * (1 - AROUND_SHARE)), max: round(a * (1 + AROUND_SHARE)) }),
  },
  { pattern: p(String.raw`${CURRENCY_BEFORE}\s?(?<a>${AMOUNT})${NOT_A_UNIT}`), range: (a) => ({ max: a }) },
  { pattern: p(String.raw`\b(?<a>${AMOUNT})\s?(?:dollars?|bucks|usd)\b`), range: (a) => ({ max: a }) },
];

export function extractPrice(text: string, claimed: ClaimedSpans): PriceRange | undefined {
  // Every pattern needs an amount: without a digit none can match.
  if (!HAS_DIGIT.test(text)) return undefined;
  for (const { pattern, range, needsCurrency } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.overlaps(start, end)) continue;
      if (needsCurrency && !/\$|dollar|bucks|usd/i.test(match[0])) continue;
      const first = parseNumber(match.groups?.a ?? '');
      const second = match.groups?.b === undefined ? undefined : parseNumber(match.groups.b);
      if (first === undefined) continue;
      claimed.claim(start, end);
      return range(first, second);
    }
  }
  return undefined;
}

function ordered(a: number, b?: number): PriceRange {
  if (b === undefined) return { min: a };
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
