/**
 * What the bot keeps of each conversation: its messages (the transcript), a summary record per
 * conversation (the index the staff queue reads) and the flags raised for staff.
 */
import type { Entities } from '../nlu/types.ts';
import type { FlagSeverity, SentimentLabel } from '../sentiment/types.ts';

export type MessageRole = 'customer' | 'bot' | 'agent';

export interface TranscriptMessage {
  /** The activity id: unique within the conversation. */
  id: string;
  conversationId: string;
  channelId: string;
  role: MessageRole;
  /** Channel user id of the sender (customer, bot or agent). */
  fromId: string;
  fromName?: string;
  /** Exactly what was written (customer text is data, never markup). */
  text: string;
  timestamp: string;
  /** Set on customer messages once scored. */
  sentiment?: { score: number; label: SentimentLabel; confidence: number; reasons: string[] };
  /** Set on customer messages once recognized. */
  understanding?: { intent: string; confidence: number; ambiguous: boolean; entities: Entities };
  /** Product ids the bot suggested in this message. */
  suggestedProductIds?: string[];
  /** Set when the customer's text was longer than the bot reads. */
  truncated?: boolean;
}

export type ConversationMode = 'bot' | 'waiting_for_person' | 'with_agent';

export interface ConversationRecord {
  id: string;
  channelId: string;
  /** The channel's user id of the customer. */
  userId: string;
  /** The shop's customer id, when the customer is signed in or linked. */
  customerId?: string;
  startedAt: string;
  lastMessageAt: string;
  messageCount: number;
  /** Who answers the customer now. */
  mode: ConversationMode;
  handoff?: { requestedAt: string; reason: string };
  /** Latest mood summary (filled by the sentiment step). */
  mood?: { average: number; movingAverage: number; worstScore: number; negative: boolean };
  lastIntent?: string;
  /** The start of the customer's latest message, for lists (the staff queue). */
  preview?: string;
  /** Every intent recognized in the conversation (the staff queue filters on them). */
  intents?: string[];
  /** How many products the bot suggested, and how many of them the customer followed up. */
  suggestionsShown?: number;
  suggestionsClicked?: number;
  /** The staff member answering when mode is with_agent. */
  agent?: { email: string; name: string; since: string };
  /** When staff last handed the conversation back to the bot (the bot then starts afresh). */
  handedBackAt?: string;
  /**
   * Botbuilder's conversation reference, kept as plain JSON so staff replies can reach the
   * customer proactively later.
   */
  reference?: Record<string, unknown>;
}

export type FlagStatus = 'new' | 'in_review' | 'resolved' | 'false_positive';

export interface FlagRevision {
  at: string;
  severity: FlagSeverity;
  reasons: string[];
  messageIds: string[];
}

/** A staff member's note on a flag, for colleagues (never shown to the customer). */
export interface FlagNote {
  id: string;
  at: string;
  /** The staff member's email. */
  by: string;
  text: string;
}

/** What staff did with a flag, oldest first: the review's audit trail. */
export interface FlagEvent {
  at: string;
  by: string;
  action: 'assigned' | 'status' | 'note' | 'took_over' | 'handed_back' | 'replied' | 'exported';
  detail?: string;
}

/** A conversation flagged for staff. At most one open flag (new or in review) per conversation. */
export interface Flag {
  id: string;
  conversationId: string;
  status: FlagStatus;
  severity: FlagSeverity;
  reasons: string[];
  messageIds: string[];
  createdAt: string;
  updatedAt: string;
  /** Every change the rules made, oldest first. */
  history: FlagRevision[];
  /** The staff member (email) reviewing it. */
  assignee?: string;
  notes?: FlagNote[];
  events?: FlagEvent[];
}
