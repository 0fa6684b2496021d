/** Invented book titles and authors for the demo's books, by genre (no real books are named). */
import type { Rng } from './random.ts';

const ADJECTIVES = ['Quiet', 'Silver', 'Hidden', 'Last', 'Winter', 'Golden', 'Salt', 'Distant', 'Paper', 'Little', 'Burning', 'Glass', 'Northern', 'Evening', 'Wild'];
const NOUNS = ['Harbour', 'Orchard', 'Lighthouse', 'Garden', 'River', 'Archive', 'Season', 'Letters', 'Island', 'Station', 'Summer', 'House', 'Map', 'Tide', 'Clockmaker'];
const CUISINES = ['Mediterranean', 'Weeknight', 'Vegetable', 'Bread', 'Pasta', 'One-Pan', 'Slow Cooker', 'Baking', 'Breakfast', 'Soup'];
const COOK_PATTERNS = ['{c} at Home', 'Simply {c}', 'The {c} Table', 'Everyday {c}', '{c} for Friends'];
const ANIMALS = ['Fox', 'Bear', 'Owl', 'Hedgehog', 'Rabbit', 'Otter', 'Mouse', 'Badger', 'Duckling', 'Moose'];
const KID_PATTERNS = ['Goodnight, Little {a}', 'The {a} Who Could Not Sleep', '{a} Goes to the Sea', 'Where Is {a}?', 'A Hat for {a}', 'The Brave Little {a}'];
const REGIONS = ['the Cascades', 'the Appalachians', 'the Rockies', 'the Sierra Nevada', 'New England', 'the Smoky Mountains', 'the Desert Southwest', 'the Great Lakes'];
const GUIDE_PATTERNS = ['Day Hikes of {r}', 'Trails of {r}', 'Walking {r}', 'Camping in {r}'];
const FIRST = ['Maren', 'Tobias', 'Ines', 'Callum', 'Priya', 'Otto', 'Lena', 'Rafael', 'Noor', 'Elliot', 'June', 'Soren'];
const LAST = ['Hale', 'Okafor', 'Lindqvist', 'Marsh', 'Castellano', 'Brightwater', 'Novak', 'Ashby', 'Delacroix', 'Penhallow', 'Ferris', 'Quill'];

function candidates(genre: string): string[] {
  switch (genre) {
    case 'novel':
      return ADJECTIVES.flatMap((a) => NOUNS.flatMap((n) => [`The ${a} ${n}`, `${a} ${n}`]));
    case 'cookbook':
      return CUISINES.flatMap((c) => COOK_PATTERNS.map((p) => p.replace('{c}', c)));
    case 'children':
      return ANIMALS.flatMap((a) => KID_PATTERNS.map((p) => p.replace('{a}', a)));
    case 'guide':
      return REGIONS.flatMap((r) => GUIDE_PATTERNS.map((p) => p.replace('{r}', r)));
    default:
      throw new Error(`unknown book genre ${genre}`);
  }
}

/** Every title a genre can have, shuffled by `rng`. */
export function bookTitles(genre: string, rng: Rng): string[] {
  return rng.shuffle(candidates(genre));
}

export function bookAuthor(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}
