/**
 * Turns the range plan (catalogSpecs.ts) into products, with the hidden traits the simulation uses:
 * price tier, style, popularity (Zipf within each category) and goes-with groups. The traits are
 * what makes the interactions learnable: customers prefer a tier, a style and colours, and buy
 * a group's products together.
 */
import type { Product, ProductAttributes } from '../../src/shop/types.ts';
import { bookAuthor, bookTitles } from './bookTitles.ts';
import { CATEGORY_SPECS, GOES_WITH, type CategorySpec, type ProductTypeSpec } from './catalogSpecs.ts';
import type { Rng } from './random.ts';
import { CLOCK_STOPS_MS, DAY_MS, HISTORY_START_MS, iso, toSecond } from './time.ts';

export const STYLES = ['classic', 'modern', 'rustic', 'minimal'] as const;
export type Style = (typeof STYLES)[number];
/** 0 budget, 1 mid-range, 2 premium. */
export type Tier = 0 | 1 | 2;

export interface CatalogEntry {
  product: Product;
  category: string;
  role?: string;
  tier: Tier;
  style: Style;
  /** Relative demand within its category (Zipf over a random rank). */
  popularity: number;
  multiples: boolean;
  /** New arrivals added in the last days: no interactions at all (the recommender's cold start). */
  coldStart: boolean;
  /** Timestamp (ms) from which customers can see and buy it. */
  availableFrom: number;
  /** Indexes into Catalog.groups. */
  groups: number[];
}

export interface Catalog {
  entries: CatalogEntry[];
  byId: Map<string, CatalogEntry>;
  byCategory: Map<string, CatalogEntry[]>;
  /** Goes-with groups: product ids bought together. */
  groups: { template: string; productIds: string[] }[];
  categories: string[];
}

const ZIPF_EXPONENT = 1.25;
const COLD_START_PRODUCTS = 18;
const CATALOG_START_MS = Date.UTC(2023, 8, 1);

interface Draft extends Omit<CatalogEntry, 'product' | 'groups'> {
  name: string;
  description: string;
  tags: string[];
  price: number;
  stock: number;
  attributes: ProductAttributes;
}

export function buildCatalog(rng: Rng): Catalog {
  const drafts = CATEGORY_SPECS.flatMap((spec) => draftCategory(spec, rng.fork(`catalog:${spec.category}`)));
  markColdStart(drafts, rng.fork('catalog:cold-start'));
  // Product numbers follow the order products were added, as a shop's own numbering would.
  const sorted = [...drafts].sort((a, b) => a.availableFrom - b.availableFrom || compare(a.name, b.name));
  const entries: CatalogEntry[] = sorted.map((d, index) => {
    const id = `P${String(index + 1).padStart(4, '0')}`;
    const { name, description, tags, price, stock, attributes, ...traits } = d;
    return {
      ...traits,
      groups: [],
      product: {
        id,
        name,
        description,
        category: d.category,
        tags,
        price,
        stock,
        attributes,
        image: `/images/products/${id}.svg`,
        createdAt: iso(d.availableFrom),
      },
    };
  });
  const byCategory = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const list = byCategory.get(entry.category) ?? [];
    list.push(entry);
    byCategory.set(entry.category, list);
  }
  const catalog: Catalog = {
    entries,
    byId: new Map(entries.map((e) => [e.product.id, e])),
    byCategory,
    groups: [],
    categories: CATEGORY_SPECS.map((s) => s.category),
  };
  buildGoesWithGroups(catalog, rng.fork('catalog:goes-with'));
  return catalog;
}

function draftCategory(spec: CategorySpec, rng: Rng): Draft[] {
  const pools = spec.types.map((type) => ({ type, names: candidateNames(spec, type, rng) }));
  const used = new Set<string>();
  const drafts: Draft[] = [];
  while (drafts.length < spec.count) {
    const open = pools.filter((p) => p.names.length > 0);
    if (open.length === 0) throw new Error(`${spec.category}: only ${drafts.length} distinct names for ${spec.count} products`);
    const pool = rng.weighted(open, (p) => p.type.share ?? 1);
    const candidate = pool.names.pop()!;
    if (used.has(candidate.name)) continue;
    used.add(candidate.name);
    drafts.push(draftProduct(spec, pool.type, candidate, rng));
  }
  // Zipf popularity over a random rank: a few products in each category sell most.
  rng.shuffle(drafts.map((_, i) => i)).forEach((draftIndex, rank) => {
    drafts[draftIndex].popularity = 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
  });
  return drafts;
}

interface NameCandidate {
  name: string;
  colour?: string;
  material?: string;
  variant?: string;
  modifier?: string;
}

/** Every name the type's template can produce, shuffled; colour/material/variant fill the template. */
function candidateNames(spec: CategorySpec, type: ProductTypeSpec, rng: Rng): NameCandidate[] {
  const uses = (part: string) => type.name.includes(`{${part}}`);
  const orNone = <T>(values: T[] | undefined): (T | undefined)[] => (values && values.length ? values : [undefined]);
  const colours = orNone(type.colours ?? spec.colours);
  const materials = orNone(type.materials);
  const variants = orNone(type.variants);
  const modifiers = uses('mod') ? orNone(spec.modifiers) : [undefined];
  if (spec.category === 'books') {
    const genre = type.variants![0];
    return bookTitles(genre, rng).map((title) => ({ name: title, variant: genre, material: rng.pick(type.materials!) }));
  }
  const out: NameCandidate[] = [];
  for (const modifier of modifiers)
    for (const colour of uses('colour') ? colours : [undefined])
      for (const material of uses('material') ? materials : [undefined])
        for (const variant of uses('variant') ? variants : [undefined]) {
          const name = type.name
            .replace('{mod}', modifier ?? '')
            .replace('{colour}', colour ? titleCase(colour) : '')
            .replace('{material}', material ? titleCase(material) : '')
            .replace('{variant}', variant ?? '')
            .replace(/\s+/g, ' ')
            .trim();
          out.push({
            name,
            modifier,
            variant,
            // Parts not in the name are still drawn, so every shirt has a colour and a material.
            colour: colour ?? (uses('colour') ? undefined : pickOrUndefined(type.colours ?? spec.colours, rng)),
            material: material ?? pickOrUndefined(type.materials, rng),
          });
        }
  return rng.shuffle(out);
}

function draftProduct(spec: CategorySpec, type: ProductTypeSpec, candidate: NameCandidate, rng: Rng): Draft {
  const tier = rng.weighted([0, 1, 2] as Tier[], (t) => [0.35, 0.4, 0.25][t]);
  const style = rng.pick(STYLES);
  const attributes: ProductAttributes = {};
  if (candidate.colour) attributes.colour = candidate.colour;
  if (type.sizes?.length) attributes.size = rng.pick(type.sizes);
  const isBook = spec.category === 'books';
  let author = '';
  if (isBook) {
    author = bookAuthor(rng);
    attributes.format = candidate.material;
    attributes.author = author;
  } else if (candidate.material) attributes.material = candidate.material;
  if (spec.category === 'coffee' && candidate.modifier) attributes.roast = candidate.modifier.replace(' Roast', '').toLowerCase();

  const availableFrom = rng.chance(0.82)
    ? toSecond(rng.float(CATALOG_START_MS, HISTORY_START_MS))
    : toSecond(rng.float(HISTORY_START_MS, CLOCK_STOPS_MS - 20 * DAY_MS));
  const stock = rng.chance(0.07) ? 0 : rng.chance(0.12) ? rng.int(1, 5) : rng.int(6, 240);
  const tags = dedupe([
    ...spec.tags,
    ...(type.tags ?? []),
    ...(candidate.colour ? [candidate.colour] : []),
    ...(candidate.material && !isBook ? [candidate.material] : []),
    ...(isBook ? [candidate.variant === 'children' ? 'children\'s book' : candidate.variant!] : []),
    style,
  ]);
  return {
    name: candidate.name,
    description: describe(spec, type, candidate, attributes, tier, author, rng),
    tags,
    price: priceFor(type.price, tier, rng),
    stock,
    attributes,
    category: spec.category,
    role: type.role,
    tier,
    style,
    popularity: 1,
    multiples: Boolean(type.multiples),
    coldStart: false,
    availableFrom,
  };
}

const TIER_LINES: string[][] = [
  ['Great everyday value.', 'A dependable basic at a friendly price.', 'Simple, sturdy and affordable.'],
  ['A customer favourite.', 'Made to be used every day.', 'Well made, fairly priced.'],
  ['Premium quality, built to last for years.', 'Our finest version, made in small batches.', 'Made with the best materials we could find.'],
];

function describe(spec: CategorySpec, type: ProductTypeSpec, c: NameCandidate, attributes: ProductAttributes, tier: Tier, author: string, rng: Rng): string {
  const parts = [type.about];
  if (spec.category === 'books') parts.push(`By ${author}, in ${c.material}.`);
  else if (c.material && c.colour) parts.push(`Made of ${c.material} in ${c.colour}.`);
  else if (c.material) parts.push(`Made of ${c.material}.`);
  else if (c.colour) parts.push(`Finished in ${c.colour}.`);
  if (attributes.roast) parts.push(`A ${attributes.roast} roast.`);
  if (attributes.size) parts.push(`Size ${/^(x?[sml]|xl|a\d)$/.test(attributes.size) ? attributes.size.toUpperCase() : attributes.size}.`);
  parts.push(rng.pick(TIER_LINES[tier]));
  return parts.join(' ');
}

/** A shelf price inside the type's range for the tier, ending .99 or .00 like real price tags. */
function priceFor([min, max]: [number, number], tier: Tier, rng: Rng): number {
  const fraction = (tier + rng.next()) / 3;
  const dollars = Math.max(1, Math.round(min + fraction * (max - min)));
  const cents = dollars < 20 ? dollars * 100 - 1 : rng.chance(0.7) ? dollars * 100 - 1 : dollars * 100;
  return cents / 100;
}

function markColdStart(drafts: Draft[], rng: Rng): void {
  for (const draft of rng.sample(drafts, COLD_START_PRODUCTS)) {
    draft.coldStart = true;
    draft.availableFrom = toSecond(CLOCK_STOPS_MS - rng.float(1, 12) * DAY_MS);
  }
}

/**
 * Goes-with groups, per template (outfit, coffee set-up, ...): the first role's product is drawn by
 * popularity, the others prefer the same style and a close price tier, so a group looks chosen.
 * A product joins at most two groups.
 */
function buildGoesWithGroups(catalog: Catalog, rng: Rng): void {
  const byRole = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.entries) {
    if (!entry.role || entry.coldStart) continue;
    byRole.set(entry.role, [...(byRole.get(entry.role) ?? []), entry]);
  }
  const open = (role: string) => (byRole.get(role) ?? []).filter((e) => e.groups.length < 2);
  for (const template of GOES_WITH) {
    for (let g = 0; g < template.groups; g++) {
      const firsts = open(template.roles[0]);
      if (firsts.length === 0) break;
      const first = rng.weighted(firsts, (e) => Math.sqrt(e.popularity));
      const members = [first];
      for (const role of template.roles.slice(1)) {
        const candidates = open(role).filter((e) => !members.includes(e));
        if (candidates.length === 0) continue;
        members.push(
          rng.weighted(candidates, (e) => Math.sqrt(e.popularity) * (e.style === first.style ? 3 : 1) * (Math.abs(e.tier - first.tier) <= 1 ? 1 : 0.2)),
        );
      }
      if (members.length < 2) continue;
      const index = catalog.groups.length;
      catalog.groups.push({ template: template.name, productIds: members.map((m) => m.product.id) });
      for (const m of members) m.groups.push(index);
    }
  }
}

function pickOrUndefined<T>(values: T[] | undefined, rng: Rng): T | undefined {
  return values && values.length ? rng.pick(values) : undefined;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

/** Code-unit order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
