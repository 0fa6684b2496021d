/**
 * From class probabilities to a label: negative once P(negative) reaches the cut-off (below one
 * half: a missed unhappy customer costs more than a second look), unless positive is likelier
 * still, so the label never disagrees with the sign of the score; else the likelier of the other two.
 *
 * Below the point where negative is the likeliest class, a message no sentiment lexicon can read
 * needs a reason: a cue or a learned word that speaks against it. Without one, P(negative) is only
 * the layer's prior for a message it cannot read ("hello", "morning", "I sent the item back on
 * Tuesday" sat near 0.35 to 0.41), and calling those negative apologises to customers and sends
 * staff flags with no reason to read. On the dev sets, calls below the likeliest class without a
 * reason (on any message) were 6 right and 24 wrong (2026-12-07). The rule keeps to the messages no
 * lexicon reads, where the layer has nothing but its prior; cross-validation could not tell it from
 * the rule for all messages (--cv strict 0.694 and 0.693).
 */
import type { CueKind } from '../cues/cue.ts';
import type { SentimentLabel } from '../types.ts';

/** Reasons that speak for the message: they are no evidence that the customer is unhappy. */
const FAVOURABLE: ReadonlySet<CueKind> = new Set<CueKind>(['positiveEmoji', 'positiveWords', 'positiveWording', 'gratitude', 'eagerness', 'negatedNegative']);

/**
 * `sentimentWords`: whether AFINN or wink-nlp rate any word of the message; a message with such
 * words is judged by them as before, so the rule only touches messages the lexicons cannot read.
 */
export function hasNegativeEvidence(kinds: Iterable<CueKind>, sentimentWords: boolean): boolean {
  if (sentimentWords) return true;
  for (const kind of kinds) if (!FAVOURABLE.has(kind)) return true;
  return false;
}

export function labelFromProbabilities(p: ArrayLike<number>, negativeThreshold: number, negativeEvidence = true): SentimentLabel {
  if (p[0] >= negativeThreshold && p[0] >= p[2] && (negativeEvidence || p[0] >= p[1])) return 'negative';
  return p[2] > p[1] ? 'positive' : 'neutral';
}
