/**
 * What every product list shares: the filter a message asks for, asking with it and relaxing it one
 * filter at a time, the same kind of thing first for "similar", saying what a relaxed list is, and
 * showing the list (remembering it and how it was found, for the follow-ups in listFollowUps.ts).
 */
import type { DialogContext } from 'botbuilder-dialogs';
import type { Entities } from '../src/nlu/types.ts';
import type { SuggestionFilter } from '../src/recommender/types.ts';
import type { Product } from '../src/shop/types.ts';
import { type FactsAccessor, type LastSearch, newFacts } from './conversationFacts.ts';
import { RELAXED_WORDS, type RelaxedFilter, type SearchWords } from './describeSearch.ts';
import type { DialogServices, ProductSuggestion, SuggestionQuery } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

export const HOW_MANY = 5;
/** Candidates read when a price limit is dropped, to show the nearest prices rather than the top-ranked. */
const PRICE_POOL = 50;

export interface RelaxedResult {
  suggestions: ProductSuggestion[];
  relaxed: RelaxedFilter[];
  /** The filter the suggestions were found with (the asked one less what was relaxed). */
  filter: SuggestionFilter;
}

export class ProductLists {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {}

  /** `search`: how the list was found, for "cheaper ones" next; none for alternatives to one product. */
  async show(dc: DialogContext, suggestions: ProductSuggestion[], intro: string, customerId?: string, search?: LastSearch): Promise<void> {
    await this.services.present.products(dc.context, intro, suggestions);
    const facts = await this.facts.get(dc.context, newFacts());
    facts.lastSuggestedProductIds = suggestions.map((s) => s.product.id);
    facts.lastSearch = search;
    // A new list that is not about the product talked about last ("mugs" after the Black Chelsea Boots):
    // "what's it made of?" now means one of the list, not that product (found by chatting).
    if (facts.lastProductId && !search?.anchorProductIds.includes(facts.lastProductId)) facts.lastProductId = undefined;
    facts.lastListAtMessage = getTurnInfo(dc.context)?.mood.messages;
    for (const s of suggestions) this.services.recordInteraction(customerId, s.product.id, 'suggestion_shown');
  }

  /**
   * "something like the Rose Bath Salts" means the same kind of thing first (found by chatting: the
   * list held a table lamp and a duvet cover, bought by the same people); those come after.
   */
  async sameKindFirst(query: SuggestionQuery, anchor: Product | undefined, suggestions: ProductSuggestion[]): Promise<ProductSuggestion[]> {
    if (query.mode !== 'similar' || query.filter?.categories?.length || !anchor) return suggestions;
    const sameKind = await this.services.suggestions.suggest({ ...query, filter: { ...query.filter, categories: [anchor.category], maxPerCategory: undefined } });
    const first = new Set(sameKind.map((s) => s.product.id));
    return [...sameKind, ...suggestions.filter((s) => !first.has(s.product.id))].slice(0, HOW_MANY);
  }

  /**
   * `anchors`: the products the message names. Their own words are no filter: "something like the Blue
   * Linen Shirt" asks for nothing blue or linen (found by chatting: it said "I couldn't find anything
   * in blue linen"), while "the Blue Linen Shirt but in white" asks for white.
   */
  async filterFrom(entities: Entities, customerId?: string, anchors: readonly Product[] = []): Promise<SuggestionFilter> {
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
  async suggestWithRelaxing(
    query: SuggestionQuery,
    neverRelax: readonly RelaxedFilter[] = [],
  ): Promise<RelaxedResult> {
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
export function wordsBesideFilters(text: string, entities: Entities): string {
  const base = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/(es|s)$/, '');
  // Sizes too, with the word "size": "what about size L" searched "l" and found a 45 L backpack.
  const taken = new Set([...entities.colours, ...entities.materials, ...entities.categories, ...entities.sizes, ...(entities.sizes.length ? ['size'] : [])].flatMap((v) => v.split(/\s+/)).map(base));
  return text
    .split(/\s+/)
    .filter((word) => !taken.has(base(word)))
    .join(' ');
}

export function introFor(mode: SuggestionQuery['mode'], anchor: Product | undefined, asked: SearchWords, relaxed: RelaxedFilter[]): string {
  if (relaxed.length) {
    const missing = asked.whole ? `couldn't find ${asked.whole} in stock` : `couldn't find an exact match`;
    const lead = mode === 'similar' ? `Items similar to the ${anchor!.name}: I` : mode === 'goes_with' ? `To go with the ${anchor!.name}, I` : 'I';
    return `${lead} ${missing}, so here are the closest, ${relaxed.map((r) => RELAXED_WORDS[r]).join(' and ')}:`;
  }
  switch (mode) {
    // "in black" after the product: what was asked beside it ("similar to the Navy Parka in black").
    case 'similar':
      return `Here are items similar to the ${anchor!.name}${asked.afterPicks}.`;
    case 'goes_with':
      return `These go well with the ${anchor!.name}${asked.afterPicks}.`;
    case 'personal':
      return `Here are some picks for you${asked.afterPicks}.`;
    case 'trending':
      return `Here are some popular picks${asked.afterPicks}.`;
  }
}
