/**
 * The same product in other colours. Shops list each colour as a product of its own ("Black Silk Tie",
 * "Grey Silk Tie"), so "any other colours?" about one product means the products whose names differ
 * from its name by the colour alone (found by chatting: it asked "which product do you mean?" and
 * offered a moisturiser, and "grey?" listed grey shirts and blankets instead of the grey tie).
 */
import type { Product } from '../src/shop/types.ts';

/** "any other colours?", "what colours does it come in", "does it come in other colors". */
const OTHER_COLOURS =
  /\b(?:(?:other|different|what|which|more|any|all the|available)\s+colou?rs?|come[s]?\s+in\s+(?:any\s+|other\s+|different\s+)?colou?rs?|colou?rs?\s+(?:does|do|is|are)\s+(?:it|they|that|this)\s+(?:come\s+in|available|have)|in\s+(?:any\s+)?other\s+colou?rs?)\b/i;

export function asksOtherColours(text: string): boolean {
  return OTHER_COLOURS.test(text);
}

/** A product's name without its colour word: "Black Silk Tie" -> "silk tie". */
function nameWithoutColour(product: Product): string {
  const colour = product.attributes.colour?.toLowerCase();
  const words = product.name.toLowerCase().split(/\s+/);
  return (colour ? words.filter((w) => w !== colour) : words).join(' ');
}

/** The other colours of `product` in `catalog`, same category, in the catalog's order. */
export function colourVariants(product: Product, catalog: readonly Product[]): Product[] {
  const colour = product.attributes.colour?.toLowerCase();
  if (!colour) return [];
  const base = nameWithoutColour(product);
  return catalog.filter(
    (p) =>
      p.id !== product.id &&
      p.category === product.category &&
      p.attributes.colour !== undefined &&
      p.attributes.colour.toLowerCase() !== colour &&
      nameWithoutColour(p) === base,
  );
}

/** "which is better, X or Y?", "difference between X and Y", "X vs Y", "compare X and Y". */
const COMPARE = /\b(?:better|best|difference|differ|different|compare|comparison|vs\.?|versus|or the)\b/i;

export function asksToCompare(text: string): boolean {
  return COMPARE.test(text);
}
