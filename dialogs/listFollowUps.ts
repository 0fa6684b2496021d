/**
 * Follow-ups to the last product list: "show me cheaper ones" / "anything pricier?", "in blue?" / "any
 * under 50?", "show me more", and "tell me more about the third one". Each asks the list's search again
 * (kept in the conversation facts) with the change, or describes one of its products.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import type { Entities } from '../src/nlu/types.ts';
import type { SuggestionFilter } from '../src/recommender/types.ts';
import type { Product } from '../src/shop/types.ts';
import { type FactsAccessor, type LastSearch, newFacts } from './conversationFacts.ts';
import { describeSearch } from './describeSearch.ts';
import { money } from './format.ts';
import { pickFromList } from './listPicks.ts';
import { HOW_MANY, introFor, type ProductLists, wordsBesideFilters } from './productLists.ts';
import { boundForWords, movePriceBound, type PriceDirection } from './relativePrice.ts';
import type { DialogServices, SuggestionQuery } from './services.ts';

const CARE_QUESTION = /\b(?:dishwasher|machine[- ]wash|washable|wash it|tumble dr|iron it|care instructions|oven[- ]safe|microwave)/i;
const CARE_WORDS = /\b(?:dishwasher|wash|washable|tumble|iron|oven|microwave|hand-wash)/i;

export class ListFollowUps {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
    private readonly lists: ProductLists,
  ) {}

  /**
   * "show me cheaper ones", "anything pricier?", "something cheaper than the White Linen Shirt": the
   * price moved past a product the customer named or picked from the list, else past the last list's
   * cheapest (dearest) item, with the rest of that list's search kept and a colour, size or material
   * in this message added. The price and the search are never relaxed here: a dearer item or another
   * kind of thing is no answer to "cheaper". False when there is nothing to compare with.
   */
  async byRelativePrice(
    dc: DialogContext,
    direction: PriceDirection,
    entities: Entities,
    customerId: string | undefined,
    signedInId: string | undefined,
  ): Promise<boolean> {
    const facts = await this.facts.get(dc.context, newFacts());
    const text = dc.context.activity.text ?? '';
    const namedId = entities.products[0]?.productId ?? pickFromList(text, facts.lastSuggestedProductIds);
    const listed = namedId
      ? []
      : (await Promise.all(facts.lastSuggestedProductIds.map((id) => this.services.catalog.getProduct(id)))).filter((p): p is Product => p !== undefined);
    const fromList = listed.length > 0 && facts.lastSearch !== undefined;
    const anchor = await this.services.catalog.getProduct(namedId ?? (fromList ? '' : (facts.lastProductId ?? '')));
    if (!fromList && !anchor) return false;

    const prices = listed.map((p) => p.price);
    const reference = anchor ? anchor.price : direction === 'lower' ? Math.min(...prices) : Math.max(...prices);
    let base: LastSearch;
    if (anchor) {
      facts.lastProductId = anchor.id;
      base = { mode: 'similar', anchorProductIds: [anchor.id], filter: await this.lists.filterFrom(entities, signedInId, [anchor]), searchWords: [] };
    } else {
      const last = facts.lastSearch!;
      const asked = await this.lists.filterFrom(entities, signedInId);
      base = { ...last, filter: { ...last.filter, attributes: { ...last.filter.attributes, ...asked.attributes } } };
      if (!Object.keys(base.filter.attributes!).length) base.filter.attributes = undefined;
    }
    const shown = anchor ? [] : listed.map((p) => p.id);
    const filter = { ...movePriceBound(base.filter, direction, reference), excludeItems: [...(base.filter.excludeItems ?? []), ...shown] };
    const query: SuggestionQuery = { customerId, mode: base.mode, anchorProductIds: base.anchorProductIds, filter, k: HOW_MANY };
    const found = await this.lists.suggestWithRelaxing(query, ['price', 'search']);
    const listAnchor = anchor ?? (await this.services.catalog.getProduct(base.anchorProductIds[0] ?? ''));
    const suggestions = await this.lists.sameKindFirst(query, listAnchor, found.suggestions);
    const asked = describeSearch(boundForWords(base.filter, direction, reference), this.services.shop.info.currencySymbol, base.searchWords);
    const what = direction === 'lower' ? 'cheaper' : 'pricier';
    if (!suggestions.length) {
      await this.services.present.text(
        dc.context,
        `Sorry, there's nothing ${what} in stock${listAnchor ? ` like the ${listAnchor.name}` : ''}${asked.whole ? `: I looked for ${asked.whole}` : ''}.`,
        [{ title: 'Show popular items', intent: 'recommendation' }],
      );
      return true;
    }
    const subject =
      base.mode === 'similar' ? `${what} items similar to the ${listAnchor!.name}` : base.mode === 'goes_with' ? `${what} items to go with the ${listAnchor!.name}` : `${what} picks`;
    const intro = found.relaxed.length ? introFor(base.mode, listAnchor, asked, found.relaxed) : `Here are ${subject}${asked.afterPicks}.`;
    await this.lists.show(dc, suggestions, intro, signedInId, { ...base, filter: { ...found.filter, excludeItems: base.filter.excludeItems } });
    return true;
  }

  /** "show me more": the last search again without the items already shown (in this and earlier lists). */
  async more(dc: DialogContext, last: LastSearch, shown: readonly string[], customerId: string | undefined, signedInId: string | undefined): Promise<void> {
    const shownBefore = [...new Set([...(last.shownBefore ?? []), ...shown])];
    const filter: SuggestionFilter = { ...last.filter, excludeItems: [...(last.filter.excludeItems ?? []), ...shownBefore] };
    const query: SuggestionQuery = { customerId, mode: last.mode, anchorProductIds: last.anchorProductIds, filter, k: HOW_MANY };
    const anchor = await this.services.catalog.getProduct(last.anchorProductIds[0] ?? '');
    const suggestions = await this.lists.sameKindFirst(query, anchor, await this.services.suggestions.suggest(query));
    const asked = describeSearch(last.filter, this.services.shop.info.currencySymbol, last.searchWords);
    if (!suggestions.length) {
      await this.services.present.text(dc.context, `That's all I have${asked.whole ? ` of ${asked.whole}` : ''} in stock right now.`, [
        { title: 'Show popular items', intent: 'recommendation' },
      ]);
      return;
    }
    const subject =
      last.mode === 'similar' ? `more items similar to the ${anchor?.name}` : last.mode === 'goes_with' ? `more to go with the ${anchor?.name}` : 'more';
    // The shown items stay excluded, so "more" again goes on down the list.
    await this.lists.show(dc, suggestions, `Here are ${subject}${asked.afterPicks}.`, signedInId, { ...last, shownBefore });
  }

  /**
   * "in blue?", "any under 50?", "do you have them in size L": the last list's search again, with the
   * colour, size, material or price of this message in place of its own. False when there is no
   * last search, or the message's other words search for something new ("any blue mugs?").
   */
  async narrow(dc: DialogContext, entities: Entities, customerId: string | undefined, signedInId: string | undefined): Promise<boolean> {
    const facts = await this.facts.get(dc.context, newFacts());
    const last = facts.lastSearch;
    if (!last) return false;
    const found = await this.services.suggestions.search(wordsBesideFilters(dc.context.activity.text ?? '', entities));
    if (found.matchedWords.length) return false;
    const asked = await this.lists.filterFrom(entities, signedInId);
    const filter: SuggestionFilter = { ...last.filter, attributes: { ...last.filter.attributes, ...asked.attributes } };
    if (entities.price) {
      filter.minPrice = entities.price.min;
      filter.maxPrice = entities.price.max;
    }
    const query: SuggestionQuery = { customerId, mode: last.mode, anchorProductIds: last.anchorProductIds, filter, k: HOW_MANY };
    const result = await this.lists.suggestWithRelaxing(query, ['search']);
    const anchor = await this.services.catalog.getProduct(last.anchorProductIds[0] ?? '');
    const suggestions = await this.lists.sameKindFirst(query, anchor, result.suggestions);
    const words = describeSearch(filter, this.services.shop.info.currencySymbol, last.searchWords);
    if (!suggestions.length) {
      await this.services.present.text(dc.context, `Sorry, I couldn't find ${words.whole || 'anything like that'} in stock.`, [
        { title: 'Show popular items', intent: 'recommendation' },
      ]);
      return true;
    }
    await this.lists.show(dc, suggestions, introFor(last.mode, anchor, words, result.relaxed), signedInId, { ...last, filter: result.filter });
    return true;
  }

  /** A product's details: price, stock, what it is made of and in, its description, and where to go next. */
  /** `question`: the customer's words, when they asked about care the catalog does not describe. */
  /**
   * "which is better, the Silver Burr Coffee Grinder or the Pro Black Burr Coffee Grinder?": the two side
   * by side from the catalog (price, stock, colour, size, material) and the difference in price; the bot
   * does not judge "better" (found by chatting: it answered with things that go with the first).
   */
  async compare(dc: DialogContext, products: Product[]): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const [a, b] = products;
    const line = (p: Product) => {
      const { colour, size, material } = p.attributes;
      const stock = p.stock > 10 ? 'in stock' : p.stock > 0 ? `only ${p.stock} left` : 'out of stock';
      const details = [colour, size && `size ${size}`, material].filter(Boolean).join(', ');
      return `- **${p.name}**: ${money(p.price, symbol)}, ${stock}${details ? `; ${details}` : ''}. ${p.description}`;
    };
    const gap = Math.round(Math.abs(a.price - b.price) * 100) / 100;
    const cheaper = a.price < b.price ? a : b;
    const price = gap === 0 ? 'They cost the same.' : `The ${cheaper.name} is ${money(gap, symbol)} cheaper.`;
    await this.services.present.text(
      dc.context,
      `Here they are side by side:\n\n${line(a)}\n${line(b)}\n\n${price} Which suits you better depends on what you need; I can tell you more about either.`,
      products.slice(0, 2).map((p) => ({ title: `More about the ${p.name}`, intent: 'price_stock', data: { productId: p.id } })),
    );
  }

  async describe(dc: DialogContext, product: Product, question = ''): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const stock = product.stock > 10 ? 'In stock' : product.stock > 0 ? `In stock (only ${product.stock} left)` : 'Out of stock at the moment';
    const { colour, size, material } = product.attributes;
    const described = product.description.toLowerCase();
    // Letter sizes in capitals ("M"), others as written ("1 kg"); nothing the description already says.
    const sizeWords = size && (/^(?:x{0,3}[sml]|xxl)$/i.test(size) ? size.toUpperCase() : size);
    const facts = [
      [colour, `colour ${colour}`],
      [size, `size ${sizeWords}`],
      [material, `made of ${material}`],
    ]
      .filter(([value]) => value && !new RegExp(`\\b${value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(described))
      .map(([, words]) => words)
      .join(', ');
    // "is it dishwasher safe?": say so when the catalog does not, rather than answer as if it had.
    const care = CARE_QUESTION.test(question) && !CARE_WORDS.test(described) ? ' Its care instructions are not in our catalog: a person from our team can check.' : '';
    await this.services.present.text(
      dc.context,
      `**${product.name}**, ${money(product.price, symbol)}. ${product.description}${facts ? ` (${facts}.)` : ''} ${stock}.${care}`,
      [
        { title: 'Similar items', intent: 'similar_items', data: { productId: product.id } },
        { title: 'What goes with it', intent: 'goes_with', data: { productId: product.id } },
      ],
    );
  }
}
