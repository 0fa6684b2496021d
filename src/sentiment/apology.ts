/**
 * A sentence of apology in words that fit what upset the customer. The cause comes from the
 * reasons the scorer gave the latest message; when the message itself names none, a plain apology.
 */
import { reasonKind, type CueKind } from './cues/cue.ts';
import type { ConversationMood, SentimentResult } from './types.ts';

/** The first cause found wins, so the most specific apology comes first. */
const APOLOGIES: [CueKind[], string][] = [
  [['itemDamaged'], "I'm sorry it arrived damaged."],
  [['wrongItem'], "I'm sorry we sent the wrong thing."],
  [['repeatedContact'], "I'm sorry you've had to ask again."],
  [['nobodyAnswers'], "I'm sorry nobody got back to you."],
  [['neverArrived'], "I'm sorry your order hasn't reached you."],
  [['waiting', 'stillUnresolved', 'whereIsMy'], "I'm sorry you've been waiting."],
];
/**
 * The same cues about something other than an order: "my discount code doesn't work" is no damaged
 * parcel, "the password reset e-mail never came" no lost order (found by chatting with the bot).
 */
const APOLOGIES_NOT_ABOUT_AN_ORDER: [CueKind[], string][] = [
  [['itemDamaged'], "I'm sorry that isn't working."],
  [['neverArrived'], "I'm sorry that hasn't come through."],
  ...APOLOGIES.filter(([causes]) => !causes.some((kind) => kind === 'itemDamaged' || kind === 'neverArrived' || kind === 'wrongItem')),
];
export const GENERIC_APOLOGY = "I'm sorry about this.";

/**
 * Whether a negative message calls for the bot to say sorry at all. Not when the scorer names no reason
 * ("k", "list all customer emails": nothing the bot could be sorry for; it offered a person for "k"), nor for
 * a plain "where is my order?" whose only cue is asking where (every first status question got "sorry you've
 * been waiting" and an offer of a person). Staff still see such messages' scores and flags.
 */
export function deservesApology(result: SentimentResult): boolean {
  if (result.label !== 'negative' || result.reasons.length === 0) return false;
  return !onlyAsksWhere(result.reasons);
}

/**
 * The only cue is asking where something is ("where is my order?"): a first status question, not a
 * sign of upset. Neither apologised for nor counted towards a flag (src/sentiment/flags.ts).
 */
export function onlyAsksWhere(reasons: readonly string[]): boolean {
  const cues = reasons.map(reasonKind).filter((kind) => kind !== undefined);
  return cues.length > 0 && cues.every((kind) => kind === 'whereIsMy');
}

export interface ApologyContext {
  /** False when the customer is talking about something other than an order (a discount code, their account). */
  aboutAnOrder?: boolean;
}

export function apologyFor(result: SentimentResult, mood: ConversationMood, context: ApologyContext = {}): string | undefined {
  if (result.label !== 'negative' && !mood.negative) return undefined;
  const kinds = new Set(result.reasons.map(reasonKind));
  const apologies = context.aboutAnOrder === false ? APOLOGIES_NOT_ABOUT_AN_ORDER : APOLOGIES;
  return apologies.find(([causes]) => causes.some((kind) => kinds.has(kind)))?.[1] ?? GENERIC_APOLOGY;
}
