/**
 * When two intent examples count as the same text (the rule of data/intents/README.md): lower case,
 * accents folded, punctuation dropped, spacing collapsed. "Where's my parcel?" and "wheres my  parcel"
 * are the same text; "good night" and "goodnight" are not.
 */
export function duplicateKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
