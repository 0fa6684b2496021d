/**
 * The activities of each Direct Line conversation, in order, as clients poll them. The watermark is
 * the number of activities a client has seen. The log lives in memory (the transcript store keeps
 * the durable record); a conversation idle for longer than its token can live is dropped, and one
 * that comes back after a restart continues at the client's watermark, so it never sees repeats.
 */
import type { Activity } from 'botbuilder';
import type { DirectLineOutbox } from '../../bot/directLineAdapter.ts';

interface LoggedConversation {
  /** Activities from index `offset` on (older ones were there before a restart). */
  activities: Partial<Activity>[];
  offset: number;
  lastUsed: number;
}

/** Most activities kept per conversation; older ones are dropped from memory (not from the transcript). */
const MAX_ACTIVITIES = 1000;

export class ConversationLog implements DirectLineOutbox {
  private readonly conversations = new Map<string, LoggedConversation>();

  constructor(private readonly idleMs = 60 * 60 * 1000) {}

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Makes sure the conversation exists; `watermark` resumes one this process has not seen. */
  open(conversationId: string, watermark = 0): void {
    if (!this.conversations.has(conversationId)) {
      this.conversations.set(conversationId, { activities: [], offset: watermark, lastUsed: Date.now() });
    }
  }

  deliver(conversationId: string, activity: Partial<Activity>): string {
    this.open(conversationId);
    const log = this.conversations.get(conversationId)!;
    const sequence = log.offset + log.activities.length;
    // A customer message arrives with the id it was stored under, so the id the client is
    // acknowledged with is the one in the transcript; everything else is numbered here.
    const id = activity.id ?? `${conversationId}|${String(sequence).padStart(7, '0')}`;
    log.activities.push({ ...activity, id });
    log.lastUsed = Date.now();
    if (log.activities.length > MAX_ACTIVITIES) {
      const drop = log.activities.length - MAX_ACTIVITIES;
      log.activities.splice(0, drop);
      log.offset += drop;
    }
    return id;
  }

  replace(conversationId: string, activity: Partial<Activity>): boolean {
    const log = this.conversations.get(conversationId);
    const at = log?.activities.findIndex((a) => a.id === activity.id) ?? -1;
    if (!log || at === -1) return false;
    log.activities[at] = { ...log.activities[at], ...activity };
    return true;
  }

  /** Activities after the watermark, and the new watermark. */
  read(conversationId: string, watermark: number): { activities: Partial<Activity>[]; watermark: number } {
    this.open(conversationId, watermark);
    const log = this.conversations.get(conversationId)!;
    log.lastUsed = Date.now();
    const from = Math.max(0, watermark - log.offset);
    return { activities: log.activities.slice(from), watermark: log.offset + log.activities.length };
  }

  /** Forgets conversations nobody has polled for a while. */
  sweep(now = Date.now()): number {
    let dropped = 0;
    for (const [id, log] of this.conversations) {
      if (now - log.lastUsed > this.idleMs) {
        this.conversations.delete(id);
        dropped++;
      }
    }
    return dropped;
  }
}
