/**
 * Product questions and suggestions: "recommend something", "a gift for my dad under 40",
 * "something like the blue linen shirt", "what goes with X", "is the X in stock". Constraints from
 * the message (category, price range, colour, material, size) become filters; when nothing matches,
 * the filters are relaxed one at a time and the customer is told what could not be found. The list's
 * intro says what was searched ("linen shirts under $40"), so a customer sees they were understood.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Entities } from '../src/nlu/types.ts';
import type { SuggestionFilter } from '../src/recommender/types.ts';
import type { Product } from '../src/shop/types.ts';
import type { FactsAccessor, LastSearch } from './conversationFacts.ts';
import { newFacts } from './conversationFacts.ts';
import { giftRecipient, isForChildren, mentionsGift, withoutGiftWords } from './giftRecipient.ts';
import { describeSearch, RELAXED_WORDS, type RelaxedFilter, type SearchWords } from './describeSearch.ts';
import { DialogIds } from './dialogIds.ts';
import { money } from './format.ts';
import { boundForWords, movePriceBound, relativePrice, type PriceDirection } from './relativePrice.ts';
import { asksForMore, asksToNarrow } from './searchRefinement.ts';
import type { DialogServices, ProductSuggestion, SuggestionQuery } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

const HOW_MANY = 5;
/** Candidates read when a price limit is dropped, to show the nearest prices rather than the top-ranked. */
const PRICE_POOL = 50;
/** The words of asking for a match, which say nothing about the product ("goes" is in a book's title). */
const ASKING_FOR_A_MATCH = /\b(what|which|goes|go|going|well|with|like|similar|to|match(es)?|wear|pair)\b/gi;
/** Words that refer to a product mentioned earlier rather than name one. */
const POINTS_BACK = /\b(it|that|this|them|those|these|one)\b/i;

/** "the first one", "the 2nd", "the last item", "number 3": one of the products just listed. */
const LIST_PICK =
  /\bthe (first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?: one| item| product)?\b|\b(first|second|third|fourth|fifth|last) one\b|\bnumber ([1-5])\b|#([1-5])\b/i;
const ORDINAL_INDEX: Record<string, number> = {
  first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4,
};

/** "2", "#3": a bare number, which picks from a list only right after it was shown. */
const BARE_NUMBER = /^\s*#?([1-5])\s*[.!?]?\s*$/;
/** "tell me more about the third one", "details of number 2", "what's the first one like". */
const ASKS_ABOUT = /\b(?:tell me (?:more )?about|more (?:info|information|details)|details|describe|what(?:'s| is) .{0,20}like|info on)\b/i;

/**
 * The product a message asks about from the last list ("2" right after it, "tell me more about the
 * third one"), for its details. Found by chatting: "2" got "OK. What can I help you with?" and
 * "tell me more about the third one" the fallback.
 */
export function productAskedAbout(text: string, listed: readonly string[], listJustShown: boolean): string | undefined {
  const bare = BARE_NUMBER.exec(text);
  if (bare) return listJustShown ? listed[Number(bare[1]) - 1] : undefined;
  return ASKS_ABOUT.test(text) ? pickFromList(text, listed) : undefined;
}

/** The product the message picks from the last list, by its place in it. */
export function pickFromList(text: string, listed: readonly string[]): string | undefined {
  const match = LIST_PICK.exec(text);
  if (!match || !listed.length) return undefined;
  const word = (match[1] ?? match[2])?.toLowerCase();
  const index = word === 'last' ? listed.length - 1 : word ? ORDINAL_INDEX[word] : Number(match[3] ?? match[4]) - 1;
  return listed[index];
}

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
    const facts = await this.facts.get(dc.context, newFacts());
    const askedAbout = productAskedAbout(info.text, facts.lastSuggestedProductIds, facts.lastListAtMessage === info.mood.messages - 1);
    const detailed = askedAbout ? await this.services.catalog.getProduct(askedAbout) : undefined;
    if (detailed) {
      facts.lastProductId = detailed.id;
      await this.describeProduct(dc, detailed);
      return dc.endDialog();
    }
    if (facts.lastSearch && asksForMore(info.text)) {
      await this.showMore(dc, facts.lastSearch, facts.lastSuggestedProductIds, customerId, info.customer?.id);
      return dc.endDialog();
    }
    const direction = relativePrice(dc.context.activity.text ?? '');
    if (direction && (await this.suggestByRelativePrice(dc, direction, entities, customerId, info.customer?.id))) return dc.endDialog();
    if (!direction && asksToNarrow(dc.context.activity.text ?? '', entities) && (await this.narrowLastSearch(dc, entities, customerId, info.customer?.id))) {
      return dc.endDialog();
    }
    let anchors = await this.anchorProducts(dc, entities);
    if (anchors.length && (dc.context.activity.value as { clicked?: string } | undefined)?.clicked) {
      this.services.recordInteraction(info.customer?.id, anchors[0].id, 'suggestion_clicked', info.conversationId);
    }

    if (intent === 'price_stock' && anchors.length) {
      await this.answerPriceAndStock(dc, anchors[0], customerId, await this.filterFrom(entities, info.customer?.id, anchors));
      return dc.endDialog();
    }
    // "something like a parka" names no product, but the catalog has parkas: the best match stands in,
    // and the reply says which product it took. Not when a thing the customer named is unknown to the
    // catalog ("a navy blazer": any navy item would be a guess).
    let tookAs = '';
    if ((intent === 'similar_items' || intent === 'goes_with') && !anchors.length) {
      const found = await this.services.suggestions.search((dc.context.activity.text ?? '').replace(ASKING_FOR_A_MATCH, ' '));
      const known = found.itemIds.length > 0 && found.unmatchedNouns.length === 0;
      const best = known ? await this.services.catalog.getProduct(found.itemIds[0]) : undefined;
      if (!best) {
        // After a list, offer its first items: "what goes with it" is a fair question about any of them.
        const facts = await this.facts.get(dc.context, newFacts());
        const listed = (await Promise.all(facts.lastSuggestedProductIds.slice(0, 3).map((id) => this.services.catalog.getProduct(id)))).filter(
          (p): p is Product => p !== undefined,
        );
        await this.services.present.text(
          dc.context,
          `Which product do you mean? Tell me its name, for example "something like the blue linen shirt"${listed.length ? ', or pick one' : ''}.`,
          listed.map((p) => ({ title: p.name, intent, data: { productId: p.id } })),
        );
        return dc.endDialog();
      }
      anchors = [best];
      (await this.facts.get(dc.context, newFacts())).lastProductId = best.id;
      tookAs = `I took “${found.matchedWords.join(' ')}” to mean the ${best.name}. `;
    }
    const mode: SuggestionQuery['mode'] =
      intent === 'similar_items' && anchors.length ? 'similar' : intent === 'goes_with' && anchors.length ? 'goes_with' : customerId ? 'personal' : 'trending';
    const filter = await this.filterFrom(entities, info.customer?.id, anchors);
    // Without a product to start from, the customer's own words ("jumpers", "camping") narrow the list.
    let searchWords: string[] = [];
    let notSold: string[] = [];
    if (mode === 'personal' || mode === 'trending') {
      const words = wordsBesideFilters(dc.context.activity.text ?? '', entities);
      let found = await this.services.suggestions.search(withoutGiftWords(words));
      // "a gift for my mum" names nothing but a present: the shop's gift-tagged items. Not beside a
      // category or other words ("a gift for my dad, he likes coffee"), which say what the present is.
      if (!found.itemIds.length && mentionsGift(words) && !entities.categories.length) found = await this.services.suggestions.search('gift');
      if (found.itemIds.length) {
        filter.onlyItems = found.itemIds;
        // The matches are one kind of thing: show the best of them, not two per category.
        filter.maxPerCategory = undefined;
        searchWords = found.matchedWords;
      } else if (intent === 'product_search') {
        notSold = found.unmatchedNouns;
      }
    }
    await this.narrowToRecipient(filter, dc.context.activity.text ?? '');
    const query: SuggestionQuery = { customerId, mode, anchorProductIds: anchors.map((p) => p.id), filter, k: HOW_MANY };
    const found = await this.suggestWithRelaxing(query);
    const { relaxed } = found;
    const suggestions = await this.sameKindFirst(query, anchors[0], found.suggestions);
    if (suggestions.length === 0) {
      await this.services.present.text(dc.context, `Sorry, I couldn't find anything in stock that fits. Could you describe it differently?`, [
        { title: 'Show popular items', intent: 'recommendation' },
      ]);
      return dc.endDialog();
    }
    const asked = describeSearch(filter, this.services.shop.info.currencySymbol, searchWords);
    const intro = notSold.length
      ? `I couldn't find “${notSold.join(' ')}” in our shop, so here are some ${mode === 'personal' ? 'picks for you' : 'popular picks'}${asked.afterPicks}:`
      : tookAs + introFor(mode, anchors[0], asked, relaxed);
    // What was shown, relaxed or not: after "linen shirts ... in other materials", "cheaper ones" means shirts.
    const search: LastSearch = { mode, anchorProductIds: query.anchorProductIds ?? [], filter: found.filter, searchWords: found.filter.onlyItems ? searchWords : [] };
    await this.show(dc, suggestions, intro, info.customer?.id, search);
    return dc.endDialog(suggestions);
  }

  /**
   * "show me cheaper ones", "anything pricier?", "something cheaper than the White Linen Shirt": the
   * price moved past a product the customer named or picked from the list, else past the last list's
   * cheapest (dearest) item, with the rest of that list's search kept and a colour, size or material
   * in this message added. The price and the search are never relaxed here: a dearer item or another
   * kind of thing is no answer to "cheaper". False when there is nothing to compare with.
   */
  private async suggestByRelativePrice(
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
      base = { mode: 'similar', anchorProductIds: [anchor.id], filter: await this.filterFrom(entities, signedInId, [anchor]), searchWords: [] };
    } else {
      const last = facts.lastSearch!;
      const asked = await this.filterFrom(entities, signedInId);
      base = { ...last, filter: { ...last.filter, attributes: { ...last.filter.attributes, ...asked.attributes } } };
      if (!Object.keys(base.filter.attributes!).length) base.filter.attributes = undefined;
    }
    const shown = anchor ? [] : listed.map((p) => p.id);
    const filter = { ...movePriceBound(base.filter, direction, reference), excludeItems: [...(base.filter.excludeItems ?? []), ...shown] };
    const query: SuggestionQuery = { customerId, mode: base.mode, anchorProductIds: base.anchorProductIds, filter, k: HOW_MANY };
    const found = await this.suggestWithRelaxing(query, ['price', 'search']);
    const listAnchor = anchor ?? (await this.services.catalog.getProduct(base.anchorProductIds[0] ?? ''));
    const suggestions = await this.sameKindFirst(query, listAnchor, found.suggestions);
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
    await this.show(dc, suggestions, intro, signedInId, { ...base, filter: { ...found.filter, excludeItems: base.filter.excludeItems } });
    return true;
  }

  /** "show me more": the last search again without the items already shown (in this and earlier lists). */
  private async showMore(dc: DialogContext, last: LastSearch, shown: readonly string[], customerId: string | undefined, signedInId: string | undefined): Promise<void> {
    const shownBefore = [...new Set([...(last.shownBefore ?? []), ...shown])];
    const filter: SuggestionFilter = { ...last.filter, excludeItems: [...(last.filter.excludeItems ?? []), ...shownBefore] };
    const query: SuggestionQuery = { customerId, mode: last.mode, anchorProductIds: last.anchorProductIds, filter, k: HOW_MANY };
    const anchor = await this.services.catalog.getProduct(last.anchorProductIds[0] ?? '');
    const suggestions = await this.sameKindFirst(query, anchor, await this.services.suggestions.suggest(query));
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
    await this.show(dc, suggestions, `Here are ${subject}${asked.afterPicks}.`, signedInId, { ...last, shownBefore });
  }

  /**
   * "in blue?", "any under 50?", "do you have them in size L": the last list's search again, with the
   * colour, size, material or price of this message in place of its own. False when there is no
   * last search, or the message's other words search for something new ("any blue mugs?").
   */
  private async narrowLastSearch(dc: DialogContext, entities: Entities, customerId: string | undefined, signedInId: string | undefined): Promise<boolean> {
    const facts = await this.facts.get(dc.context, newFacts());
    const last = facts.lastSearch;
    if (!last) return false;
    const found = await this.services.suggestions.search(wordsBesideFilters(dc.context.activity.text ?? '', entities));
    if (found.matchedWords.length) return false;
    const asked = await this.filterFrom(entities, signedInId);
    const filter: SuggestionFilter = { ...last.filter, attributes: { ...last.filter.attributes, ...asked.attributes } };
    if (entities.price) {
      filter.minPrice = entities.price.min;
      filter.maxPrice = entities.price.max;
    }
    const query: SuggestionQuery = { customerId, mode: last.mode, anchorProductIds: last.anchorProductIds, filter, k: HOW_MANY };
    const result = await this.suggestWithRelaxing(query, ['search']);
    const anchor = await this.services.catalog.getProduct(last.anchorProductIds[0] ?? '');
    const suggestions = await this.sameKindFirst(query, anchor, result.suggestions);
    const words = describeSearch(filter, this.services.shop.info.currencySymbol, last.searchWords);
    if (!suggestions.length) {
      await this.services.present.text(dc.context, `Sorry, I couldn't find ${words.whole || 'anything like that'} in stock.`, [
        { title: 'Show popular items', intent: 'recommendation' },
      ]);
      return true;
    }
    await this.show(dc, suggestions, introFor(last.mode, anchor, words, result.relaxed), signedInId, { ...last, filter: result.filter });
    return true;
  }

  /**
   * "something like the Rose Bath Salts" means the same kind of thing first (found by chatting: the
   * list held a table lamp and a duvet cover, bought by the same people); those come after.
   */
  private async sameKindFirst(query: SuggestionQuery, anchor: Product | undefined, suggestions: ProductSuggestion[]): Promise<ProductSuggestion[]> {
    if (query.mode !== 'similar' || query.filter?.categories?.length || !anchor) return suggestions;
    const sameKind = await this.services.suggestions.suggest({ ...query, filter: { ...query.filter, categories: [anchor.category], maxPerCategory: undefined } });
    const first = new Set(sameKind.map((s) => s.product.id));
    return [...sameKind, ...suggestions.filter((s) => !first.has(s.product.id))].slice(0, HOW_MANY);
  }

  /** "for my dad": no children's things; "for my nephew": children's things, when the shop has any that fit. */
  private async narrowToRecipient(filter: SuggestionFilter, text: string): Promise<void> {
    const recipient = giftRecipient(text);
    if (!recipient) return;
    const forChildren = (await this.services.catalog.listProducts()).filter(isForChildren).map((p) => p.id);
    const children = new Set(forChildren);
    if (recipient === 'adult') {
      // Words that found only children's things ("a kite for my dad") keep what they found.
      if (filter.onlyItems?.every((id) => children.has(id))) return;
      filter.excludeItems = [...(filter.excludeItems ?? []), ...forChildren];
      return;
    }
    const narrowed = filter.onlyItems ? filter.onlyItems.filter((id) => children.has(id)) : forChildren;
    if (narrowed.length) filter.onlyItems = narrowed;
  }

  /**
   * `asked`: the filter from the message; a colour or size in it that the product does not come in is
   * said ("is the Slim-Fit Blue Linen Shirt in size L?" was answered "in stock": it comes in M only),
   * with similar items that do.
   */
  private async answerPriceAndStock(dc: DialogContext, product: Product, customerId?: string, asked?: SuggestionFilter): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const stock =
      product.stock > 10 ? 'in stock' : product.stock > 0 ? `in stock (only ${product.stock} left)` : 'out of stock at the moment';
    const wanted = Object.entries(asked?.attributes ?? {}).filter(([key]) => key === 'colour' || key === 'size');
    const other = wanted.filter(([key, value]) => (product.attributes[key] ?? value).toLowerCase() !== value.toLowerCase());
    if (other.length) {
      const comesIn = other.map(([key]) => (key === 'size' ? `size ${(product.attributes[key] ?? '').toUpperCase()}` : product.attributes[key])).join(', ');
      const askedFor = other.map(([key, value]) => (key === 'size' ? `size ${value.toUpperCase()}` : value)).join(' ');
      await dc.context.sendActivity(`The ${product.name} (${money(product.price, symbol)}) comes in ${comesIn} only, not in ${askedFor}.`);
      const query: SuggestionQuery = { customerId, mode: 'similar', anchorProductIds: [product.id], filter: { inStockOnly: true, attributes: Object.fromEntries(other) }, k: 3 };
      const alike = (await this.sameKindFirst(query, product, await this.services.suggestions.suggest(query))).slice(0, 3);
      if (alike.length) await this.show(dc, alike, `Similar items in ${askedFor}:`, customerId);
      return;
    }
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

  /** A product's details: price, stock, what it is made of and in, its description, and where to go next. */
  private async describeProduct(dc: DialogContext, product: Product): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const stock = product.stock > 10 ? 'In stock' : product.stock > 0 ? `In stock (only ${product.stock} left)` : 'Out of stock at the moment';
    const { colour, size, material } = product.attributes;
    // Letter sizes in capitals ("M"), others as written ("1 kg"); nothing the description already says.
    const sizeWords = size && (/^(?:x{0,3}[sml]|xxl)$/i.test(size) ? size.toUpperCase() : size);
    const facts = [colour && `colour ${colour}`, sizeWords && `size ${sizeWords}`, material && `made of ${material}`]
      .filter((fact): fact is string => Boolean(fact) && !product.description.toLowerCase().includes(String(fact).toLowerCase()))
      .join(', ');
    await this.services.present.text(
      dc.context,
      `**${product.name}**, ${money(product.price, symbol)}. ${product.description}${facts ? ` (${facts}.)` : ''} ${stock}.`,
      [
        { title: 'Similar items', intent: 'similar_items', data: { productId: product.id } },
        { title: 'What goes with it', intent: 'goes_with', data: { productId: product.id } },
      ],
    );
  }

  /** `search`: how the list was found, for "cheaper ones" next; none for alternatives to one product. */
  private async show(dc: DialogContext, suggestions: ProductSuggestion[], intro: string, customerId?: string, search?: LastSearch): Promise<void> {
    await this.services.present.products(dc.context, intro, suggestions);
    const facts = await this.facts.get(dc.context, newFacts());
    facts.lastSuggestedProductIds = suggestions.map((s) => s.product.id);
    facts.lastSearch = search;
    facts.lastListAtMessage = getTurnInfo(dc.context)?.mood.messages;
    for (const s of suggestions) this.services.recordInteraction(customerId, s.product.id, 'suggestion_shown');
  }

  /**
   * The products the message names; when it names none but picks one of the last list ("something
   * like the first one"), that one; when it points back ("what goes with it", "is that one in
   * stock"), the product talked about last in this conversation.
   */
  private async anchorProducts(dc: DialogContext, entities: Entities): Promise<Product[]> {
    const facts = await this.facts.get(dc.context, newFacts());
    const text = dc.context.activity.text ?? '';
    let ids = entities.products.map((p) => p.productId);
    const picked = !ids.length ? pickFromList(text, facts.lastSuggestedProductIds) : undefined;
    if (picked) ids = [picked];
    if (!ids.length && facts.lastProductId && POINTS_BACK.test(text)) ids = [facts.lastProductId];
    const products = (await Promise.all(ids.map((id) => this.services.catalog.getProduct(id)))).filter(
      (p): p is Product => p !== undefined,
    );
    if (products[0]) facts.lastProductId = products[0].id;
    return products;
  }

  /**
   * `anchors`: the products the message names. Their own words are no filter: "something like the Blue
   * Linen Shirt" asks for nothing blue or linen (found by chatting: it said "I couldn't find anything
   * in blue linen"), while "the Blue Linen Shirt but in white" asks for white.
   */
  private async filterFrom(entities: Entities, customerId?: string, anchors: readonly Product[] = []): Promise<SuggestionFilter> {
    const filter: SuggestionFilter = { inStockOnly: true, maxPerCategory: 2 };
    if (entities.categories.length) {
      filter.categories = entities.categories;
      filter.maxPerCategory = undefined;
    }
    if (entities.price?.min !== undefined) filter.minPrice = entities.price.min;
    if (entities.price?.max !== undefined) filter.maxPrice = entities.price.max;
    const named = anchors.map((p) => ` ${p.name.toLowerCase()} `);
    const asked = (values: readonly string[]) => values.find((v) => !named.some((name) => name.includes(` ${v.toLowerCase()} `)));
    const attributes: Record<string, string> = {};
    const colour = asked(entities.colours);
    const size = asked(entities.sizes);
    const material = asked(entities.materials);
    if (colour) attributes.colour = colour;
    if (size) attributes.size = size;
    if (material) attributes.material = material;
    if (Object.keys(attributes).length) filter.attributes = attributes;
    if (customerId) {
      // Never suggest what the customer has just sent back.
      const returned = await this.services.returns.returnsForCustomer(customerId);
      filter.excludeItems = returned.flatMap((r) => r.items.map((i) => i.productId));
    }
    return filter;
  }

  /**
   * Asks with every constraint, then drops size, colour, price and material in that order until
   * something fits. Material goes late: it is often a need (wool itches, leather for a vegan), while
   * a linen shirt at $42 is a fair answer to "linen shirts under 40". The searched words go last:
   * they say what the thing is.
   */
  private async suggestWithRelaxing(
    query: SuggestionQuery,
    neverRelax: readonly RelaxedFilter[] = [],
  ): Promise<{ suggestions: ProductSuggestion[]; relaxed: RelaxedFilter[]; filter: SuggestionFilter }> {
    const first = await this.services.suggestions.suggest(query);
    if (first.length) return { suggestions: first, relaxed: [], filter: query.filter ?? {} };
    // A copy down to the attributes, so the caller's filter still says what was asked.
    const filter = { ...query.filter, attributes: query.filter?.attributes ? { ...query.filter.attributes } : undefined };
    const steps: [RelaxedFilter, () => boolean][] = [
      ['size', () => filter.attributes?.size !== undefined && delete filter.attributes.size],
      ['colour', () => filter.attributes?.colour !== undefined && delete filter.attributes.colour],
      ['price', () => (filter.minPrice ?? filter.maxPrice) !== undefined && delete filter.minPrice && delete filter.maxPrice],
      ['material', () => filter.attributes?.material !== undefined && delete filter.attributes.material],
      ['search', () => filter.onlyItems !== undefined && delete filter.onlyItems],
    ];
    const relaxed: RelaxedFilter[] = [];
    const { minPrice, maxPrice } = query.filter ?? {};
    for (const [name, relax] of steps) {
      if (neverRelax.includes(name) || !relax()) continue;
      relaxed.push(name);
      if (relaxed.includes('price') && (minPrice ?? maxPrice) !== undefined) {
        // "linen shirts under 40" with none under 40: the nearest prices first (found by chatting: a
        // $76.99 shirt came before the $42.00 one), from a wider pool than one list.
        const pool = await this.services.suggestions.suggest({ ...query, filter, k: PRICE_POOL });
        const away = (p: ProductSuggestion) => Math.max(0, (minPrice ?? -Infinity) - p.product.price, p.product.price - (maxPrice ?? Infinity));
        const nearest = pool.map((p, rank) => ({ p, rank })).sort((a, b) => away(a.p) - away(b.p) || a.rank - b.rank).map((x) => x.p);
        if (nearest.length) return { suggestions: nearest.slice(0, query.k ?? HOW_MANY), relaxed, filter };
        continue;
      }
      const next = await this.services.suggestions.suggest({ ...query, filter });
      if (next.length) return { suggestions: next, relaxed, filter };
    }
    return { suggestions: [], relaxed, filter };
  }
}

/**
 * The message without the words the filters already stand for (colours, materials, categories, sizes), so
 * a search for "blue jumpers" looks for jumpers and the colour filter, which can be relaxed, keeps
 * to blue; searched too, "blue" would pull in blue things that are not jumpers.
 */
function wordsBesideFilters(text: string, entities: Entities): string {
  const base = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/(es|s)$/, '');
  // Sizes too, with the word "size": "what about size L" searched "l" and found a 45 L backpack.
  const taken = new Set([...entities.colours, ...entities.materials, ...entities.categories, ...entities.sizes, ...(entities.sizes.length ? ['size'] : [])].flatMap((v) => v.split(/\s+/)).map(base));
  return text
    .split(/\s+/)
    .filter((word) => !taken.has(base(word)))
    .join(' ');
}

function introFor(mode: SuggestionQuery['mode'], anchor: Product | undefined, asked: SearchWords, relaxed: RelaxedFilter[]): string {
  if (relaxed.length) {
    const missing = asked.whole ? `couldn't find ${asked.whole} in stock` : `couldn't find an exact match`;
    const lead = mode === 'similar' ? `Items similar to the ${anchor!.name}: I` : mode === 'goes_with' ? `To go with the ${anchor!.name}, I` : 'I';
    return `${lead} ${missing}, so here are the closest, ${relaxed.map((r) => RELAXED_WORDS[r]).join(' and ')}:`;
  }
  switch (mode) {
    case 'similar':
      return `Here are items similar to the ${anchor!.name}.`;
    case 'goes_with':
      return `These go well with the ${anchor!.name}.`;
    case 'personal':
      return `Here are some picks for you${asked.afterPicks}.`;
    case 'trending':
      return `Here are some popular picks${asked.afterPicks}.`;
  }
}
