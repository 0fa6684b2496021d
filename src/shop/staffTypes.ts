/**
 * The people who review conversations, and what they teach the sentiment scorer. Stored beside the
 * shop's data so one store (and one lock) holds everything.
 */

export type StaffRole = 'agent' | 'admin';

export interface StaffAccount {
  /** Lower-cased; the sign-in name. */
  email: string;
  /** Shown to colleagues and, when taking over a chat, to the customer. */
  name: string;
  role: StaffRole;
  /** `scrypt$N$r$p$salt$hash` (see src/staff/passwords.ts); never the password itself. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A customer message staff marked as wrongly flagged: a labelled example for the sentiment scorer
 * (`shopkeeper sentiment feedback` exports them as training rows).
 */
export interface SentimentFeedback {
  messageId: string;
  conversationId: string;
  text: string;
  /** What the scorer said. */
  scoredLabel: string;
  score: number;
  /** What staff say it is. */
  label: 'neutral' | 'positive' | 'negative';
  by: string;
  at: string;
}

/** A signed-in staff session as the session middleware stores it (opaque JSON plus its expiry). */
export interface StoredSession {
  data: Record<string, unknown>;
  expiresAt: string;
}
