/**
 * Phrases the main dialog acts on before (or instead of) the classifier's intent: leaving a question,
 * taking back a request for a person, an item missing from a parcel, saying or ruling out a
 * cancellation, asking a question of one's own. Each was found by chatting; each has cases in
 * test/dialogs/messagePhrases.test.ts.
 */

const STOP_WORDS = /^\s*(?:(?:ugh+|oh|ah|meh|ok|okay|actually|just|nah|no|oh well)\W+)*(cancel|stop|never\s*mind|nevermind|forget it|forget about it|quit|start over)[\s.!]*$/i;
/**
 * "actually forget it, where is my order?": the question in progress is dropped and the rest of the
 * message answered (found by chatting: it became the return's reason).
 */
const STOP_THEN_ASK = /^\s*(?:(?:oh|ok|okay|actually|wait|no|sorry|hmm+)\W+)*(?:forget (?:it|that|about it)|never\s*mind|nevermind|scratch that|cancel that|stop that|don'?t bother)\b[\s,.!;:-]*(?=\w)/i;
/** A customer waiting for a person who no longer needs one. */
const WITHDRAWS_PERSON =
  /^\W*(?:(?:oh|ok|okay|actually|sorry|no|wait)\W+)*(?:never\s*mind|nevermind|no need|forget it|i(?:'ve| have)? (?:figured|sorted|worked) it out|(?:it'?s |its |all )(?:fine|ok|okay|sorted|good) now|(?:it'?s|its) (?:fine|ok|okay)\W*$|all sorted|(?:i )?(?:don'?t|dont|do not) (?:need|want) (?:a person|a human|an agent|anyone|someone|help|to (?:talk|speak) to (?:a person|a human|anyone|someone))(?: any ?more)?|cancel (?:that|the request|my request))\b/i;
/** "I don't want a person, just fix it": the classifier reads "person" as asking for one. */
const RULES_OUT_PERSON =
  /\b(?:don'?t|dont|do not|no need (?:for|to)|not)\s+(?:(?:want|need)\s+)?(?:a |an |to (?:talk|speak) to (?:a |an )?)?(?:person|human|agent|someone|anyone|real person|people)\b/i;
/** "the lantern is missing from the box": nothing to send back, a person checks the packing. */
const MISSING_ITEM = /\b(missing|wasn'?t in|was not in|weren'?t in|not in the (?:box|parcel|package)|left out|forgot to (?:pack|include|put))\b/i;

/** Words a cancellation is asked with, typos included (see SURE_CANCEL in mainDialog.ts). */
const SAYS_CANCEL =
  /\b(?:c\w{0,2}n\w{0,2}[cs]\w{0,2}l\w*|cane?ll?\w*|stop|call(?:ed|ing)?(?:\s+\w+){0,3}\s+off|don'?t want|do not want|no longer|not needed|changed? my mind|revoke|annul|scrap|abort|withdraw|undo|halt|void|drop|kill|get rid|take (?:it|my order) off)/i;

/** "don't want to cancel", "not cancelling", "no need to cancel it", "without cancelling". */
const NEGATED_CANCEL = /\b(don'?t|dont|do not|doesn'?t|didn'?t|didnt|did not|not|never|no need to|without)\b(?:\s+\w+){0,3}?\s+cancel/i;

/** "how much is shipping?", "actually, do you take PayPal": a question, not an answer to ours. */
const QUESTION = /\?\s*$|^\W*(?:(?:actually|ok|okay|so|oh|and|but|sorry|wait|hmm+|also|quick question)\W+)*(?:how|what|when|where|which|who|why|do|does|did|can|could|is|are|will|would|should|may)\b/i;

export function isQuestion(text: string): boolean {
  return QUESTION.test(text);
}

/** "stop", "never mind", "start over" as the whole message. */
export function isStopWord(text: string): boolean {
  return STOP_WORDS.test(text);
}

/** "actually forget it, where is my order?": a stop word with a new request after it. */
export function stopsThenAsks(text: string): boolean {
  return STOP_THEN_ASK.test(text);
}

/** "never mind, I figured it out": a customer waiting for a person no longer needs one. */
export function withdrawsPersonRequest(text: string): boolean {
  return WITHDRAWS_PERSON.test(text);
}

/** "the lantern is missing from the box". */
export function reportsMissingItem(text: string): boolean {
  return MISSING_ITEM.test(text);
}

/** Some word a cancellation is asked with ("cancel", "cancle", "call it off", "don't want it"). */
export function saysCancel(text: string): boolean {
  return SAYS_CANCEL.test(text);
}

/** "I don't want to cancel", "no need to cancel it". */
export function rulesOutCancel(text: string): boolean {
  return NEGATED_CANCEL.test(text);
}

/**
 * "sorry I meant SK-105571", "oops, I meant green", "no wait, navy": a correction of what was just said; and
 * "ok back to the mugs, any under 20?", which returns to an earlier subject.
 */
const CORRECTION =
  /^\W*(?:(?:sorry|oops|whoops|ah|actually|hmm+|ok|okay|right|anyway)\W+)*(?:(?:no\W+)?(?:i meant|i mean|meant)\b|no\W+wait\b|wait\W+no\b|(?:going |get(?:ting)? )?back to\b)\W*/i;

/**
 * What a correction says instead, to be read on its own (found by chatting: "sorry I meant SK-105571" was read
 * as "yes", and its "sorry" as an unhappy customer); undefined when the message is no correction.
 */
export function correctionOf(text: string): string | undefined {
  const match = CORRECTION.exec(text);
  const rest = match ? text.slice(match[0].length).trim() : '';
  return rest || undefined;
}

/** "add it to my cart", "can I order them here?", "buy it for me": the chat takes no orders. */
const BUY_HERE =
  /\b(?:add|put)\b.{0,30}\b(?:cart|basket|bag|trolley)\b|\b(?:can|could) (?:i|you) (?:order|buy|purchase) (?:it|them|this|that|these|those|one)\b(?:.{0,15}\b(?:here|in (?:the|this) chat|through you|from you))?|\bbuy (?:it|this|that|them) for me\b|\bcheck ?out for me\b|\bplace (?:an|the) order for me\b/i;

export function asksToBuyHere(text: string): boolean {
  return BUY_HERE.test(text);
}

/** "where is my french press order", "where's my parcel": where an order is, whatever it is called. */
const WHERE_ORDER = /\bwhere(?:'?s| is| are)\b.{0,40}\b(?:order|parcel|package|delivery|stuff)\b/i;

export function asksWhereOrderIs(text: string): boolean {
  return WHERE_ORDER.test(text);
}

/** "what's in it?", "what items are in that order?", "how much did it cost?": about the order just shown. */
const ORDER_CONTENTS =
  /\bwhat(?:'?s| is| was| items are| items were| did i (?:order|buy)) in (?:it|that|this|the order|that order|this order|my order)\b|\bhow much (?:did|was) (?:it|that|this|the order|that order)(?: cost)?\b|\bwhat did (?:it|that|the order) cost\b/i;

export function asksOrderContents(text: string): boolean {
  return ORDER_CONTENTS.test(text);
}

/** The words of asking for something like, or to go with, a product ("similar", "goes with", "match"). */
const MATCH_WORDS =
  /\b(?:like|similar|alternatives?|instead|same as|goes?|going|match(?:es|ing)?|pair|wear|with (?:it|this|that|them)|complete the look|dupes?|equivalent|versions?|others?|else|more)\b/i;

export function asksForAMatch(text: string): boolean {
  return MATCH_WORDS.test(text);
}

/**
 * A service the shop may or may not offer, asked about ("do you do gift wrapping?", "can you engrave
 * it?", "do you price match?"): a question for the shop's own text or a person, never a product list
 * (found by chatting: "gift wrapping" listed toys matching "gift").
 */
const SERVICE =
  /\b(?:gift[\s-]?wrap\w*|wrap (?:it|them|this|that) (?:up )?as a gift|engrav\w*|monogram\w*|personali[sz](?:e|ed|ation|ing)|embroider\w*|price[\s-]?match\w*|layaway|lay-by|gift receipts?|installation|assembly service|alterations?|hemming)\b/i;

export function asksAboutService(text: string): boolean {
  return SERVICE.test(text);
}

/**
 * A "yes" that is not one: "not sure", "I'm not so sure", "ok but actually no", "are you sure this
 * can't be undone?", "wait". The confirm prompt's recogniser finds "sure" or "ok" in them (found by
 * chatting: each cancelled an order), so a yes with any negation, hedge or question in it is asked
 * again, never taken as yes: these questions cancel orders and start returns, and a clear "yes" costs
 * the customer one more word.
 */
const DOUBT =
  /\?|n't\b|\b(?:no|nope|nah|not|never|but|however|though|although|actually|maybe|perhaps|possibly|probably|unsure|uncertain|dunno|idk|guess|think|suppose|hmm+|wait|hold on|hang on|let me|are you sure|no idea|dont|doesnt|didnt|cant|wont|isnt)\b/i;
/** Idioms of a yes that carry a "no" or "not": "why not", "no problem". */
const YES_IDIOMS = /\b(?:why not|no problem|not a problem|no worries|no doubt)\b/gi;

export function doubtsOrAsks(text: string): boolean {
  return DOUBT.test(text.replace(YES_IDIOMS, ' '));
}

/**
 * No reason at all: "ok", "hmm not sure", "what do you mean?", "idk" (found by chatting: each was stored
 * as the return's reason staff read).
 */
const NO_REASON =
  /^\W*(?:(?:ok(?:ay)?|k|sure|yes|yeah|yep|yup|no|nope|hmm+|um+|uh+|erm|well|so|idk|dunno|not sure|i'?m not sure|i don'?t know|no idea|what do you mean|what|why|huh|pardon|sorry|nothing|none|n\/?a|just because|because|whatever|(?:let'?s )?(?:go )?back to (?:the|my) return|let'?s continue|continue|carry on|go on)\W*)+$/i;

export function givesNoReason(text: string): boolean {
  return NO_REASON.test(text);
}

/**
 * "I didn't cancel it!", "who cancelled my order?", "why was it cancelled??", "I never ordered this": a
 * cancellation or an order the customer did not make is a complaint for a person (found by chatting: it
 * started a cancellation, or offered a return).
 */
const DISOWNS_CANCEL = /\b(?:i|we)\s+(?:didn'?t|didnt|did not|never)\s+(?:\w+\s+){0,2}?(?:cancel|order(?:ed)?|place[ds]?|buy|bought|purchase[ds]?)\b|\bwho\s+cancel+ed\b|\bwhy\s+(?:was|is|has|did you|have you|did)\b.{0,30}\bcancel+(?:ed|led)\b/i;

export function disownsCancellation(text: string): boolean {
  return DISOWNS_CANCEL.test(text);
}

export function rulesOutPerson(text: string): boolean {
  return RULES_OUT_PERSON.test(text);
}

/**
 * "wait, no! I wanted to keep it", "can you undo the cancellation": a cancellation the customer regrets.
 * The bot cannot undo one; a person can put the order back (found by chatting: "nothing to return").
 */
const UNDO_CANCEL =
  /\b(?:(?:wanted|meant) to keep (?:it|them|the order|my order)|undo (?:the |that |my |this )?cancel\w*|un-?cancel\w*|reverse (?:the |that |my )?cancel\w*|(?:didn'?t|did not|never) mean to cancel|cancel+ed (?:it )?by (?:mistake|accident)|restore (?:my|the) order)\b/i;

export function wantsCancellationUndone(text: string): boolean {
  return UNDO_CANCEL.test(text);
}
