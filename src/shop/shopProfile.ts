/**
 * The shop's own words and rules: name, currency, FAQ answers and policies, read from shop.json in
 * the shop's data folder (data/demo-shop/shop.json for the demo). Kept as data so a shop edits a
 * file, not the code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const faqEntry = z.object({ title: z.string(), answer: z.string() });

/** The refund sentences a shop.json without its own gets (the demo shop's, which match its FAQ texts). */
export const DEFAULT_REFUND_TEXTS = {
  refundAfterCancel: 'Refunds for cancelled orders are issued at once to your original payment method; your bank usually shows the money within 5-10 business days.',
  refundAfterReturn:
    'Once your return reaches our warehouse we check it within 3 business days and refund your original payment method; your bank usually shows the money 5-10 business days after that.',
  refundToStatement: 'Your bank usually shows a refund 5-10 business days after it is issued.',
} as const;

const shopProfileSchema = z.object({
  anchorDate: z.string().optional(),
  info: z.object({
    name: z.string(),
    currency: z.string().default('USD'),
    currencySymbol: z.string().default('$'),
    returnWindowDays: z.number().int().positive().default(30),
  }),
  faq: z.record(z.string(), faqEntry),
  policies: z
    .object({
      returnWindowDays: z.number().int().positive().optional(),
      nonReturnableCategories: z.array(z.string()).default([]),
      freeShippingThreshold: z.number().optional(),
      /**
       * What the bot says about refund times, in the shop's words: the bot must never promise other
       * times than the shop's own texts (`faq.refund_times`, `faq.cancel_policy`) do.
       */
      refundAfterCancel: z.string().default(DEFAULT_REFUND_TEXTS.refundAfterCancel),
      refundAfterReturn: z.string().default(DEFAULT_REFUND_TEXTS.refundAfterReturn),
      refundToStatement: z.string().default(DEFAULT_REFUND_TEXTS.refundToStatement),
    })
    .passthrough()
    .prefault({}),
});

export type ShopProfile = z.infer<typeof shopProfileSchema>;
export type FaqTopic =
  | 'shipping'
  | 'payment_methods'
  | 'contact_hours'
  | 'returns_policy'
  | 'refund_times'
  | 'discount_codes'
  | 'account_help'
  | 'change_order'
  | 'cancel_policy';

export async function loadShopProfile(shopDir: string): Promise<ShopProfile> {
  const file = path.join(shopDir, 'shop.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the shop profile ${file}: ${(error as Error).message}`);
  }
  const parsed = shopProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid shop profile ${file}: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}
