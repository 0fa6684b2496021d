/** Step 2: the customer's message is scored for sentiment (stored with the message in step 5). */
import type { Middleware, TurnContext } from 'botbuilder';
import type { SentimentScorer } from '../../sentiment/types.ts';
import { getDraft } from './turnDraft.ts';

export class ScoreSentiment implements Middleware {
  constructor(private readonly scorer: SentimentScorer) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    if (draft) draft.sentiment = this.scorer.score(draft.message.text);
    await next();
  }
}
