/** What every channel's product suggestion shows, worked out once: name, price line, reason, picture. */
import type { ProductSuggestion } from '../../../dialogs/services.ts';

export interface ProductView {
  id: string;
  name: string;
  /** "$39.00", or "$39.00 · out of stock". */
  priceLine: string;
  reason: string;
  /** An absolute URL (a relative one on our own page), or undefined when none can be given. */
  imageUrl?: string;
}

export function productViewOf(s: ProductSuggestion, currencySymbol: string, imageBase: string | undefined): ProductView {
  const p = s.product;
  const price = `${currencySymbol}${p.price.toFixed(2)}`;
  return {
    id: p.id,
    name: p.name,
    priceLine: price + (p.stock > 0 ? '' : ' · out of stock'),
    reason: s.reason.text,
    imageUrl: absoluteUrl(p.image, imageBase),
  };
}

function absoluteUrl(image: string, base: string | undefined): string | undefined {
  if (/^https?:\/\//.test(image)) return image;
  if (!image || base === undefined) return undefined;
  // An empty base keeps the path relative: right for our own page, which is served by this server.
  if (base === '') return image;
  if (!/^https?:\/\//.test(base)) return undefined;
  return `${base.replace(/\/$/, '')}${image.startsWith('/') ? '' : '/'}${image}`;
}

/** The two follow-ups every suggested product offers. */
export function productFollowUps(productId: string): { title: string; value: Record<string, string> }[] {
  return [
    { title: 'Similar items', value: { intent: 'similar_items', productId, clicked: productId } },
    { title: 'Goes with it', value: { intent: 'goes_with', productId, clicked: productId } },
  ];
}
