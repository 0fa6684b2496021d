import { describe, expect, it } from 'vitest';
import { hasNegativeEvidence, labelFromProbabilities } from '../../src/sentiment/model/decision.ts';
import type { CueKind } from '../../src/sentiment/cues/cue.ts';

describe('from probabilities to a label', () => {
  it.each([
    // [negative, neutral, positive], cut-off, evidence, label
    { p: [0.4, 0.45, 0.15], cut: 0.3, evidence: true, label: 'negative', why: 'over the cut-off, with a reason' },
    { p: [0.4, 0.45, 0.15], cut: 0.3, evidence: false, label: 'neutral', why: 'over the cut-off, but no reason and not the likeliest' },
    { p: [0.5, 0.3, 0.2], cut: 0.3, evidence: false, label: 'negative', why: 'the likeliest class needs no reason' },
    { p: [0.25, 0.45, 0.3], cut: 0.3, evidence: true, label: 'neutral', why: 'under the cut-off' },
    { p: [0.35, 0.1, 0.55], cut: 0.3, evidence: true, label: 'positive', why: 'never negative when positive is likelier' },
  ] as const)('$why', ({ p, cut, evidence, label }) => {
    expect(labelFromProbabilities(p, cut, evidence)).toBe(label);
  });

  it.each([
    { kinds: [] as CueKind[], words: false, evidence: false },
    { kinds: ['positiveWords', 'gratitude'] as CueKind[], words: false, evidence: false },
    { kinds: ['waiting'] as CueKind[], words: false, evidence: true },
    { kinds: [] as CueKind[], words: true, evidence: true },
  ])('kinds $kinds with lexicon words $words: evidence $evidence', ({ kinds, words, evidence }) => {
    expect(hasNegativeEvidence(kinds, words)).toBe(evidence);
  });
});
