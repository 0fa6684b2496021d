/**
 * Step 1: the customer's message goes into the transcript before anything else runs, so a turn
 * that throws later still keeps the customer's words. (botbuilder's TranscriptLoggerMiddleware
 * writes at the end of a turn, and not at all when it throws.) Every message the bot or an agent
 * sends is stored too, with the product ids it suggested.
 */
import { type Activity, type Middleware, TurnContext } from 'botbuilder';
import type { ConversationRecord, MessageRole, TranscriptMessage } from '../../shop/conversationTypes.ts';
import type { TranscriptStore } from '../../shop/ports.ts';
import { ON_INCOMING_STORED } from '../incomingStored.ts';
import { suggestedProductIdsOf } from '../render/suggestionRegistry.ts';
import { isCustomerMessage, setDraft } from './turnDraft.ts';

/** Marks an outgoing activity as written by a staff member rather than the bot. */
export const AGENT_MARK = 'shopkeeperAgent';

const PREVIEW_LENGTH = 120;

export class RecordMessages implements Middleware {
  constructor(
    private readonly transcripts: TranscriptStore,
    private readonly maxMessageLength: number,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const responses = await sendNext();
      await this.recordOutgoing(ctx, activities, responses.map((r) => r?.id));
      return responses;
    });
    if (isCustomerMessage(context)) await this.recordIncoming(context);
    await next();
  }

  private async recordIncoming(context: TurnContext): Promise<void> {
    const a = context.activity;
    const now = new Date();
    const fullText = a.text ?? '';
    const truncated = fullText.length > this.maxMessageLength;
    const message: TranscriptMessage = {
      id: a.id ?? `${a.conversation.id}|${now.getTime()}`,
      conversationId: a.conversation.id,
      channelId: a.channelId,
      role: 'customer',
      fromId: a.from.id,
      fromName: a.from.name,
      text: truncated ? fullText.slice(0, this.maxMessageLength) : fullText,
      timestamp: now.toISOString(),
      ...(truncated ? { truncated: true } : {}),
    };
    if (truncated) context.activity.text = message.text;
    await this.transcripts.append(message);
    // The message is durable now: the channel may acknowledge it (Direct Line echoes it back).
    (context.turnState.get(ON_INCOMING_STORED) as (() => void) | undefined)?.();
    const conversation = await this.touchConversation(context, now, message.text);
    setDraft(context, { message, conversation });
  }

  private async touchConversation(context: TurnContext, now: Date, text: string): Promise<ConversationRecord> {
    const a = context.activity;
    const existing = await this.transcripts.getConversation(a.conversation.id);
    const record: ConversationRecord = existing
      ? { ...existing, lastMessageAt: now.toISOString(), messageCount: existing.messageCount + 1 }
      : {
          id: a.conversation.id,
          channelId: a.channelId,
          userId: a.from.id,
          startedAt: now.toISOString(),
          lastMessageAt: now.toISOString(),
          messageCount: 1,
          mode: 'bot',
        };
    record.preview = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
    record.reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(a))) as Record<string, unknown>;
    await this.transcripts.saveConversation(record);
    return record;
  }

  private async recordOutgoing(context: TurnContext, activities: Partial<Activity>[], ids: (string | undefined)[]): Promise<void> {
    const now = new Date().toISOString();
    for (const [i, activity] of activities.entries()) {
      if (activity.type !== 'message') continue;
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const agentEmail = (activity.channelData as Record<string, unknown> | undefined)?.[AGENT_MARK];
      const role: MessageRole = agentEmail ? 'agent' : 'bot';
      const productIds = suggestedProductIdsOf(activity);
      const message: TranscriptMessage = {
        id: ids[i] || activity.id || `${conversationId}|out|${Date.now()}|${i}`,
        conversationId,
        channelId: context.activity.channelId,
        role,
        fromId: agentEmail ? `staff:${String(agentEmail)}` : (activity.from?.id ?? context.activity.recipient?.id ?? 'bot'),
        fromName: activity.from?.name,
        text: activity.text ?? describeAttachments(activity),
        timestamp: now,
        ...(productIds.length ? { suggestedProductIds: productIds } : {}),
      };
      await this.transcripts.append(message);
      if (productIds.length) await this.countSuggestions(conversationId, productIds.length);
    }
  }

  /** The dashboard's "suggestions shown" figure. */
  private async countSuggestions(conversationId: string, shown: number): Promise<void> {
    const record = await this.transcripts.getConversation(conversationId);
    if (record) await this.transcripts.saveConversation({ ...record, suggestionsShown: (record.suggestionsShown ?? 0) + shown });
  }
}

function describeAttachments(activity: Partial<Activity>): string {
  const n = activity.attachments?.length ?? 0;
  return n ? `[${n} card${n === 1 ? '' : 's'}]` : '';
}
