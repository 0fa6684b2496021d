/**
 * Which product of the last list a message means: "the first one", "number 2", "the last item", and a
 * bare "2" right after the list was shown.
 */

/** "the first one", "the 2nd", "the last item", "number 3": one of the products just listed. */
const LIST_PICK =
  /\bthe (first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?: one| item| product)?\b|\b(first|second|third|fourth|fifth|last) one\b|\bnumber ([1-5])\b|#([1-5])\b/i;
const ORDINAL_INDEX: Record<string, number> = {
  first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4,
};

/** "second" in "I'll take the second" (said alone it is a pick; inside a sentence it is not). */
const ORDINAL_ALONE = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\b/i;

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
  return ASKS_ABOUT.test(text) || isOnlyAPick(text) ? pickFromList(text, listed) : undefined;
}

/** Words around a pick that ask nothing else: "the second one please", "ok I'll take the first", "that 2nd one". */
const FILLER = /\b(?:ok|okay|so|and|yes|yeah|hmm+|please|pls|i'?ll take|i'?d like|i want|let'?s go with|go with|what about|how about|that|one|item|product|the)\b/gi;

/**
 * "the first one", "I'll take the second", "number 2": a message that is nothing but a pick. Found by
 * chatting: the classifier read "the first one" as a damaged or wrong item and asked for an order number.
 */
function isOnlyAPick(text: string): boolean {
  if (!LIST_PICK.exec(text) && !/\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b/i.test(text)) return false;
  return !text.replace(LIST_PICK, ' ').replace(/\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b/gi, ' ').replace(FILLER, ' ').replace(/[\W_]+/g, '').trim();
}

/** The product the message picks from the last list, by its place in it. */
export function pickFromList(text: string, listed: readonly string[]): string | undefined {
  const match = LIST_PICK.exec(text) ?? (isOnlyAPick(text) ? ORDINAL_ALONE.exec(text) : null);
  if (!match || !listed.length) return undefined;
  const word = (match[1] ?? match[2])?.toLowerCase();
  const index = word === 'last' ? listed.length - 1 : word ? ORDINAL_INDEX[word] : Number(match[3] ?? match[4]) - 1;
  return listed[index];
}

/** "what's it made of?", "is the french press dishwasher safe?", "what material is the cardigan". */
const DETAILS = /\b(?:made (?:of|from|with)|what material|which material|what fabric|materials?\b.*\?|fabric|dishwasher|machine[- ]wash|washable|care instructions|how big|dimensions|how heavy|weight of)\b/i;

/** A question about a product's make or details, answered from the catalog. */
export function asksForDetails(text: string): boolean {
  return DETAILS.test(text);
}

/** Words that refer to a product mentioned earlier rather than name one ("what goes with it", "is that one in stock"). */
const POINTS_BACK = /\b(?:it|its|that|this|them|they|those|these|one)\b/i;

export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text);
}
