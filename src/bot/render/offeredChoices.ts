/**
 * The numbered choices last offered in each plain-text conversation, so that a customer on a
 * channel without buttons can answer "2". Kept in memory, bounded: after a restart a bare number
 * is just a number again, which the dialogs already handle.
 */
import type { Choice } from '../../../dialogs/services.ts';

export class OfferedChoices {
  private readonly byConversation = new Map<string, Choice[]>();

  constructor(private readonly maxConversations = 10_000) {}

  remember(conversationId: string, choices: Choice[]): void {
    this.byConversation.delete(conversationId);
    if (!choices.length) return;
    this.byConversation.set(conversationId, choices);
    if (this.byConversation.size > this.maxConversations) {
      const oldest = this.byConversation.keys().next().value;
      if (oldest !== undefined) this.byConversation.delete(oldest);
    }
  }

  /** The choice a reply like "2" or "2." picks, if the conversation was offered one. */
  pick(conversationId: string, reply: string): Choice | undefined {
    const match = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(reply);
    if (!match) return undefined;
    return this.byConversation.get(conversationId)?.[Number(match[1]) - 1];
  }

  forget(conversationId: string): void {
    this.byConversation.delete(conversationId);
  }
}
