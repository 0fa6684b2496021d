/**
 * Dates: wink-nlp finds them ("yesterday", "last Tuesday", "on 12 March", "3 days ago",
 * "2024-03-12"); we add the US "3/12" form it reads as a number, and resolve what can be resolved
 * to a calendar date relative to `now`. A date without a year is the occurrence closest to the
 * shop's usual talk: within the last ten months or the next two (customers mostly speak of orders
 * already placed, sometimes of a delivery to come). Weeks and months ("last week") have no single
 * date and stay unresolved.
 */
import type { DateMention } from '../types.ts';
import type { MessageReading } from '../text/readMessage.ts';
import type { ClaimedSpans } from './claimedSpans.ts';
import { parseNumber } from './numbers.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const US_SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d/])/g;

export function extractDates(reading: MessageReading, now: Date, claimed: ClaimedSpans): DateMention[] {
  const mentions: { at: number; mention: DateMention }[] = [];
  for (const entity of reading.entities) {
    if (entity.type !== 'DATE') continue;
    const start = reading.tokens[entity.firstToken].start;
    const end = reading.tokens[entity.lastToken].end;
    if (claimed.overlaps(start, end)) continue;
    claimed.claim(start, end);
    const text = reading.text.slice(start, end);
    mentions.push({ at: start, mention: withIso(text, resolveDate(text, now)) });
  }
  // "3/12" needs a slash.
  for (const match of reading.text.includes('/') ? reading.text.matchAll(US_SLASH_DATE) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (claimed.overlaps(start, end)) continue;
    const month = Number(match[1]);
    const day = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    claimed.claim(start, end);
    const year = match[3] ? fullYear(Number(match[3])) : undefined;
    mentions.push({ at: start, mention: withIso(match[0], calendarDate(month, day, year, now)) });
  }
  return mentions.sort((a, b) => a.at - b.at).map((m) => m.mention);
}

function withIso(text: string, date: Date | undefined): DateMention {
  return date ? { text, iso: isoOf(date) } : { text };
}

/** The calendar date the words point at, relative to now, or undefined for spans of time and unknown forms. */
export function resolveDate(words: string, now: Date): Date | undefined {
  const text = words.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(on|the|this past) /, '');
  const today = startOfDay(now);
  if (/^(today|tonight|this (morning|afternoon|evening))$/.test(text)) return today;
  if (text === 'yesterday') return addDays(today, -1);
  if (text === 'tomorrow') return addDays(today, 1);
  if (/^(the )?day before yesterday$/.test(text)) return addDays(today, -2);
  if (/^(the )?day after tomorrow$/.test(text)) return addDays(today, 2);

  const ago = /^(\w+) (day|week)s? ago$/.exec(text);
  if (ago) {
    const count = parseNumber(ago[1]);
    if (count !== undefined) return addDays(today, -count * (ago[2] === 'week' ? 7 : 1));
  }

  const weekday = /^(last|past|next|this|coming)? ?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(text);
  if (weekday) return weekdayDate(today, WEEKDAYS.indexOf(weekday[2]), weekday[1]);

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const monthNames = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|');
  const dayFirst = new RegExp(`^(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${monthNames})(?: (\\d{4}))?$`).exec(text);
  if (dayFirst) return calendarDate(monthIndex(dayFirst[2]) + 1, Number(dayFirst[1]), dayFirst[3] ? Number(dayFirst[3]) : undefined, now);
  const monthFirst = new RegExp(`^(${monthNames}) (?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?$`).exec(text);
  if (monthFirst) return calendarDate(monthIndex(monthFirst[1]) + 1, Number(monthFirst[2]), monthFirst[3] ? Number(monthFirst[3]) : undefined, now);
  return undefined;
}

/**
 * "Tuesday" and "last Tuesday": the most recent one before today ("Tuesday" on a Tuesday is today);
 * "next"/"this"/"coming Tuesday": the first one after today.
 */
function weekdayDate(today: Date, weekday: number, qualifier: string | undefined): Date {
  const diff = weekday - today.getDay();
  if (qualifier === 'next' || qualifier === 'this' || qualifier === 'coming') return addDays(today, diff > 0 ? diff : diff + 7);
  if (qualifier === 'last' || qualifier === 'past') return addDays(today, diff < 0 ? diff : diff - 7);
  return addDays(today, diff <= 0 ? diff : diff - 7);
}

function calendarDate(month: number, day: number, year: number | undefined, now: Date): Date | undefined {
  if (year !== undefined) return validDate(year, month, day);
  const today = startOfDay(now);
  const candidate = validDate(today.getFullYear(), month, day);
  if (!candidate) return undefined;
  const months = (candidate.getTime() - today.getTime()) / (30.44 * 86_400_000);
  if (months > 2) return validDate(today.getFullYear() - 1, month, day);
  if (months < -10) return validDate(today.getFullYear() + 1, month, day);
  return candidate;
}

function validDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** YYYY-MM-DD in local time (the shop's calendar, not UTC's). */
export function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
