/**
 * A customer asked for a person (or complained): the conversation is marked as waiting for one,
 * flagged for staff with the reason, and a Bot Framework `handoff.initiate` event goes out so a
 * channel or agent hub that understands handoff can pick it up.
 */
import { randomUUID } from 'node:crypto';
import { EventFactory, type TurnContext } from 'botbuilder';
import type { HandoffRequest, HandoffService } from '../../../dialogs/services.ts';
import { getTurnInfo } from '../../../dialogs/turnInfo.ts';
import type { FlagStore, TranscriptStore } from '../../shop/ports.ts';

export class RecordingHandoffService implements HandoffService {
  constructor(
    private readonly transcripts: TranscriptStore,
    private readonly flags: FlagStore,
  ) {}

  async requestPerson(context: TurnContext, request: HandoffRequest): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const now = new Date().toISOString();
    const record = await this.transcripts.getConversation(conversationId);
    if (record && record.mode === 'bot') {
      await this.transcripts.saveConversation({ ...record, mode: 'waiting_for_person', handoff: { requestedAt: now, reason: request.reason } });
    }
    const messageId = getTurnInfo(context)?.messageId;
    const open = await this.flags.openFlag(conversationId);
    const reasons = [...new Set([...(open?.reasons ?? []), request.reason])];
    const messageIds = [...new Set([...(open?.messageIds ?? []), ...(messageId ? [messageId] : [])])];
    await this.flags.raise(conversationId, {
      at: now,
      severity: request.reason === 'complaint' || open?.severity === 'high' ? 'high' : open?.severity ?? 'medium',
      reasons,
      messageIds,
    });
    const transcript = (await this.transcripts.messages(conversationId)).slice(-20).map((m) => ({
      type: 'message',
      text: m.text,
      timestamp: m.timestamp,
      from: { id: m.fromId, role: m.role === 'customer' ? 'user' : 'bot' },
    }));
    await context.sendActivity(
      EventFactory.createHandoffInitiation(context, { reason: request.reason, summary: request.summary }, { activities: transcript as never }),
    );
  }

  async withdrawRequest(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const record = await this.transcripts.getConversation(conversationId);
    if (!record || record.mode !== 'waiting_for_person') return;
    await this.transcripts.saveConversation({ ...record, mode: 'bot', handoff: undefined });
    // The flag stays for review, with a note saying why nobody is waiting any more (its reasons are the
    // flag rules', recomputed every message, so the note is where this lasts).
    const open = await this.flags.openFlag(conversationId);
    if (open) {
      const note = { id: randomUUID(), at: new Date().toISOString(), by: 'bot', text: WITHDRAWN };
      await this.flags.saveFlag({ ...open, notes: [...(open.notes ?? []), note] });
    }
  }
}

export const WITHDRAWN = 'The customer said they no longer need a person.';
