/**
 * Step 3: intent and entities. A pressed button says exactly what it means (its value carries the
 * intent and the order or product it is about), so it is taken as is instead of being guessed from
 * its words.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Entities, Recognition, Recognizer } from '../../nlu/types.ts';
import type { CatalogStore } from '../../shop/ports.ts';
import { getDraft } from './turnDraft.ts';

interface ButtonValue {
  intent?: unknown;
  orderId?: unknown;
  productId?: unknown;
}

export class UnderstandMessage implements Middleware {
  constructor(
    private readonly recognizer: Recognizer,
    private readonly catalog: CatalogStore,
    private readonly knownIntents: ReadonlySet<string>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    if (draft) {
      const pressed = await this.fromButton(context.activity.value as ButtonValue | undefined, draft.message.text);
      draft.recognition = pressed ?? this.recognizer.recognize(draft.message.text);
    }
    await next();
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
