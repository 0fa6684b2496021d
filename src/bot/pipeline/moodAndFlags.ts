/**
 * Step 5: the conversation's mood from all its scored customer messages, a flag for staff when the
 * rules say so (one open flag per conversation, updated as it goes), and the enriched message
 * (score, label, reasons, intent, entities) written back to the transcript. Then the dialogs get
 * the TurnInfo.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { ConversationMood, FlagDecision, ScoredMessage, SentimentResult } from '../../sentiment/types.ts';
import type { FlagStore, TranscriptStore } from '../../shop/ports.ts';
import { setTurnInfo } from '../../../dialogs/turnInfo.ts';

/** Intents about something other than an order: an apology for a damaged or lost parcel would not fit them. */
const NOT_ABOUT_AN_ORDER: ReadonlySet<string> = new Set([
  'account_help', 'discount_codes', 'payment_methods', 'contact_hours', 'shipping_info', 'product_search', 'recommendation',
  'similar_items', 'goes_with', 'price_stock', 'smalltalk',
]);
import { getDraft } from './turnDraft.ts';

/** The conversation-level rules (implemented in src/sentiment). */
export interface MoodRules {
  describeMood(messages: ScoredMessage[]): ConversationMood;
  decideFlag(messages: ScoredMessage[]): FlagDecision | undefined;
  /** A sentence of apology that fits what upset the customer. */
  apologyFor(result: SentimentResult, mood: ConversationMood, context?: { aboutAnOrder?: boolean }): string | undefined;
}

export class MoodAndFlags implements Middleware {
  constructor(
    private readonly rules: MoodRules,
    private readonly transcripts: TranscriptStore,
    private readonly flags: FlagStore,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    if (!draft?.sentiment || !draft.recognition) return next();
    const { message, sentiment, recognition, conversation } = draft;

    message.sentiment = { score: sentiment.score, label: sentiment.label, confidence: sentiment.confidence, reasons: sentiment.reasons };
    message.understanding = {
      intent: recognition.intent,
      confidence: recognition.confidence,
      ambiguous: recognition.ambiguous,
      entities: recognition.entities,
    };
    await this.transcripts.update(message);

    const history: ScoredMessage[] = (await this.transcripts.messages(conversation.id))
      .filter((m) => m.role === 'customer' && m.sentiment)
      .map((m) => ({
        id: m.id,
        timestamp: m.timestamp,
        score: m.sentiment!.score,
        label: m.sentiment!.label,
        reasons: m.sentiment!.reasons,
        intent: m.understanding?.intent,
      }));
    const mood = this.rules.describeMood(history);
    const decision = this.rules.decideFlag(history);
    if (decision) {
      await this.flags.raise(conversation.id, { at: message.timestamp, ...decision });
    }
    conversation.mood = {
      average: mood.average,
      movingAverage: mood.movingAverage,
      worstScore: mood.worst?.score ?? 0,
      negative: mood.negative,
    };
    conversation.lastIntent = recognition.intent;
    if (!conversation.intents?.includes(recognition.intent)) conversation.intents = [...(conversation.intents ?? []), recognition.intent];
    await this.transcripts.saveConversation(conversation);

    setTurnInfo(context, {
      conversationId: conversation.id,
      messageId: message.id,
      text: message.text,
      truncated: message.truncated === true,
      recognition,
      sentiment,
      mood,
      apology:
        sentiment.label === 'negative' || mood.negative
          ? this.rules.apologyFor(sentiment, mood, { aboutAnOrder: !NOT_ABOUT_AN_ORDER.has(recognition.intent) })
          : undefined,
      customer: draft.customer,
      waitingForPerson: conversation.mode === 'waiting_for_person',
    });
    await next();
  }
}
