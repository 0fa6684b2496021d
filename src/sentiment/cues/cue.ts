/**
 * A cue is one thing in a message that tells how the customer feels ("on hold 2 hours", "third
 * time asking", "😡"). Each cue has a kind (a model feature, and what the flag and apology rules
 * look for) and a reason staff can read. Reasons are stored with the message as plain strings, so
 * each kind's reason starts with a fixed prefix and `reasonKind` recovers the kind from it.
 */

export type CueKind =
  | 'waiting'
  | 'stillUnresolved'
  | 'repeatedContact'
  | 'nobodyAnswers'
  | 'neverArrived'
  | 'whereIsMy'
  | 'itemDamaged'
  | 'wrongItem'
  | 'threat'
  | 'profanity'
  | 'shouting'
  | 'repeatedPunctuation'
  | 'intensifiers'
  | 'negativeEmoji'
  | 'positiveEmoji'
  | 'negatedPositive'
  | 'negatedNegative'
  | 'sarcasm'
  | 'gratitude'
  | 'eagerness'
  | 'negativeWords'
  | 'positiveWords'
  | 'negativeWording'
  | 'positiveWording';

export interface CueHit {
  kind: CueKind;
  reason: string;
}

/** The start of every reason of a kind (threats share "threat "; their ends say which). */
export const REASON_PREFIX: Readonly<Record<CueKind, string>> = {
  waiting: 'waiting',
  stillUnresolved: 'still unresolved',
  repeatedContact: 'repeated contact',
  nobodyAnswers: 'nobody answers',
  neverArrived: 'item never arrived',
  whereIsMy: 'asks where',
  itemDamaged: 'item damaged',
  wrongItem: 'wrong item',
  threat: 'threat ',
  profanity: 'profanity',
  shouting: 'shouting',
  repeatedPunctuation: 'repeated punctuation',
  intensifiers: 'intensifiers',
  negativeEmoji: 'angry or sad emoji',
  positiveEmoji: 'happy emoji',
  negatedPositive: 'negated positive',
  negatedNegative: 'negated negative',
  sarcasm: 'sarcasm',
  gratitude: 'thanks',
  eagerness: 'looking forward',
  negativeWords: 'negative words',
  positiveWords: 'positive words',
  negativeWording: 'negative wording',
  positiveWording: 'positive wording',
};

const PREFIXES = (Object.entries(REASON_PREFIX) as [CueKind, string][]).sort((a, b) => b[1].length - a[1].length);

/** The kind of a stored reason, or undefined for reasons this module did not write. */
export function reasonKind(reason: string): CueKind | undefined {
  return PREFIXES.find(([, prefix]) => reason.startsWith(prefix))?.[0];
}

export function hit(kind: CueKind, detail?: string): CueHit {
  const prefix = REASON_PREFIX[kind];
  return { kind, reason: detail ? `${prefix.trimEnd()}${prefix.endsWith(' ') ? ' ' : ': '}${detail}` : prefix.trimEnd() };
}

/** The first match of any pattern, trimmed, for quoting in a reason. */
export function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}
