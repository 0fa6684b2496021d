/**
 * What the pipeline builds up about the current customer message as its steps run, in turn state.
 * The last step turns it into the TurnInfo the dialogs read.
 */
import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../../nlu/types.ts';
import type { SentimentResult } from '../../sentiment/types.ts';
import type { ConversationRecord, TranscriptMessage } from '../../shop/conversationTypes.ts';
import type { Customer } from '../../shop/types.ts';

export interface TurnDraft {
  message: TranscriptMessage;
  conversation: ConversationRecord;
  sentiment?: SentimentResult;
  recognition?: Recognition;
  customer?: Customer;
}

const DRAFT = Symbol('shopkeeper.turnDraft');

export function getDraft(context: TurnContext): TurnDraft | undefined {
  return context.turnState.get(DRAFT) as TurnDraft | undefined;
}

export function setDraft(context: TurnContext, draft: TurnDraft): void {
  context.turnState.set(DRAFT, draft);
}

/** A message a customer typed (not an event, not the bot's own echo). */
export function isCustomerMessage(context: TurnContext): boolean {
  const a = context.activity;
  return a.type === 'message' && a.from?.role !== 'bot';
}
