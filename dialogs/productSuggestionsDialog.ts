/**
 * Product questions and suggestions: "recommend something", "a gift for my dad under 40",
 * "something like the blue linen shirt", "what goes with X", "is the X in stock". Constraints from
 * the message (category, price range, colour, size) become filters; when nothing matches, the
 * filters are relaxed one at a time and the customer is told which one.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Entities } from '../src/nlu/types.ts';
import type { SuggestionFilter } from '../src/recommender/types.ts';
import type { Product } from '../src/shop/types.ts';
import type { FactsAccessor } from './conversationFacts.ts';
import { newFacts } from './conversationFacts.ts';
import { DialogIds } from './dialogIds.ts';
import { money } from './format.ts';
import type { DialogServices, ProductSuggestion, SuggestionQuery } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

const HOW_MANY = 5;
/** Words that refer to a product mentioned earlier rather than name one. */
const POINTS_BACK = /\b(it|that|this|them|those|these|one)\b/i;

export class ProductSuggestionsDialog extends Dialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.productSuggestions);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    if (!info) return dc.endDialog();
    const { intent, entities } = info.recognition;
    const customerId = info.customer?.preferences.personalization === false ? undefined : info.customer?.id;
    const anchors = await this.anchorProducts(dc, entities);
    if (anchors.length && (dc.context.activity.value as { clicked?: string } | undefined)?.clicked) {
      this.services.recordInteraction(info.customer?.id, anchors[0].id, 'suggestion_clicked', info.conversationId);
    }

    if (intent === 'price_stock' && anchors.length) {
      await this.answerPriceAndStock(dc, anchors[0], customerId);
      return dc.endDialog();
    }
    const mode: SuggestionQuery['mode'] =
      intent === 'similar_items' && anchors.length ? 'similar' : intent === 'goes_with' && anchors.length ? 'goes_with' : customerId ? 'personal' : 'trending';
    if ((intent === 'similar_items' || intent === 'goes_with') && !anchors.length) {
      await dc.context.sendActivity(`Which product do you mean? Tell me its name, for example "something like the blue linen shirt".`);
      return dc.endDialog();
    }
    const filter = await this.filterFrom(entities, info.customer?.id);
    const { suggestions, relaxed } = await this.suggestWithRelaxing({ customerId, mode, anchorProductIds: anchors.map((p) => p.id), filter, k: HOW_MANY });
    if (suggestions.length === 0) {
      await this.services.present.text(dc.context, `Sorry, I couldn't find anything in stock that fits. Could you describe it differently?`, [
        { title: 'Show popular items', intent: 'recommendation' },
      ]);
      return dc.endDialog();
    }
    await this.show(dc, suggestions, introFor(mode, anchors[0], relaxed), info.customer?.id);
    return dc.endDialog(suggestions);
  }

  private async answerPriceAndStock(dc: DialogContext, product: Product, customerId?: string): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const stock =
      product.stock > 10 ? 'in stock' : product.stock > 0 ? `in stock (only ${product.stock} left)` : 'out of stock at the moment';
    await dc.context.sendActivity(`The ${product.name} costs ${money(product.price, symbol)} and is ${stock}.`);
    if (product.stock === 0) {
      const similar = await this.services.suggestions.suggest({
        customerId,
        mode: 'similar',
        anchorProductIds: [product.id],
        filter: { inStockOnly: true },
        k: 3,
      });
      if (similar.length) await this.show(dc, similar, 'These similar items are in stock:', customerId);
    }
  }

  private async show(dc: DialogContext, suggestions: ProductSuggestion[], intro: string, customerId?: string): Promise<void> {
    await this.services.present.products(dc.context, intro, suggestions);
    const facts = await this.facts.get(dc.context, newFacts());
    facts.lastSuggestedProductIds = suggestions.map((s) => s.product.id);
    for (const s of suggestions) this.services.recordInteraction(customerId, s.product.id, 'suggestion_shown');
  }

  /** Products the message names, or the product a pressed button refers to. */
  /**
   * The products the message names; when it names none but points back ("what goes with it", "is
   * that one in stock"), the product talked about last in this conversation.
   */
  private async anchorProducts(dc: DialogContext, entities: Entities): Promise<Product[]> {
    const facts = await this.facts.get(dc.context, newFacts());
    let ids = entities.products.map((p) => p.productId);
    if (!ids.length && facts.lastProductId && POINTS_BACK.test(dc.context.activity.text ?? '')) ids = [facts.lastProductId];
    const products = (await Promise.all(ids.map((id) => this.services.catalog.getProduct(id)))).filter(
      (p): p is Product => p !== undefined,
    );
    if (products[0]) facts.lastProductId = products[0].id;
    return products;
  }

  private async filterFrom(entities: Entities, customerId?: string): Promise<SuggestionFilter> {
    const filter: SuggestionFilter = { inStockOnly: true, maxPerCategory: 2 };
    if (entities.categories.length) {
      filter.categories = entities.categories;
      filter.maxPerCategory = undefined;
    }
    if (entities.price?.min !== undefined) filter.minPrice = entities.price.min;
    if (entities.price?.max !== undefined) filter.maxPrice = entities.price.max;
    const attributes: Record<string, string> = {};
    if (entities.colours[0]) attributes.colour = entities.colours[0];
    if (entities.sizes[0]) attributes.size = entities.sizes[0];
    if (Object.keys(attributes).length) filter.attributes = attributes;
    if (customerId) {
      // Never suggest what the customer has just sent back.
      const returned = await this.services.returns.returnsForCustomer(customerId);
      filter.excludeItems = returned.flatMap((r) => r.items.map((i) => i.productId));
    }
    return filter;
  }

  /** Asks with every constraint, then drops size, colour, price in that order until something fits. */
  private async suggestWithRelaxing(query: SuggestionQuery): Promise<{ suggestions: ProductSuggestion[]; relaxed?: string }> {
    const first = await this.services.suggestions.suggest(query);
    if (first.length) return { suggestions: first };
    const filter = { ...query.filter };
    const steps: [string, () => void][] = [
      ['size', () => filter.attributes && delete filter.attributes.size],
      ['colour', () => filter.attributes && delete filter.attributes.colour],
      ['price', () => (delete filter.minPrice, delete filter.maxPrice)],
    ];
    for (const [name, relax] of steps) {
      relax();
      filter.attributes = filter.attributes ? { ...filter.attributes } : undefined;
      const next = await this.services.suggestions.suggest({ ...query, filter });
      if (next.length) return { suggestions: next, relaxed: name };
    }
    return { suggestions: [] };
  }
}

function introFor(mode: SuggestionQuery['mode'], anchor: Product | undefined, relaxed?: string): string {
  const note = relaxed ? ` I couldn't find an exact match for that ${relaxed}, so here are the closest:` : '';
  switch (mode) {
    case 'similar':
      return `Here are items similar to the ${anchor!.name}.${note}`;
    case 'goes_with':
      return `These go well with the ${anchor!.name}.${note}`;
    case 'personal':
      return `Here are some picks for you.${note}`;
    case 'trending':
      return `Here are some popular picks.${note}`;
  }
}
