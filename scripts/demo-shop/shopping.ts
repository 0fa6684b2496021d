/**
 * How a customer picks what to buy: a category (their tastes, weighted by the season), a product in
 * it (popularity x price tier x style x colour), and often its goes-with partners in the same basket.
 */
import type { Catalog, CatalogEntry } from './catalog.ts';
import { CATEGORY_SPECS } from './catalogSpecs.ts';
import type { Taste } from './people.ts';
import type { Rng } from './random.ts';
import { DAY_MS, monthOf } from './time.ts';

export interface BasketLine {
  entry: CatalogEntry;
  quantity: number;
}

const SEASON = new Map(CATEGORY_SPECS.map((s) => [s.category, s.season]));
/** Weight of a customer's categories by rank; every other category keeps a little (impulse buys). */
const FAVOURITE_WEIGHTS = [7, 4, 2.5, 1.8];
const OTHER_CATEGORY_WEIGHT = 0.25;
/** Chance that an order with a grouped product also holds (some of) its group. */
const BUNDLE_CHANCE = 0.55;
const PARTNER_CHANCE = 0.75;

export function seasonality(category: string, ms: number): number {
  return SEASON.get(category)?.[monthOf(ms)] ?? 1;
}

export function categoryWeight(category: string, taste: Taste, ms: number): number {
  const rank = taste.categories.indexOf(category);
  const base = rank >= 0 ? FAVOURITE_WEIGHTS[Math.min(rank, FAVOURITE_WEIGHTS.length - 1)] : OTHER_CATEGORY_WEIGHT;
  return base * seasonality(category, ms);
}

/** How well a product suits a customer's price tier, style and colours (1 = neutral). */
export function tasteFit(entry: CatalogEntry, taste: Taste): number {
  const tierGap = Math.abs(entry.tier - taste.tier);
  const tier = tierGap === 0 ? 1 : tierGap === 1 ? 0.3 : 0.06;
  const style = entry.style === taste.style ? 2.5 : 1;
  const colour = entry.product.attributes.colour && taste.colours.includes(entry.product.attributes.colour) ? 2.5 : 1;
  return tier * style * colour;
}

/** Products a customer could buy at `ms`: listed at least a day before, and not a new arrival. */
export function availableAt(entries: CatalogEntry[], ms: number): CatalogEntry[] {
  return entries.filter((e) => !e.coldStart && e.availableFrom <= ms - DAY_MS);
}

/** `only` narrows the choice to some categories (the demo stories keep a customer to theirs). */
export function chooseCategory(catalog: Catalog, taste: Taste, ms: number, rng: Rng, only?: string[]): string {
  return rng.weighted(only ?? catalog.categories, (c) => categoryWeight(c, taste, ms));
}

export function chooseProduct(candidates: CatalogEntry[], taste: Taste, rng: Rng): CatalogEntry | undefined {
  if (candidates.length === 0) return undefined;
  return rng.weighted(candidates, (e) => e.popularity * tasteFit(e, taste));
}

/** Goes-with partners of `entry` that are on sale at `ms` (one of its groups, drawn at random). */
export function partnersOf(catalog: Catalog, entry: CatalogEntry, ms: number, rng: Rng): CatalogEntry[] {
  if (entry.groups.length === 0) return [];
  const group = catalog.groups[rng.pick(entry.groups)];
  return group.productIds
    .filter((id) => id !== entry.product.id)
    .map((id) => catalog.byId.get(id)!)
    .filter((e) => !e.coldStart && e.availableFrom <= ms - DAY_MS);
}

export function quantityFor(entry: CatalogEntry, rng: Rng): number {
  if (entry.multiples) return rng.weighted([1, 2, 3], (q) => [0.7, 0.22, 0.08][q - 1]);
  return rng.chance(0.04) ? 2 : 1;
}

/**
 * One order's lines. `restock` are consumables the customer bought before (coffee, tea, skincare):
 * people re-order the beans they liked.
 */
export function buildBasket(
  catalog: Catalog,
  taste: Taste,
  ms: number,
  rng: Rng,
  restock: CatalogEntry[] = [],
  only?: string[],
): BasketLine[] {
  const picked: CatalogEntry[] = [];
  const add = (entry: CatalogEntry | undefined) => {
    if (entry && !picked.includes(entry)) picked.push(entry);
  };
  if (restock.length && rng.chance(0.3)) add(rng.pick(restock));
  else {
    const category = chooseCategory(catalog, taste, ms, rng, only);
    add(chooseProduct(availableAt(catalog.byCategory.get(category)!, ms), taste, rng));
  }
  const anchor = picked[0];
  if (anchor && rng.chance(BUNDLE_CHANCE)) {
    for (const partner of partnersOf(catalog, anchor, ms, rng)) if (rng.chance(PARTNER_CHANCE)) add(partner);
  }
  if (rng.chance(0.25)) {
    const category = chooseCategory(catalog, taste, ms, rng, only);
    add(chooseProduct(availableAt(catalog.byCategory.get(category)!, ms), taste, rng));
  }
  return picked.map((entry) => ({ entry, quantity: quantityFor(entry, rng) }));
}
