/**
 * Tokens whose exact value says nothing about the intent (an order number, an e-mail, a price) are
 * replaced by a placeholder, so "where is SK-104233" and "where is SK-220871" share their features.
 */
import type { MessageToken } from '../text/readMessage.ts';

export const PLACEHOLDERS = {
  order: '__order__',
  email: '__email__',
  url: '__url__',
  zip: '__zip__',
  number: '__num__',
  money: '__money__',
  emoji: '__emoji__',
  time: '__time__',
} as const;

const ORDER_TOKEN = /^(?:sk-?)?\d{6}$/i;
const ORDER_PREFIX = /^sk-?$/i;

/** The placeholder that stands for this token, or undefined when the token stands for itself. */
export function placeholderOf(token: MessageToken, previous?: MessageToken): string | undefined {
  const value = token.text;
  if (token.type === 'email') return PLACEHOLDERS.email;
  if (token.type === 'url') return PLACEHOLDERS.url;
  if (token.type === 'currency') return PLACEHOLDERS.money;
  if (token.type === 'emoji' || token.type === 'emoticon') return PLACEHOLDERS.emoji;
  if (token.type === 'time') return PLACEHOLDERS.time;
  if (ORDER_TOKEN.test(value) || (previous && ORDER_PREFIX.test(previous.text) && /^\d+$/.test(value))) return PLACEHOLDERS.order;
  if (/^sk-?\d+$/i.test(value)) return PLACEHOLDERS.order;
  if (/^\d{5}(?:-\d{4})?$/.test(value)) return PLACEHOLDERS.zip;
  if (token.type === 'number' || token.type === 'ordinal') return PLACEHOLDERS.number;
  return undefined;
}
