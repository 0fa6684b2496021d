/** E-mail addresses, lower-cased (the shop compares them case-insensitively). */
import type { ClaimedSpans } from './claimedSpans.ts';
import { unique } from './orderIds.ts';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

export function extractEmails(text: string, claimed: ClaimedSpans): string[] {
  if (!text.includes('@')) return [];
  const emails: string[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    claimed.claim(start, start + match[0].length);
    emails.push(match[0].toLowerCase().replace(/\.+$/, ''));
  }
  return unique(emails);
}
