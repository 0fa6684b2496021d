/**
 * Negation by wink-nlp's scope flags: "not happy" turns a positive word negative, "not bad at all"
 * a negative word mild or positive. AFINN alone only flips the word right after "not", so "not
 * very happy" stays positive there; wink marks the whole scope. Scopes that praise ("never had a
 * better kettle", "no one makes mugs this pretty") are cleared before this reads them
 * (praiseNegation.ts).
 */
import { type CueHit, hit } from './cue.ts';
import { lexiconValue, type TextAnalysis } from './textAnalysis.ts';

const NEGATABLE_POS = new Set(['ADJ', 'VERB', 'ADV']);

export interface NegationCues {
  hits: CueHit[];
  /** Lexicon words inside a negation, so the word lists in the reasons leave them out. */
  negatedWords: Set<string>;
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
    if (scopeStart < 0) scopeStart = i;
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
