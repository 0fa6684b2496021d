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
 * Where one request ends and the next begins: a question mark, a new line, a list marker ("1)", "2."),
 * a comma before a question word ("what payment do you take, how much is shipping"), or "and" / "also" /
 * "then" before a question word or a task verb ("how long does shipping take and
 * do you take PayPal", "cancel SK-105577 and return SK-105428").
 */
const CLAUSE_BREAK =
  /\?+\s*|\n+|(?:^|\s)\(?\d\s?[.)]\s+|[,;]\s+(?=(?:how|what|when|where|which|who|why|do|does|can|could|is|are|will|would)\s)|[,;]?\s+(?:and|also|plus|then|oh and|btw)\s+(?:(?:can you|could you|please|pls|i (?:also )?(?:want|need|would like|'d like) to)\s+)?(?=(?:how|what|when|where|which|who|why|do|does|did|can|could|is|are|will|would|should|may|cancel|return|send|track|refund|change|check|tell me|show me|find|give me)\b)/i;
/** A clause must be this confident, and not torn between two intents, to count as a request of its own. */
const CLAUSE_CONFIDENCE = 0.7;
/** Not requests of their own: "hi! 3 questions: ..." greets, it does not ask. */
const NOT_A_REQUEST = new Set(['greet', 'thanks', 'goodbye', 'help', 'smalltalk', 'affirm', 'deny']);

interface ClauseReading {
  intent: string;
  confidence: number;
  text: string;
  entities: Entities;
}

export class UnderstandMessage implements Middleware {
  constructor(
    private readonly recognizer: Recognizer,
    private readonly catalog: CatalogStore,
    private readonly knownIntents: ReadonlySet<string>,
    /** The shop's tasks (orders, returns, products; see TASK_INTENTS): a message may ask for several. */
    private readonly taskIntents: ReadonlySet<string> = new Set(),
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    if (draft) {
      const pressed = await this.fromButton(context.activity.value as ButtonValue | undefined, draft.message.text);
      // "sorry I meant SK-105571": what it means instead is read on its own.
      const corrected = correctionOf(draft.message.text);
      let recognition = pressed ?? reconcileWithTone(this.recognizer.recognize(corrected ?? draft.message.text), draft.sentiment);
      if (!pressed) {
        const clauses = this.readClauses(draft.message.text);
        // "cancel SK-105577 and return SK-105428": two tasks, each with its own order. The first is
        // the message's, with its clause's entities (read whole, the second order number went to the
        // first task); the others are offered after it (mainDialog), never dropped.
        const tasks = clauses.filter((c) => this.taskIntents.has(c.intent));
        if (tasks.length >= 2 && !correctionOf(draft.message.text) && distinctRequests(tasks)) {
          const first = tasks[0];
          recognition = { ...recognition, intent: first.intent, confidence: first.confidence, ambiguous: false, entities: first.entities };
        }
        let others = clauses.filter((c) => !sameRequest(c, recognition));
        // "where is my french press order and how long do refunds take?" read as a whole fits no intent
        // (found by chatting: "Sorry, I didn't quite get that"), while each question does: the first is the message's.
        if (recognition.intent === NO_INTENT && others.length) {
          const [first, ...rest] = others;
          recognition = { ...recognition, intent: first.intent, confidence: first.confidence, ambiguous: false };
          others = rest;
        }
        if (others.length) recognition.alsoAsked = others.map((o) => ({ intent: o.intent, text: o.text, orderId: o.entities.orderIds[0] }));
      }
      draft.recognition = recognition;
    }
    await next();
  }

  /**
   * Each clause of a message that asks something on its own, confidently (found by chatting: the second
   * question got no answer); empty for a message of one clause.
   */
  private readClauses(text: string): ClauseReading[] {
    const clauses = text.split(CLAUSE_BREAK).map((c) => (c ?? '').trim()).filter((c) => c.split(/\s+/).length >= 2 && /[a-z]/i.test(c));
    if (clauses.length < 2) return [];
    const found: ClauseReading[] = [];
    for (const clause of clauses) {
      const r = this.recognizer.recognize(clause);
      if (r.confidence < CLAUSE_CONFIDENCE || r.ambiguous || !this.knownIntents.has(r.intent) || NOT_A_REQUEST.has(r.intent)) continue;
      const reading = { intent: r.intent, confidence: r.confidence, text: clause, entities: r.entities };
      if (!found.some((f) => sameRequest(reading, f))) found.push(reading);
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

/**
 * Two readings ask the same: the same intent about the same order, or with no order on one side ("where
 * is SK-105131 and can you give me the tracking number" is one request, found by chatting).
 */
function sameRequest(a: { intent: string; entities: Entities }, b: { intent: string; entities: Entities }): boolean {
  const [x, y] = [a.entities.orderIds[0], b.entities.orderIds[0]];
  return a.intent === b.intent && (x === undefined || y === undefined || x === y);
}

function distinctRequests(tasks: ClauseReading[]): boolean {
  return tasks.some((t) => !sameRequest(t, tasks[0]));
}
