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
import { describeSearch } from './describeSearch.ts';
import { DialogIds } from './dialogIds.ts';
import { money } from './format.ts';
import { giftRecipient, isForChildren, mentionsGift, withoutGiftWords } from './giftRecipient.ts';
import { ListFollowUps } from './listFollowUps.ts';
import { asksForDetails, pickFromList, pointsBack, productAskedAbout } from './listPicks.ts';
import { HOW_MANY, introFor, ProductLists, wordsBesideFilters } from './productLists.ts';
import { relativePrice } from './relativePrice.ts';
import { asksForMore, asksToNarrow, isShortFollowUp } from './searchRefinement.ts';
import { asksOtherColours, asksToCompare, colourVariants } from './productVariants.ts';
import type { DialogServices, SuggestionQuery } from './services.ts';
import { correctionOf } from './messagePhrases.ts';
import { getTurnInfo } from './turnInfo.ts';

/** The words of asking for a match, which say nothing about the product ("goes" is in a book's title). */
const ASKING_FOR_A_MATCH = /\b(what|which|goes|go|going|well|with|like|similar|to|match(es)?|wear|pair)\b/gi;
/** Nouns of a product question that name no product. */
const NOT_A_PRODUCT = new Set([
  'colour', 'colours', 'color', 'colors', 'size', 'sizes', 'work', 'style', 'styles', 'price', 'prices', 'thing', 'things', 'stuff',
  'kind', 'kinds', 'type', 'types', 'range', 'quality', 'options', 'option', 'ones', 'one', 'stock', 'sale', 'deal', 'deals', 'brand', 'brands',
]);

export interface ProductQuestionOptions {
  intent?: string;
}

export class ProductSuggestionsDialog extends Dialog<ProductQuestionOptions> {
  private readonly lists: ProductLists;
  private readonly followUps: ListFollowUps;

  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.productSuggestions);
    this.lists = new ProductLists(services, facts);
    this.followUps = new ListFollowUps(services, facts, this.lists);
  }

  /** `options.intent`: the intent the main dialog settled on, when it read the message differently from the classifier. */
  override async beginDialog(dc: DialogContext, options?: ProductQuestionOptions): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    if (!info) return dc.endDialog();
    const { entities } = info.recognition;
    const intent = options?.intent ?? info.recognition.intent;
    const customerId = info.customer?.preferences.personalization === false ? undefined : info.customer?.id;
    const facts = await this.facts.get(dc.context, newFacts());
    const said = correctionOf(info.text) ?? info.text;
    const askedAbout = productAskedAbout(said, facts.lastSuggestedProductIds, facts.lastListAtMessage === info.mood.messages - 1);
    const detailed = askedAbout ? await this.services.catalog.getProduct(askedAbout) : undefined;
    if (detailed) {
      facts.lastProductId = detailed.id;
      // The list stays the one "3" picks from next (found by chatting: "2" then "3" got the fallback).
      facts.lastListAtMessage = info.mood.messages;
      await this.followUps.describe(dc, detailed);
      return dc.endDialog();
    }
    if (facts.lastSearch && asksForMore(info.text)) {
      await this.followUps.more(dc, facts.lastSearch, facts.lastSuggestedProductIds, customerId, info.customer?.id);
      return dc.endDialog();
    }
    const direction = relativePrice(dc.context.activity.text ?? '');
    if (direction && (await this.followUps.byRelativePrice(dc, direction, entities, customerId, info.customer?.id))) return dc.endDialog();
    if (!direction && asksToNarrow(said, entities) && (await this.followUps.narrow(dc, entities, customerId, info.customer?.id))) {
      return dc.endDialog();
    }
    let anchors = await this.anchorProducts(dc, entities);
    if (anchors.length >= 2 && asksToCompare(said)) {
      await this.followUps.compare(dc, anchors);
      return dc.endDialog();
    }
    if (anchors.length && (dc.context.activity.value as { clicked?: string } | undefined)?.clicked) {
      this.services.recordInteraction(info.customer?.id, anchors[0].id, 'suggestion_clicked', info.conversationId);
    }

    // "what's it made of?": the product's details (found by chatting: it asked for an order number). After a
    // list, "it" is its only item, else the customer picks one.
    if (asksForDetails(info.text)) {
      const listed = anchors.length ? [] : await this.productsListed(facts.lastSuggestedProductIds);
      const product = anchors[0] ?? (listed.length === 1 ? listed[0] : undefined);
      if (product) {
        await this.followUps.describe(dc, product, info.text);
        return dc.endDialog();
      }
      if (listed.length) {
        await this.services.present.text(
          dc.context,
          'Which one do you mean?',
          listed.slice(0, 5).map((p) => ({ title: p.name, intent: 'price_stock', data: { productId: p.id } })),
        );
        return dc.endDialog();
      }
    }
    // One product is the subject (just asked about, no list since): "how many left", "any other colours?",
    // "grey?" are about it (found by chatting: each got the popular picks).
    const subject =
      anchors[0] ??
      (facts.lastSearch === undefined && facts.lastProductId && !entities.categories.length && !entities.products.length
        ? await this.services.catalog.getProduct(facts.lastProductId)
        : undefined);
    if (subject && asksOtherColours(said)) {
      await this.answerOtherColours(dc, subject, customerId);
      return dc.endDialog();
    }
    const colourOnly = !anchors.length && entities.colours.length === 1 && !entities.categories.length && !entities.products.length && isShortFollowUp(said);
    // "grey?" right after a list with one grey item (the other colours of a product): that item.
    const justListed = facts.lastListAtMessage === info.mood.messages - 1;
    const listedInColour =
      colourOnly && !subject && justListed && !facts.lastSearch
        ? (await this.productsListed(facts.lastSuggestedProductIds)).filter((p) => p.attributes.colour?.toLowerCase() === entities.colours[0].toLowerCase())
        : [];
    if (listedInColour.length === 1) {
      facts.lastProductId = listedInColour[0].id;
      await this.answerPriceAndStock(dc, listedInColour[0], customerId);
      return dc.endDialog();
    }
    if (subject && colourOnly) {
      const variant = colourVariants(subject, await this.services.catalog.listProducts()).find((p) => p.attributes.colour?.toLowerCase() === entities.colours[0].toLowerCase());
      if (variant) facts.lastProductId = variant.id;
      await this.answerPriceAndStock(dc, variant ?? subject, customerId, variant ? undefined : { attributes: { colour: entities.colours[0] } });
      return dc.endDialog();
    }
    if (intent === 'price_stock' && subject) {
      await this.answerPriceAndStock(dc, subject, customerId, await this.lists.filterFrom(entities, info.customer?.id, anchors));
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
      // "similar items" right after one product's details, or after a one-item list: that product (found by
      // chatting: it asked "Which product do you mean?" offering the only one).
      const listed = await this.productsListed(facts.lastSuggestedProductIds.slice(0, 3));
      const meant = (await this.services.catalog.getProduct(facts.lastProductId ?? '')) ?? (listed.length === 1 ? listed[0] : undefined);
      if (best) {
        anchors = [best];
        tookAs = `I took “${found.matchedWords.join(' ')}” to mean the ${best.name}. `;
      } else if (meant) {
        anchors = [meant];
      } else {
        // After a list, offer its first items: "what goes with it" is a fair question about any of them.
        await this.services.present.text(
          dc.context,
          `Which product do you mean? Tell me its name, for example "something like the blue linen shirt"${listed.length ? ', or pick one' : ''}.`,
          listed.map((p) => ({ title: p.name, intent, data: { productId: p.id } })),
        );
        return dc.endDialog();
      }
      facts.lastProductId = anchors[0].id;
    }
    const mode: SuggestionQuery['mode'] =
      intent === 'similar_items' && anchors.length ? 'similar' : intent === 'goes_with' && anchors.length ? 'goes_with' : customerId ? 'personal' : 'trending';
    const filter = await this.lists.filterFrom(entities, info.customer?.id, anchors);
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
        // "coffee grinders": the thing searched for wins over a category word describing it (found by
        // chatting: the grinders are kitchen goods, and "coffee" filtered them all out).
        if (filter.categories?.length && !(await this.anyInCategories(found.itemIds, filter.categories))) filter.categories = undefined;
      } else if (intent === 'product_search' && !filter.categories?.length) {
        // Only a thing that could be sold: "trousers for work" and "what colour" are no missing products
        // (found by chatting: "I couldn't find “work” in our shop, so here are some popular picks: trousers").
        notSold = found.unmatchedNouns.filter((noun) => !NOT_A_PRODUCT.has(noun.toLowerCase()));
      }
    }
    await this.narrowToRecipient(filter, dc.context.activity.text ?? '');
    // A thing searched for by name stays in even if the customer bought one (found by chatting: "do you
    // have a vitamin c serum?" found nothing for a customer who had bought it).
    const keepBought = filter.onlyItems !== undefined && searchWords.length > 0;
    const query: SuggestionQuery = { customerId, mode, anchorProductIds: anchors.map((p) => p.id), filter, k: HOW_MANY, keepBought };
    const found = await this.lists.suggestWithRelaxing(query);
    const { relaxed } = found;
    const suggestions = await this.lists.sameKindFirst(query, anchors[0], found.suggestions);
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
    await this.lists.show(dc, suggestions, intro, info.customer?.id, search);
    return dc.endDialog(suggestions);
  }

  private async productsListed(ids: readonly string[]): Promise<Product[]> {
    return (await Promise.all(ids.map((id) => this.services.catalog.getProduct(id)))).filter((p): p is Product => p !== undefined);
  }

  private async anyInCategories(ids: readonly string[], categories: readonly string[]): Promise<boolean> {
    const wanted = new Set(categories.map((c) => c.toLowerCase()));
    const products = await Promise.all(ids.map((id) => this.services.catalog.getProduct(id)));
    return products.some((p) => p !== undefined && wanted.has(p.category.toLowerCase()));
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

  /** "any other colours?" about one product: the same product in the catalog's other colours. */
  private async answerOtherColours(dc: DialogContext, product: Product, customerId?: string): Promise<void> {
    const variants = colourVariants(product, await this.services.catalog.listProducts());
    const colour = product.attributes.colour;
    if (!variants.length) {
      await dc.context.sendActivity(`The ${product.name} comes in ${colour ?? 'one colour'} only.`);
      return;
    }
    const inStock = variants.filter((p) => p.stock > 0);
    const colours = variants.map((p) => `${p.attributes.colour}${p.stock > 0 ? '' : ' (out of stock)'}`);
    const list = colours.length > 1 ? `${colours.slice(0, -1).join(', ')} and ${colours.at(-1)}` : colours[0];
    await this.lists.show(
      dc,
      (inStock.length ? inStock : variants)
        .slice(0, HOW_MANY)
        .map((p) => ({ product: p, reason: { kind: 'similar_to' as const, text: `The ${product.name} in ${p.attributes.colour}`, anchorItemId: product.id } })),
      `Besides ${colour}, the ${product.name.replace(new RegExp(`\\b${colour}\\s+`, 'i'), '')} comes in ${list}:`,
      customerId,
    );
  }

  /**
   * `asked`: the filter from the message; a colour or size in it that the product does not come in is
   * said ("is the Slim-Fit Blue Linen Shirt in size L?" was answered "in stock": it comes in M only),
   * with similar items that do.
   */
  private async answerPriceAndStock(dc: DialogContext, product: Product, customerId?: string, asked?: SuggestionFilter): Promise<void> {
    // One product is the subject now: "any cheaper?" means cheaper than it, not than an earlier list
    // (found by chatting: it compared with a list shown before).
    (await this.facts.get(dc.context, newFacts())).lastSearch = undefined;
    const symbol = this.services.shop.info.currencySymbol;
    const stock =
      product.stock > 10 ? 'in stock' : product.stock > 0 ? `in stock (only ${product.stock} left)` : 'out of stock at the moment';
    const wanted = Object.entries(asked?.attributes ?? {}).filter(([key]) => key === 'colour' || key === 'size');
    const other = wanted.filter(([key, value]) => (product.attributes[key] ?? value).toLowerCase() !== value.toLowerCase());
    if (other.length) {
      const askedFor = other.map(([key, value]) => (key === 'size' ? `size ${value.toUpperCase()}` : value)).join(' ');
      // Listed as products of their own, its other colours are the answer too ("the Silk Tie comes in
      // black, green, grey, navy and red, not in purple").
      const variants = other.some(([key]) => key === 'colour') ? colourVariants(product, await this.services.catalog.listProducts()) : [];
      const inAskedColour = other.length === 1 && other[0][0] === 'colour' ? variants.find((p) => p.attributes.colour?.toLowerCase() === other[0][1].toLowerCase()) : undefined;
      if (inAskedColour) {
        // "is the Blue Linen Shirt in white?": the White Linen Shirt is that shirt in white.
        (await this.facts.get(dc.context, newFacts())).lastProductId = inAskedColour.id;
        await this.answerPriceAndStock(dc, inAskedColour, customerId);
        return;
      }
      if (variants.length && other.every(([key]) => key === 'colour')) {
        const colours = [product, ...variants].map((p) => p.attributes.colour!).sort();
        const generic = product.name.replace(new RegExp(`\\b${product.attributes.colour}\\s+`, 'i'), '');
        await dc.context.sendActivity(`The ${generic} comes in ${colours.slice(0, -1).join(', ')} and ${colours.at(-1)}, not in ${askedFor}.`);
      } else {
        const comesIn = other.map(([key]) => (key === 'size' ? `size ${(product.attributes[key] ?? '').toUpperCase()}` : product.attributes[key])).join(', ');
        await dc.context.sendActivity(`The ${product.name} (${money(product.price, symbol)}) comes in ${comesIn} only, not in ${askedFor}.`);
      }
      const query: SuggestionQuery = { customerId, mode: 'similar', anchorProductIds: [product.id], filter: { inStockOnly: true, attributes: Object.fromEntries(other) }, k: 3 };
      const alike = (await this.lists.sameKindFirst(query, product, await this.services.suggestions.suggest(query))).slice(0, 3);
      if (alike.length) await this.lists.show(dc, alike, `Similar items in ${askedFor}:`, customerId);
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
      if (similar.length) await this.lists.show(dc, similar, 'These similar items are in stock:', customerId);
      // Still the subject: "what other colours does it come in?" is about it, not the list (found by chatting).
      (await this.facts.get(dc.context, newFacts())).lastProductId = product.id;
    }
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
    if (!ids.length && facts.lastProductId && pointsBack(text)) ids = [facts.lastProductId];
    const products = (await Promise.all(ids.map((id) => this.services.catalog.getProduct(id)))).filter(
      (p): p is Product => p !== undefined,
    );
    if (products[0]) facts.lastProductId = products[0].id;
    return products;
  }
}
