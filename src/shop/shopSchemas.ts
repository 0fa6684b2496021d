/**
 * Validation of shop data coming from files (the demo shop, a shop's own import). Errors name the
 * record and the field, so a shop can fix its export.
 */
import { z } from 'zod';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date');

export const productSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  category: z.string().min(1).transform((s) => s.toLowerCase()),
  tags: z.array(z.string()).default([]),
  price: z.number().nonnegative(),
  stock: z.number().int().nonnegative(),
  attributes: z.record(z.string(), z.string().optional()).default({}),
  image: z.string().default(''),
  createdAt: isoDate,
});

export const customerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  email: z.string().email(),
  postcode: z.string().min(1),
  signupDate: isoDate,
  preferences: z
    .object({
      personalization: z.boolean().default(true),
      marketingEmails: z.boolean().default(false),
      favouriteCategories: z.array(z.string()).default([]),
    })
    .default({ personalization: true, marketingEmails: false, favouriteCategories: [] }),
});

const addressSchema = z.object({
  name: z.string(),
  line1: z.string(),
  city: z.string(),
  state: z.string().default(''),
  postcode: z.string(),
  country: z.string().default('US'),
});

export const orderSchema = z.object({
  id: z.string().regex(/^SK-\d{6}$/, 'must look like SK-123456'),
  customerId: z.string().min(1),
  email: z.string().email(),
  createdAt: isoDate,
  status: z.enum(['processing', 'shipped', 'delivered', 'cancelled', 'returned']),
  items: z
    .array(z.object({ productId: z.string(), name: z.string(), quantity: z.number().int().positive(), unitPrice: z.number().nonnegative() }))
    .min(1),
  shippingAddress: addressSchema,
  shippingCost: z.number().nonnegative().default(0),
  total: z.number().nonnegative(),
  shipment: z
    .object({ carrier: z.string(), trackingNumber: z.string(), shippedAt: isoDate, expectedDelivery: isoDate, deliveredAt: isoDate.optional() })
    .optional(),
  cancelledAt: isoDate.optional(),
  cancellationReason: z.string().optional(),
});

export const returnSchema = z.object({
  id: z.string().regex(/^R-\d{6}$/, 'must look like R-000123'),
  orderId: z.string(),
  customerId: z.string(),
  items: z.array(z.object({ productId: z.string(), name: z.string(), quantity: z.number().int().positive() })),
  reason: z.string(),
  status: z.enum(['requested', 'received', 'refunded', 'rejected']),
  createdAt: isoDate,
  refund: z.object({ amount: z.number(), status: z.enum(['not_started', 'pending', 'issued']), issuedAt: isoDate.optional() }),
});

export const interactionSchema = z.object({
  customerId: z.string().min(1),
  productId: z.string().min(1),
  type: z.enum(['view', 'add_to_cart', 'purchase', 'suggestion_shown', 'suggestion_clicked']),
  timestamp: isoDate,
});

/** Validates every record, collecting the first problems with their position. */
export function parseRecords<T>(schema: z.ZodType<T>, records: unknown, what: string): T[] {
  if (!Array.isArray(records)) throw new Error(`${what}: expected a JSON array`);
  const out: T[] = [];
  const problems: string[] = [];
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) out.push(result.data);
    else if (problems.length < 5) {
      const id = (record as { id?: unknown })?.id;
      const issue = result.error.issues[0];
      problems.push(`${what}[${index}]${id ? ` (${String(id)})` : ''}: ${issue.path.join('.') || 'record'} ${issue.message}`);
    }
  });
  if (problems.length) throw new Error(`invalid ${what}: ${problems.join('; ')}`);
  return out;
}
