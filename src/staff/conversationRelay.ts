/**
 * How the staff console reaches a customer's chat. Implemented in the bot layer
 * (src/bot/services/agentRelay.ts) with the channel's adapter; described here so the staff logic
 * needs no botbuilder.
 */
import type { ConversationRecord } from '../shop/conversationTypes.ts';

export interface StaffIdentity {
  email: string;
  name: string;
}

export interface ConversationOutbox {
  /** Sends a staff member's message into the customer's chat (stored in the transcript as the agent's). */
  sayAsAgent(agent: StaffIdentity, text: string): Promise<void>;
  /** Tells the channel the handoff's state (Bot Framework's `handoff.status` event). */
  handoffStatus(state: 'accepted' | 'completed'): Promise<void>;
}

export interface ConversationRelay {
  /**
   * Runs `work` in the conversation's turn order (never at the same time as a customer's turn of the
   * same conversation), with an outbox to its chat.
   */
  run(conversation: ConversationRecord, work: (outbox: ConversationOutbox) => Promise<void>): Promise<void>;
}
