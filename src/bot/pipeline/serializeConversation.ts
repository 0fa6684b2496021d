/**
 * One turn at a time per conversation. Bot state is saved with eTag '*' (last write wins), so two
 * messages of one conversation handled at once would lose one turn's state; queueing them keeps
 * every turn's changes. Different conversations still run in parallel.
 */
import type { Middleware, TurnContext } from 'botbuilder';

export class SerializeConversation implements Middleware {
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = context.activity.conversation?.id ?? '';
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      await next();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
