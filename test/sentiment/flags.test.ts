import { describe, expect, it } from 'vitest';
import { decideFlag, DEFAULT_FLAG_POLICY } from '../../src/sentiment/index.ts';
import type { FlagSeverity, ScoredMessage } from '../../src/sentiment/types.ts';
import { messages } from './scoredMessages.ts';

type Case = [string, ScoredMessage[], FlagSeverity | undefined, string[], string[]];

const CASES: Case[] = [
  ['calm conversation', messages([0.2, 0, 0.6]), undefined, [], []],
  ['one strongly negative message', messages([0, -0.98, 0]), 'high', ['one strongly negative message'], ['m2']],
  ['two mildly negative messages are not enough', messages([-0.5, 0, -0.6]), undefined, [], []],
  ['three mildly negative messages', messages([-0.5, 0.1, -0.6, -0.4]), 'medium', ['3 mildly negative messages'], ['m1', 'm3', 'm4']],
  ['falling trend', messages([0.7, 0.3, -0.2, -0.5]), 'medium', ['the mood is getting worse'], ['m3', 'm4']],
  ['praise, then plain shopping questions just below zero', messages([0.85, 0.01, -0.15, -0.14, 0.02]), undefined, [], []],
  // "hello", "when are you open", "where is my order": asking where is no upset (its only cue), so no trend, no count.
  ['a plain "where is my order?" after calm messages', messages([0.3, 0, -0.71], [{}, {}, { reasons: ['asks where: "where is my order"'] }]), undefined, [], []],
  ['three plain "where is" questions', messages([-0.7, -0.7, -0.7], Array(3).fill({ reasons: ['asks where: "where is my order"'] })), undefined, [], []],
  // With any other cause it still counts.
  ['"where is my order, still nothing" still falls', messages([0.7, 0.3, -0.2, -0.6], [{}, {}, {}, { reasons: ['asks where: "where is my order"', 'still unresolved: "still nothing"'] }]), 'medium', ['the mood is getting worse'], ['m3', 'm4']],
  ['complaint intent', messages([0, 0], [{}, { intent: 'complaint' }]), 'medium', ['complaint'], ['m2']],
  ['human_agent alone', messages([0, 0.1], [{ intent: 'human_agent' }]), 'low', ['asked for a person'], ['m1']],
  [
    'human_agent while unhappy',
    messages([-0.5, 0], [{}, { intent: 'human_agent' }]),
    'medium',
    ['asked for a person while unhappy'],
    ['m2'],
  ],
  ['profanity', messages([-0.4], [{ reasons: ['profanity', 'negative words: crap'] }]), 'high', ['profanity'], ['m1']],
  ['threat', messages([0, -0.3], [{}, { reasons: ['threat to leave'] }]), 'high', ['threat to leave'], ['m2']],
];

describe('decideFlag', () => {
  it.each(CASES)('%s', (_name, history, severity, reasons, ids) => {
    const decision = decideFlag(history);
    if (severity === undefined) {
      expect(decision).toBeUndefined();
      return;
    }
    expect(decision?.severity).toBe(severity);
    expect(decision?.reasons).toEqual(reasons);
    expect(decision?.messageIds).toEqual(ids);
  });

  it('puts the gravest reason first and lists every cause in conversation order', () => {
    const history = messages([-0.5, -0.99, -0.4, -0.6], [{ intent: 'complaint' }, {}, { reasons: ['threat of legal action'] }]);
    const decision = decideFlag(history)!;
    expect(decision.severity).toBe('high');
    expect(decision.reasons.slice(0, 2)).toEqual(['threat of legal action', 'one strongly negative message']);
    expect(decision.reasons).toEqual(expect.arrayContaining(['complaint', '3 mildly negative messages']));
    expect(decision.messageIds).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('is idempotent and only grows as messages accumulate', () => {
    const history = messages(
      [0.4, 0.1, -0.4, -0.5, 0.3, -0.98, 0.5],
      [{}, { intent: 'human_agent' }, {}, {}, {}, {}, {}],
    );
    let previous: ReturnType<typeof decideFlag>;
    const rank = { low: 1, medium: 2, high: 3 };
    for (let n = 1; n <= history.length; n++) {
      const decision = decideFlag(history.slice(0, n));
      expect(decideFlag(history.slice(0, n))).toEqual(decision);
      if (previous) {
        expect(decision).toBeDefined();
        expect(rank[decision!.severity]).toBeGreaterThanOrEqual(rank[previous.severity]);
        for (const id of previous.messageIds) expect(decision!.messageIds).toContain(id);
      }
      previous = decision;
    }
    expect(previous?.severity).toBe('high');
  });

  it('follows a configured policy', () => {
    const history = messages([-0.5, -0.6]);
    expect(decideFlag(history)).toBeUndefined();
    expect(decideFlag(history, { mildNegativeCount: 2 })?.severity).toBe('medium');
    expect(decideFlag(history, { strongNegativeScore: -0.55 })?.messageIds).toEqual(['m2']);
    const swearing = messages([-0.4], [{ reasons: ['profanity'] }]);
    expect(decideFlag(swearing, { escalationSeverity: 'medium' })?.severity).toBe('medium');
    expect(DEFAULT_FLAG_POLICY.mildNegativeCount).toBe(3);
  });
});
