/**
 * The shop's own words and rules: name, currency, FAQ answers and policies, read from shop.json in
 * the shop's data folder (data/demo-shop/shop.json for the demo). Kept as data so a shop edits a
 * file, not the code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const faqEntry = z.object({ title: z.string(), answer: z.string() });

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
    })
    .passthrough()
    .default({ nonReturnableCategories: [] }),
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
