/** The staff console's query strings and form bodies, validated: a bad value is a 400 that names it. */
import { z } from 'zod';
import { FLAG_STATUSES, SEVERITIES } from '../../staff/reviewQueue.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23');
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const queueParams = z.object({
  status: optional(z.enum(['open', 'all', ...FLAG_STATUSES] as [string, ...string[]])),
  severity: optional(z.enum(SEVERITIES as unknown as [string, ...string[]])),
  channel: optional(z.string().max(100)),
  from: optional(date),
  to: optional(date),
  assignee: optional(z.string().max(200)),
  intent: optional(z.string().max(100)),
  q: optional(z.string().max(200)),
  waiting: optional(z.enum(['1', 'true'])),
  sort: optional(z.enum(['severity', 'newest'])),
  page: optional(z.coerce.number().int().min(1).max(1_000_000)),
  pageSize: optional(z.coerce.number().int().min(1).max(200)),
});
export type QueueParams = z.infer<typeof queueParams>;

export const periodParams = z.object({ from: optional(date), to: optional(date) });

export const noteBody = z.object({ text: z.string({ message: 'text is required' }) });
export const statusBody = z.object({ status: z.string({ message: 'status is required' }) });
export const assignBody = z.object({ assignee: z.string().max(200).optional() });
export const replyBody = z.object({ text: z.string({ message: 'text is required' }) });
export const loginBody = z.object({ email: z.string().max(320).default(''), password: z.string().max(1024).default(''), next: z.string().max(2000).optional() });
export const newStaffBody = z.object({
  email: z.string().max(320),
  name: z.string().max(200).optional(),
  role: z.enum(['agent', 'admin']),
  password: z.string().max(1024),
});

export class BadRequest extends Error {
  override name = 'BadRequest';
  readonly status = 400;
}

export function parse<T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    throw new BadRequest(result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return result.data;
}
