/**
 * Negation by wink-nlp's scope flags: "not happy" turns a positive word negative, "not bad at all"
 * a negative word mild or positive. AFINN alone only flips the word right after "not", so "not
 * very happy" stays positive there; wink marks the whole scope.
 */
import { type CueHit, hit } from './cue.ts';
import { lexiconValue, type TextAnalysis } from './textAnalysis.ts';

const NEGATABLE_POS = new Set(['ADJ', 'VERB', 'ADV']);

export interface NegationCues {
  hits: CueHit[];
  /** Lexicon words inside a negation, so the word lists in the reasons leave them out. */
  negatedWords: Set<string>;
}

/** "never thought I'd love ...", "never expected it to be this good": surprise, not denial. */
const SURPRISE = new Set(['thought', 'think', 'expected', 'expect', 'imagined', 'imagine', 'dreamed', 'dreamt', 'knew', 'realised', 'realized']);
/** "never had a better kettle", "never looked nicer": a comparison nothing else beats. */
const COMPARATIVE = /^(better|best|worse|worst|more|most|nicer|nicest|happier|happiest|finer|finest|easier|easiest|faster|fastest|softer|softest|comfier|comfiest|cheaper|cheapest|prettier|prettiest|tastier|tastiest|quicker|quickest|friendlier|friendliest|smoother|smoothest|warmer|cosier|lovelier)$/;

/** Whether the negation scope starting at `start`, opened by "never", praises rather than denies. */
function isPraiseFrame(analysis: TextAnalysis, start: number): boolean {
  const { normals, negated } = analysis;
  if (normals[start - 1] !== 'never') return false;
  if (SURPRISE.has(normals[start])) return true;
  for (let i = start; i < normals.length && negated[i]; i++) if (COMPARATIVE.test(normals[i])) return true;
  return false;
}

export function detectNegation(analysis: TextAnalysis): NegationCues {
  const hits: CueHit[] = [];
  const negatedWords = new Set<string>();
  const { normals, negated } = analysis;
  let scopeStart = -1;
  let usedScope = -2;
  for (let i = 0; i < normals.length; i++) {
    if (!negated[i]) {
      scopeStart = -1;
      continue;
    }
    if (scopeStart < 0) {
      scopeStart = i;
      if (isPraiseFrame(analysis, i)) usedScope = scopeStart; // nothing in it is negated
    }
    // Only describing words flip: "not happy", "don't like"; "no refund" is a missing refund, not a negated one.
    const value = NEGATABLE_POS.has(analysis.pos[i]) ? lexiconValue(normals[i]) : 0;
    if (value === 0 || usedScope === scopeStart) continue;
    usedScope = scopeStart; // the first lexicon word of a scope carries the negation
    negatedWords.add(normals[i]);
    const from = Math.max(0, scopeStart - 1);
    const phrase = analysis.tokens.slice(from, i + 1).join(' ').replace(/ (n't|'\w+)/g, '$1').toLowerCase();
    hits.push(hit(value > 0 ? 'negatedPositive' : 'negatedNegative', `"${phrase}"`));
  }
  return { hits, negatedWords };
}
