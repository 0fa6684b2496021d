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
