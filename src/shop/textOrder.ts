/**
 * Orders ids and ISO timestamps by code unit, which is their natural order. `localeCompare` would
 * give the same answer through ICU collation, about fifty times slower: sorting 100k conversation
 * records with it took seconds.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
