/**
 * When a conversation needs a person: a flag with a severity, readable reasons and the ids of the
 * messages behind it. Every rule looks at the whole history, so as messages accumulate a decision
 * only grows (a cause once seen stays a cause) and the same history always gives the same decision,
 * which keeps the flag store's "one open flag, revised when it changes" meaningful.
 */
import { onlyAsksWhere } from './apology.ts';
import { reasonKind } from './cues/cue.ts';
import { slope } from './mood.ts';
import type { FlagDecision, FlagPolicy, FlagSeverity, ScoredMessage } from './types.ts';

export const DEFAULT_FLAG_POLICY: FlagPolicy = {
  strongNegativeScore: -0.95,
  mildNegativeScore: -0.2,
  mildNegativeCount: 3,
  fallingTrend: -0.3,
  trendWindow: 4,
  complaintIntents: ['complaint'],
  humanAgentIntents: ['human_agent'],
  escalationSeverity: 'high',
};

const RANK: Record<FlagSeverity, number> = { low: 1, medium: 2, high: 3 };

interface Finding {
  severity: FlagSeverity;
  reasons: string[];
  messageIds: string[];
}

export function decideFlag(messages: ScoredMessage[], policy: Partial<FlagPolicy> = {}): FlagDecision | undefined {
  const p = { ...DEFAULT_FLAG_POLICY, ...policy };
  const findings = [escalation, stronglyNegative, mildlyNegative, fallingTrend, intents]
    .flatMap((rule) => rule(messages, p))
    .sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  if (findings.length === 0) return undefined;
  const order = new Map(messages.map((m, i) => [m.id, i]));
  const messageIds = [...new Set(findings.flatMap((f) => f.messageIds))].sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    severity: findings[0].severity,
    reasons: [...new Set(findings.flatMap((f) => f.reasons))],
    messageIds,
  };
}

/** Profanity and threats (leave, chargeback, lawyer, bad review, close the account). */
function escalation(messages: ScoredMessage[], p: FlagPolicy): Finding[] {
  const escalated = messages.filter((m) => m.reasons.some(isEscalation));
  if (!escalated.length) return [];
  const reasons = [...new Set(escalated.flatMap((m) => m.reasons.filter(isEscalation)))];
  return [{ severity: p.escalationSeverity, reasons, messageIds: escalated.map((m) => m.id) }];
}

function isEscalation(reason: string): boolean {
  const kind = reasonKind(reason);
  return kind === 'threat' || kind === 'profanity';
}

function stronglyNegative(messages: ScoredMessage[], p: FlagPolicy): Finding[] {
  const strong = messages.filter((m) => isStrong(m, p));
  if (!strong.length) return [];
  const reason = strong.length === 1 ? 'one strongly negative message' : `${strong.length} strongly negative messages`;
  return [{ severity: 'high', reasons: [reason], messageIds: strong.map((m) => m.id) }];
}

function isStrong(m: ScoredMessage, p: FlagPolicy): boolean {
  return m.label === 'negative' && m.score <= p.strongNegativeScore;
}

/**
 * Negative in a way staff should see. Not a plain "where is my order?", whose only cue is asking where
 * (found in the console: 4 of 5 calm chats were flagged "the mood is getting worse" for it).
 */
function unhappy(m: ScoredMessage): boolean {
  return m.label === 'negative' && !onlyAsksWhere(m.reasons);
}

function mildlyNegative(messages: ScoredMessage[], p: FlagPolicy): Finding[] {
  const mild = messages.filter((m) => unhappy(m) && m.score <= p.mildNegativeScore && !isStrong(m, p));
  if (mild.length < p.mildNegativeCount) return [];
  return [{ severity: 'medium', reasons: [`${mild.length} mildly negative messages`], messageIds: mild.map((m) => m.id) }];
}

/**
 * Any stretch of trendWindow messages (at least 3) whose scores fall steeply and end in a negative
 * message. Ending below zero was not enough: "recommend something" (+0.85) then "any bikes?" (-0.15,
 * neutral) fell steeply and flagged a calm shopping chat for staff.
 */
function fallingTrend(messages: ScoredMessage[], p: FlagPolicy): Finding[] {
  const ids = new Set<string>();
  for (let end = 2; end < messages.length; end++) {
    const window = messages.slice(Math.max(0, end - p.trendWindow + 1), end + 1);
    if (unhappy(messages[end]) && slope(window.map((m) => m.score)) <= p.fallingTrend) {
      for (const m of window) if (m.score < 0 && !onlyAsksWhere(m.reasons)) ids.add(m.id);
    }
  }
  if (!ids.size) return [];
  return [{ severity: 'medium', reasons: ['the mood is getting worse'], messageIds: [...ids] }];
}

function intents(messages: ScoredMessage[], p: FlagPolicy): Finding[] {
  const findings: Finding[] = [];
  const complaints = messages.filter((m) => m.intent !== undefined && p.complaintIntents.includes(m.intent));
  if (complaints.length) findings.push({ severity: 'medium', reasons: ['complaint'], messageIds: complaints.map((m) => m.id) });
  const askedForPerson = messages.filter((m) => m.intent !== undefined && p.humanAgentIntents.includes(m.intent));
  if (askedForPerson.length) {
    const upset = messages.some(unhappy);
    findings.push({
      severity: upset ? 'medium' : 'low',
      reasons: [upset ? 'asked for a person while unhappy' : 'asked for a person'],
      messageIds: askedForPerson.map((m) => m.id),
    });
  }
  return findings;
}
