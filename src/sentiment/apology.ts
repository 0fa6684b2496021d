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
const GENERIC_APOLOGY = "I'm sorry about this.";

export function apologyFor(result: SentimentResult, mood: ConversationMood): string | undefined {
  if (result.label !== 'negative' && !mood.negative) return undefined;
  const kinds = new Set(result.reasons.map(reasonKind));
  return APOLOGIES.find(([causes]) => causes.some((kind) => kinds.has(kind)))?.[1] ?? GENERIC_APOLOGY;
}
