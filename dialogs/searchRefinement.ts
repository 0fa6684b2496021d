/**
 * "in blue?", "do you have them in size L", "any under 50?", "what about linen": a follow-up that
 * narrows the list just shown instead of starting a new search. Found by chatting: "in blue?" after
 * a list of linen shirts got "which of these do you mean: Similar items / Change an order", and "do
 * you have them in blue?" listed a duvet cover and a notebook.
 */
import type { Entities } from '../src/nlu/types.ts';

/** Words that refer to the list or start a bare follow-up ("in blue?", "what about size L"). */
const POINTS_TO_LIST =
  /^\W*(?:(?:ok|okay|and|so|hmm+|also|oh)\W+)?(?:in|with|without|what about|how about|any|anything|only|just|but|same|do (?:you|u) have (?:them|those|these|it|any|one)|(?:have you )?got (?:them|those|these|it|any|one)|are (?:they|those|these|there any)|is (?:it|that|there one)|(?:show|give) me (?:them|those|the ones|ones|some|only))\b|\b(?:them|those|these|ones|that one|this one)\b/i;

/** A colour, size, material or price said about the last list, with nothing new to search for. */
export function asksToNarrow(text: string, entities: Entities): boolean {
  const narrows = entities.colours.length > 0 || entities.sizes.length > 0 || entities.materials.length > 0 || entities.price !== undefined;
  const namesSomethingNew = entities.products.length > 0 || entities.categories.length > 0 || entities.orderIds.length > 0;
  // "black", "under 100 dollars", "yes please, under 30": short enough to be about nothing but the list.
  return narrows && !namesSomethingNew && (POINTS_TO_LIST.test(text) || isShortFollowUp(text));
}

/** Four words or fewer: "blue ones", "size 10 please", "black" (a follow-up, not a new request). */
export function isShortFollowUp(text: string): boolean {
  return text.trim().split(/\s+/).length <= 4;
}

/** "show me more", "any others?", "more options please": the same search again, without what was shown. */
const MORE =
  /^\W*(?:(?:ok|okay|hmm+|and|so|yes|yeah)\W+)?(?:(?:can|could) you |please )?(?:(?:show|give|send) me |got |have you got |do you have |are there |any )?(?:some |a few |any )?(?:more|others|other ones|other options|anything else)(?:\s+(?:like (?:that|these|those|them|this)|please|options|ones|of (?:those|these|them)|pls))*\W*$/i;

export function asksForMore(text: string): boolean {
  return MORE.test(text);
}
