/** Text with numbered lists, for the Emulator and channels we know nothing about. */
import type { Choice } from '../../../dialogs/services.ts';
import type { ProductView } from './productView.ts';

export function numberedProducts(intro: string, views: ProductView[]): string {
  const lines = views.map((v, i) => `${i + 1}. **${v.name}**, ${v.priceLine}: ${v.reason}`);
  return `${intro}\n\n${lines.join('\n')}`;
}

export function numberedChoices(text: string, choices: Choice[]): string {
  if (!choices.length) return text;
  const lines = choices.map((c, i) => `${i + 1}. ${c.title}`);
  return `${text}\n\n${lines.join('\n')}\n\nReply with a number, or in your own words.`;
}
