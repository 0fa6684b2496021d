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
import { analyzeText, lexiconValue, type TextAnalysis } from './cues/textAnalysis.ts';
import { detectTone } from './cues/tone.ts';
import { detectWaiting } from './cues/waitingTime.ts';
import { wordTerms } from './words/wordTerms.ts';
import { loadWordValence, scoreWeighedTerms, strongestWeighedTerms, weighMessage, weighPairs, type WordValence } from './words/wordValence.ts';

export const FEATURE_NAMES = [
  'afinnScore',
  'afinnPositive',
  'afinnNegative',
  'winkScore',
  'winkNegative',
  'wordValence',
  'wordValenceAfterBut',
  'contrastShift',
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
  'loudNegative',
  'loudPositive',
  'intensifiedNegative',
  'intensifiedPositive',
  'negativeEmoji',
  'positiveEmoji',
  'negatedPositive',
  'negatedNegative',
  'sarcasm',
  'gratitude',
  'eagerness',
  'question',
  'request',
  'hypothetical',
  'questionWithNegativeWords',
  'problemCount',
  'noLexiconWords',
  'opinionStrength',
  'strongWords',
  'evaluativeAdjective',
  'verdictVerb',
  'bareAnswer',
  'subjectivity',
  'wordValencePositive',
  'wordValenceNegative',
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
  'repeatedPunctuation', 'intensifiers', 'negativeWords', 'positiveWords', 'negativeWording', 'positiveWording', 'gratitude', 'eagerness',
];

/**
 * "No problem at all", "no worries": reassurance, whose words AFINN reads as complaints. Every
 * alternative holds "no": featuresOf skips the pattern when the message has no "no" at all.
 */
const REASSURANCE = /\bno (problem|problems|worries|worry|complaints?|issues?|trouble|bother|stress)\b|\bnot a problem\b/g;

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * "no", "nope, that's all", "yes please", "ok": an answer to the bot's question, which the labelling
 * rule calls neutral. AFINN rates "no" and "yes", and the general data uses "no" in complaints, so
 * without this feature the layer read a plain "no" as unhappy and the bot apologised for it.
 */
const BARE_ANSWER =
  /^(no|nope|nah|yes|yep|yeah|yup|ok|okay|sure|alright|correct|not (yet|now|today|right now))\b(,? ?(thanks|thank you|please|not yet|not now|that'?s (all|it|everything|right)|i'?m (good|ok|fine|alright)|go ahead|go on|do it|cheers))*[\s.!]*$/;

/** The words AFINN scores negative that the message uses as reassurance ("no problem"). */
function reassuringWords(lower: string): Set<string> {
  const words = new Set<string>();
  for (const match of lower.matchAll(REASSURANCE)) words.add(match[1]);
  return words;
}

const REASON_RANK = new Map(REASON_ORDER.map((kind, rank) => [kind, rank]));
const byReasonOrder = (a: CueHit, b: CueHit) => (REASON_RANK.get(a.kind) ?? -1) - (REASON_RANK.get(b.kind) ?? -1);

const LOWER_CASE_LETTER = /[a-z]/;

/** How far the word-valence prediction must lean before its words are named as a reason. */
const WORDING_REASON_VALENCE = 0.25;

/** Lexicon scores of a few words reach ±5 each; tanh(x/5) keeps one strong word near 0.76 and caps a pile of them at 1. */
const squash = (x: number) => Math.tanh(x / 5);

/** Words that open the clause a sentence's verdict sits in: "nice screen, but the battery dies". */
const CONTRAST_WORDS = new Set(['but', 'however', 'though', 'although', 'yet']);

/**
 * `values`, when given (FEATURE_NAMES.length long), receives the features and is returned as the
 * result's `values`: the scorer reuses one array instead of allocating one per message.
 */
export function extractFeatures(text: string, words: WordValence = loadWordValence(), values?: Float64Array): MessageFeatures {
  return featuresOf(analyzeText(text), words, values);
}

export function featuresOf(
  analysis: TextAnalysis,
  words: WordValence = loadWordValence(),
  values: Float64Array = new Float64Array(FEATURE_NAMES.length),
): MessageFeatures {
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

  // Every reassurance holds "no" ("no problem", "not a problem").
  const reassuring = afinn.negative.length && lower.includes('no') ? reassuringWords(lower) : NO_WORDS;
  const negativeWords = unique(
    afinn.negative.filter((w) => !negation.negatedWords.has(w) && !FUNCTION_WORDS.has(w) && !reassuring.has(w)),
  ).reverse();
  const positiveWords = unique(afinn.positive.filter((w) => !negation.negatedWords.has(w) && !FUNCTION_WORDS.has(w))).reverse();
  if (negativeWords.length) hits.push(hit('negativeWords', negativeWords.slice(0, 4).join(', ')));
  if (positiveWords.length && !tone.hits.some((h) => h.kind === 'sarcasm')) hits.push(hit('positiveWords', positiveWords.slice(0, 4).join(', ')));

  const terms = wordTerms(analysis);
  const { weights: termWeights, subjectivity } = weighMessage(words, terms);
  const wordValence = scoreWeighedTerms(words, termWeights);
  if (Math.abs(wordValence) >= WORDING_REASON_VALENCE) {
    const sign = wordValence < 0 ? -1 : 1;
    const named = strongestWeighedTerms(terms, termWeights, sign, 3, weighPairs(words, terms));
    if (named.length) hits.push(hit(sign < 0 ? 'negativeWording' : 'positiveWording', named.map((t) => `"${t}"`).join(', ')));
  }

  const kinds = new Set(hits.map((h) => h.kind));
  const has = (kind: CueKind) => (kinds.has(kind) ? 1 : 0);
  let problems = 0;
  for (const kind of PROBLEM_KINDS) if (kinds.has(kind)) problems++;
  const intensified = intensifierCount(hits) > 0;
  const negativeEvidence = afinn.negativeSum > 0 || problems > 0;
  const waitingHours = waiting?.hours ?? 0;
  const afterBut = clauseAfterContrast(terms);
  const leansNegative = negativeEvidence || wordValence < -0.15;
  const leansPositive = !leansNegative && (afinn.positiveSum > 0 || wordValence > 0.15 || kinds.has('positiveEmoji'));
  // A few words in capitals in a message that leans happy, with no complaint, no negative word and no
  // sad emoji, are excitement ("the new album is AMAZING", "STILL buzzing!!", "I'm OBSESSED with these
  // earrings"): loud, not shouting. "the WORST service" and a whole message in capitals ("I NEED THIS
  // SORTED TODAY") still shout.
  const excitedCapitals =
    leansPositive && kinds.has('shouting') && !kinds.has('negativeEmoji') && !kinds.has('sarcasm') && LOWER_CASE_LETTER.test(analysis.text);
  if (excitedCapitals) {
    kinds.delete('shouting');
    hits.splice(hits.findIndex((h) => h.kind === 'shouting'), 1);
  }
  // "!!" and capitals are loud: angry next to a complaint, excited next to praise.
  const loud = excitedCapitals || kinds.has('repeatedPunctuation') || analysis.text.includes('!');

  const feature: Record<FeatureName, number> = {
    afinnScore: squash(afinn.score),
    afinnPositive: squash(afinn.positiveSum),
    afinnNegative: squash(afinn.negativeSum),
    winkScore: analysis.winkScore,
    winkNegative: Math.max(0, -analysis.winkScore),
    wordValence,
    wordValenceAfterBut: afterBut >= 0 ? scoreWeighedTerms(words, termWeights, afterBut) : 0,
    contrastShift: contrastShift(analysis),
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
    loudNegative: (loud || kinds.has('shouting')) && leansNegative ? 1 : 0,
    loudPositive: loud && leansPositive ? 1 : 0,
    intensifiedNegative: intensified && negativeEvidence ? 1 : 0,
    intensifiedPositive: intensified && !negativeEvidence && afinn.positiveSum > 0 ? 1 : 0,
    negativeEmoji: has('negativeEmoji'),
    positiveEmoji: has('positiveEmoji'),
    negatedPositive: has('negatedPositive'),
    negatedNegative: has('negatedNegative'),
    sarcasm: has('sarcasm'),
    gratitude: has('gratitude'),
    eagerness: has('eagerness'),
    question: tone.question ? 1 : 0,
    request: tone.request ? 1 : 0,
    hypothetical: tone.hypothetical ? 1 : 0,
    questionWithNegativeWords: tone.question ? squash(afinn.negativeSum) : 0,
    problemCount: Math.min(1, problems / 3),
    noLexiconWords: afinn.positive.length + afinn.negative.length === 0 && analysis.winkScore === 0 ? 1 : 0,
    // Opinion, whatever its sign: with these the softmax can tell a verdict ("the plot was so boring",
    // "I loved it") from a plain statement, so clearly opinionated sentences are not answered neutral.
    opinionStrength: Math.abs(wordValence),
    strongWords: strongWordShare(termWeights),
    evaluativeAdjective: evaluativeAdjective(analysis) ? 1 : 0,
    verdictVerb: verdictVerb(analysis) ? 1 : 0,
    bareAnswer: BARE_ANSWER.test(lower) ? 1 : 0,
    // How strongly people rate such words, whatever the sign: a verdict with middling words of both
    // signs ("not bad, but overpriced") sums to no valence, yet it is no neutral message.
    subjectivity,
    // The valence's two sides apart: "not bad, but overpriced" has both, which their sum hides; the
    // layer can weigh praise and complaint words differently.
    ...valenceParts(termWeights),
  };
  copyFeatures(feature, values);
  const reasons = hits.sort(byReasonOrder).map((h) => h.reason);
  return { values, reasons, kinds };
}

/**
 * Whether the feature object above lists its keys in FEATURE_NAMES order; its literal is fixed, so
 * one look answers for every message. Then a for-in walk copies it, several times faster than
 * looking each name up (V8 handles 41 different keys at one site slowly).
 */
let keysInFeatureOrder: boolean | undefined;

function copyFeatures(feature: Record<FeatureName, number>, values: Float64Array): void {
  keysInFeatureOrder ??= Object.keys(feature).join(',') === FEATURE_NAMES.join(',');
  if (keysInFeatureOrder) {
    let i = 0;
    for (const name in feature) values[i++] = feature[name as FeatureName];
  } else {
    for (let i = 0; i < FEATURE_NAMES.length; i++) values[i] = feature[FEATURE_NAMES[i]];
  }
}

/**
 * How much the clause after the last "but" outweighs the one before it, in lexicon points:
 * "lovely screen, but the battery dies" is negative overall, "slow, but worth it" positive. VADER
 * weighs the words after "but" 1.5 and those before 0.5; this is that change alone (0 without a "but").
 */
function contrastShift(analysis: TextAnalysis): number {
  const { normals, negated } = analysis;
  let contrast = -1;
  for (let i = normals.length - 2; i > 0 && contrast < 0; i--) if (CONTRAST_WORDS.has(normals[i])) contrast = i;
  if (contrast < 0) return 0;
  let shift = 0;
  for (let i = 0; i < normals.length; i++) {
    const value = lexiconValue(normals[i]) * (negated[i] ? -0.5 : 1);
    if (i < contrast) shift -= 0.5 * value;
    else if (i > contrast) shift += 0.5 * value;
  }
  return squash(shift);
}

/** Where the terms after the last "but" (or "however", ...) start; -1 when there is none or nothing follows. */
function clauseAfterContrast(terms: string[]): number {
  for (let i = terms.length - 2; i >= 0; i--) {
    const term = terms[i].startsWith('not_') ? terms[i].slice(4) : terms[i];
    if (CONTRAST_WORDS.has(term)) return i + 1;
  }
  return -1;
}

/** The positive and the negative term weights' sums, each / sqrt(terms) like the valence, as sizes (0..1). */
function valenceParts(weights: readonly number[]): { wordValencePositive: number; wordValenceNegative: number } {
  let positive = 0;
  let negative = 0;
  for (const w of weights) {
    if (w > 0) positive += w;
    else negative -= w;
  }
  const scale = weights.length ? 1 / Math.sqrt(weights.length) : 0;
  return { wordValencePositive: Math.min(1, positive * scale), wordValenceNegative: Math.min(1, negative * scale) };
}

/** A term weight this far from zero is a strongly rated word ("bad" -0.9, "great" 0.8, "boring" -0.9). */
const STRONG_WEIGHT = 0.5;

/** How many of the message's terms are strongly rated, up to three (0..1). */
function strongWordShare(weights: readonly number[]): number {
  let strong = 0;
  for (const w of weights) if (w >= STRONG_WEIGHT || w <= -STRONG_WEIGHT) strong++;
  return Math.min(1, strong / 3);
}

/** Words after which an adjective is a verdict: "was great", "so flimsy", "too small", "really good". */
const VERDICT_LEAD = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'am', "'s", "'re", "'m", 'so', 'too', 'very', 'really', 'extremely', 'pretty',
  'quite', 'incredibly', 'super', 'absolutely', 'totally', 'seems', 'seemed', 'looks', 'looked', 'feels', 'felt', 'tastes',
  'tasted', 'sounds', 'sounded', 'utterly', 'truly', 'such', 'remarkably', 'rather', 'fairly', 'bit', 'most', 'more', 'less',
  'least', 'just', 'simply', 'thoroughly', 'surprisingly',
]);

/** An adjective right after a copula or a degree word: "the plot was dull", "so comfy", "too small". */
function evaluativeAdjective(analysis: TextAnalysis): boolean {
  const { normals, pos } = analysis;
  for (let i = 1; i < normals.length; i++) if (pos[i] === 'ADJ' && VERDICT_LEAD.has(normals[i - 1])) return true;
  return false;
}

/** Verbs that state a verdict in the first person: "I love it", "we hated the ending", "I wasted my money". */
const VERDICT_VERBS = new Set([
  'love', 'loved', 'loves', 'loving', 'hate', 'hated', 'hates', 'recommend', 'recommended', 'adore', 'adored', 'enjoy', 'enjoyed',
  'like', 'liked', 'dislike', 'disliked', 'regret', 'regretted', 'loathe', 'loathed', 'despise', 'despised', 'appreciate',
  'appreciated', 'prefer', 'preferred', 'admire', 'admired', 'detest', 'detested', 'avoid', 'wasted', 'waste',
]);
/** "I'd like to return it", "we would love to know": a polite request, no verdict. ("return" is left out for the same reason.) */
const CONDITIONAL = new Set(['would', "'d"]);
const VERDICT_SUBJECT = new Set(['i', 'we']);

/**
 * A verdict verb (wink's VERB, not "looks like") with "I" or "we" up to four words before it; "recommend"
 * needs no subject. The others not after "would" / "'d" (a request).
 */
function verdictVerb(analysis: TextAnalysis): boolean {
  const { normals, pos } = analysis;
  for (let i = 0; i < normals.length; i++) {
    if (!VERDICT_VERBS.has(normals[i]) || pos[i] !== 'VERB') continue;
    if (normals[i].startsWith('recommend')) return true; // "I'd recommend it" is a verdict too
    if (i > 0 && CONDITIONAL.has(normals[i - 1])) continue;
    for (let j = Math.max(0, i - 4); j < i; j++) if (VERDICT_SUBJECT.has(normals[j])) return true;
  }
  return false;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
