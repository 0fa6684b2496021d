/**
 * Step 3: intent and entities (with the message's tone deciding between praise and complaint,
 * `intentAndTone.ts`). A pressed button says exactly what it means (its value carries the
 * intent and the order or product it is about), so it is taken as is instead of being guessed from
 * its words.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Entities, Recognition, Recognizer } from '../../nlu/types.ts';
import type { CatalogStore } from '../../shop/ports.ts';
import { NO_INTENT } from '../../nlu/types.ts';
import { correctionOf } from '../../../dialogs/messagePhrases.ts';
import { reconcileWithTone } from './intentAndTone.ts';
import { getDraft } from './turnDraft.ts';

interface ButtonValue {
  intent?: unknown;
  orderId?: unknown;
  productId?: unknown;
}

/**
 * Where one question ends and the next begins: a question mark, or "and" / "also" before a question
 * word ("how long does shipping take and do you take PayPal").
 */
const CLAUSE_BREAK = /\?+\s*|[,;]?\s+(?:and|also|plus|oh and|btw)\s+(?=(?:how|what|when|where|which|who|why|do|does|did|can|could|is|are|will|would|should|may)\b)/i;
/** A clause must be this confident, and not torn between two intents, to count as a question of its own. */
const CLAUSE_CONFIDENCE = 0.7;

export class UnderstandMessage implements Middleware {
  constructor(
    private readonly recognizer: Recognizer,
    private readonly catalog: CatalogStore,
    private readonly knownIntents: ReadonlySet<string>,
    /** Intents the bot takes up from a second clause of a message (shop answers, look-ups; see ANSWERABLE_ALONGSIDE). */
    private readonly answerableAlongside: ReadonlySet<string> = new Set(),
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    if (draft) {
      const pressed = await this.fromButton(context.activity.value as ButtonValue | undefined, draft.message.text);
      // "sorry I meant SK-105571": what it means instead is read on its own.
      const corrected = correctionOf(draft.message.text);
      let recognition = pressed ?? reconcileWithTone(this.recognizer.recognize(corrected ?? draft.message.text), draft.sentiment);
      if (!pressed) {
        let others = this.otherQuestions(draft.message.text, recognition.intent);
        // "where is my french press order and how long do refunds take?" read as a whole fits no intent
        // (found by chatting: "Sorry, I didn't quite get that"), while each question does: the first is the message's.
        if (recognition.intent === NO_INTENT && others.length) {
          const [first, ...rest] = others;
          recognition = { ...recognition, intent: first.intent, confidence: first.confidence, ambiguous: false };
          others = rest;
        }
        if (others.length) recognition.alsoAsked = others.map((o) => o.intent);
      }
      draft.recognition = recognition;
    }
    await next();
  }

  /** The other questions a message asks, clause by clause (found by chatting: the second got no answer). */
  private otherQuestions(text: string, mainIntent: string): { intent: string; confidence: number }[] {
    const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c.split(/\s+/).length >= 3);
    if (clauses.length < 2) return [];
    const found: { intent: string; confidence: number }[] = [];
    for (const clause of clauses) {
      const r = this.recognizer.recognize(clause);
      if (r.confidence < CLAUSE_CONFIDENCE || r.ambiguous || !this.answerableAlongside.has(r.intent)) continue;
      if (r.intent !== mainIntent && !found.some((f) => f.intent === r.intent)) found.push({ intent: r.intent, confidence: r.confidence });
    }
    return found;
  }

  private async fromButton(value: ButtonValue | undefined, text: string): Promise<Recognition | undefined> {
    if (!value || typeof value.intent !== 'string' || !this.knownIntents.has(value.intent)) return undefined;
    const entities: Entities = emptyEntities();
    if (typeof value.orderId === 'string' && /^SK-\d{6}$/.test(value.orderId)) entities.orderIds.push(value.orderId);
    if (typeof value.productId === 'string') {
      const product = await this.catalog.getProduct(value.productId);
      if (product) entities.products.push({ productId: product.id, name: product.name, text: product.name });
    }
    return { text, intent: value.intent, confidence: 1, ranking: [{ intent: value.intent, confidence: 1 }], ambiguous: false, entities };
  }
}

export function emptyEntities(): Entities {
  return { orderIds: [], emails: [], postcodes: [], quantities: [], dates: [], colours: [], sizes: [], materials: [], products: [], categories: [] };
}
