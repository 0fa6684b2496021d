/**
 * Turns a message into the model's feature vector and the readable reasons behind it. The feature
 * order is saved with the model, so a model trained on other features refuses to load.
 */
import type { CueHit, CueKind } from './cues/cue.ts';
import { hit } from './cues/cue.ts';
import { detectEmphasis, intensifierCount } from './cues/emphasis.ts';
import { detectEscalation } from './cues/escalation.ts';
import { detectNegation } from './cues/negationScope.ts';
import { detectOrderProblems } from './cues/orderProblems.ts';
import { analyzeText, type TextAnalysis } from './cues/textAnalysis.ts';
import { detectTone } from './cues/tone.ts';
import { detectWaiting } from './cues/waitingTime.ts';

export const FEATURE_NAMES = [
  'afinnScore',
  'afinnPositive',
  'afinnNegative',
  'winkScore',
  'winkNegative',
  'waiting',
  'waitingLength',
  'stillUnresolved',
  'repeatedContact',
  'nobodyAnswers',
  'neverArrived',
  'whereIsMy',
  'itemDamaged',
  'wrongItem',
  'threat',
  'profanity',
  'shouting',
  'repeatedPunctuation',
  'exclamation',
  'intensifiedNegative',
  'intensifiedPositive',
  'negativeEmoji',
  'positiveEmoji',
  'negatedPositive',
  'negatedNegative',
  'sarcasm',
  'gratitude',
  'question',
  'request',
  'hypothetical',
  'questionWithNegativeWords',
  'problemCount',
  'length',
  'noLexiconWords',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface MessageFeatures {
  values: Float64Array;
  reasons: string[];
  kinds: Set<CueKind>;
}

/** AFINN scores a few function words ("no" is -1); they are no reason a person would name. */
const FUNCTION_WORDS = new Set(['no', 'yes', 'please', 'want', 'like']);

/** Problems the customer reports; several together are stronger than one. */
const PROBLEM_KINDS: CueKind[] = [
  'waiting', 'stillUnresolved', 'repeatedContact', 'nobodyAnswers', 'neverArrived', 'itemDamaged', 'wrongItem', 'threat', 'profanity',
];

/** Reasons in the order staff should read them: the gravest first. */
const REASON_ORDER: CueKind[] = [
  'threat', 'profanity', 'waiting', 'stillUnresolved', 'repeatedContact', 'nobodyAnswers', 'neverArrived', 'whereIsMy',
  'itemDamaged', 'wrongItem', 'sarcasm', 'negatedPositive', 'negatedNegative', 'negativeEmoji', 'positiveEmoji', 'shouting',
  'repeatedPunctuation', 'intensifiers', 'negativeWords', 'positiveWords', 'gratitude',
];

/** Lexicon scores of a few words reach ±5 each; tanh(x/5) keeps one strong word near 0.76 and caps a pile of them at 1. */
const squash = (x: number) => Math.tanh(x / 5);

export function extractFeatures(text: string): MessageFeatures {
  return featuresOf(analyzeText(text));
}

export function featuresOf(analysis: TextAnalysis): MessageFeatures {
  const { lower, afinn } = analysis;
  const hits: CueHit[] = [];
  const waiting = detectWaiting(analysis);
  if (waiting) hits.push({ kind: 'waiting', reason: waiting.reason });
  hits.push(...detectOrderProblems(lower), ...detectEscalation(lower));
  const negation = detectNegation(analysis);
  hits.push(...negation.hits);
  hits.push(...detectEmphasis(analysis));
  const tone = detectTone(lower, afinn.negativeSum > 0);
  hits.push(...tone.hits);

  const negativeWords = unique(afinn.negative.filter((w) => !negation.negatedWords.has(w) && !FUNCTION_WORDS.has(w))).reverse();
  const positiveWords = unique(afinn.positive.filter((w) => !negation.negatedWords.has(w) && !FUNCTION_WORDS.has(w))).reverse();
  if (negativeWords.length) hits.push(hit('negativeWords', negativeWords.slice(0, 4).join(', ')));
  if (positiveWords.length && !tone.hits.some((h) => h.kind === 'sarcasm')) hits.push(hit('positiveWords', positiveWords.slice(0, 4).join(', ')));

  const kinds = new Set(hits.map((h) => h.kind));
  const has = (kind: CueKind) => (kinds.has(kind) ? 1 : 0);
  const problems = PROBLEM_KINDS.filter((k) => kinds.has(k)).length;
  const intensified = intensifierCount(hits) > 0;
  const negativeEvidence = afinn.negativeSum > 0 || problems > 0;
  const waitingHours = waiting?.hours ?? 0;

  const feature: Record<FeatureName, number> = {
    afinnScore: squash(afinn.score),
    afinnPositive: squash(afinn.positiveSum),
    afinnNegative: squash(afinn.negativeSum),
    winkScore: analysis.winkScore,
    winkNegative: Math.max(0, -analysis.winkScore),
    waiting: has('waiting'),
    // Log scale: an hour on hold already hurts; a month is worse, but not 720 times worse.
    waitingLength: Math.min(1, Math.log1p(waitingHours) / Math.log1p(24 * 30)),
    stillUnresolved: has('stillUnresolved'),
    repeatedContact: has('repeatedContact'),
    nobodyAnswers: has('nobodyAnswers'),
    neverArrived: has('neverArrived'),
    whereIsMy: has('whereIsMy'),
    itemDamaged: has('itemDamaged'),
    wrongItem: has('wrongItem'),
    threat: has('threat'),
    profanity: has('profanity'),
    shouting: has('shouting'),
    repeatedPunctuation: has('repeatedPunctuation'),
    exclamation: /!/.test(analysis.text) ? 1 : 0,
    intensifiedNegative: intensified && negativeEvidence ? 1 : 0,
    intensifiedPositive: intensified && !negativeEvidence && afinn.positiveSum > 0 ? 1 : 0,
    negativeEmoji: has('negativeEmoji'),
    positiveEmoji: has('positiveEmoji'),
    negatedPositive: has('negatedPositive'),
    negatedNegative: has('negatedNegative'),
    sarcasm: has('sarcasm'),
    gratitude: has('gratitude'),
    question: tone.question ? 1 : 0,
    request: tone.request ? 1 : 0,
    hypothetical: tone.hypothetical ? 1 : 0,
    questionWithNegativeWords: tone.question ? squash(afinn.negativeSum) : 0,
    problemCount: Math.min(1, problems / 3),
    length: Math.min(1, analysis.tokens.length / 40),
    noLexiconWords: afinn.positive.length + afinn.negative.length === 0 && analysis.winkScore === 0 ? 1 : 0,
  };
  const values = Float64Array.from(FEATURE_NAMES, (name) => feature[name]);
  const reasons = hits.sort((a, b) => REASON_ORDER.indexOf(a.kind) - REASON_ORDER.indexOf(b.kind)).map((h) => h.reason);
  return { values, reasons, kinds };
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
