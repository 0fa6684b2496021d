/**
 * What the turn pipeline learned about the current customer message, handed to the dialogs through
 * the turn state. Dialogs read it; only the pipeline (src/bot/pipeline) writes it.
 */
import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../src/nlu/types.ts';
import type { ConversationMood, SentimentResult } from '../src/sentiment/types.ts';
import type { Customer } from '../src/shop/types.ts';

export interface TurnInfo {
  conversationId: string;
  /** The transcript id of the customer's message. */
  messageId: string;
  /** The text the bot reads (cut to the maximum length). */
  text: string;
  /** True when the customer's message was longer than the bot reads. */
  truncated: boolean;
  recognition: Recognition;
  sentiment: SentimentResult;
  mood: ConversationMood;
  /** An apology that fits what upset the customer, when the message was negative. */
  apology?: string;
  /** The signed-in (or linked) customer; undefined for an anonymous visitor. */
  customer?: Customer;
  /** The customer asked for a person and none has joined yet. */
  waitingForPerson?: boolean;
}

export const TURN_INFO = Symbol('shopkeeper.turnInfo');

export function getTurnInfo(context: TurnContext): TurnInfo | undefined {
  return context.turnState.get(TURN_INFO) as TurnInfo | undefined;
}

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}
