/**
 * The numbers behind the dashboard for a period: conversations, flagged rate, sentiment by day,
 * top intents, requests for a person, unresolved flags, suggestions shown and clicked.
 */
import type { ConversationRecord, Flag, FlagStatus } from '../shop/conversationTypes.ts';
import type { FlagStore, TranscriptStore } from '../shop/ports.ts';
import { compareText } from '../shop/textOrder.ts';

export interface DashboardPeriod {
  /** Inclusive dates, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface DayFigures {
  day: string;
  conversations: number;
  /** Mean of the conversations' average sentiment (−1..1); null on a day without scored messages. */
  averageSentiment: number | null;
  /** Share of that day's conversations whose mood was negative. */
  negativeShare: number;
}

export interface DashboardFigures {
  period: DashboardPeriod;
  conversations: number;
  flaggedConversations: number;
  flaggedRate: number;
  byDay: DayFigures[];
  topIntents: { intent: string; conversations: number }[];
  personRequests: number;
  unresolvedFlags: number;
  flagsByStatus: Record<FlagStatus, number>;
  suggestionsShown: number;
  suggestionsClicked: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function dashboardFigures(stores: { transcripts: TranscriptStore; flags: FlagStore }, period: DashboardPeriod): Promise<DashboardFigures> {
  const start = `${period.from}T00:00:00.000Z`;
  const end = `${period.to}T23:59:59.999Z`;
  const inPeriod = (c: ConversationRecord) => c.lastMessageAt >= start && c.startedAt <= end;
  const conversations = (await stores.transcripts.listConversations()).filter(inPeriod);
  const ids = new Set(conversations.map((c) => c.id));
  const flags = (await stores.flags.listFlags()).filter((f) => ids.has(f.conversationId) || (f.createdAt >= start && f.createdAt <= end));

  const days = new Map<string, { n: number; sentimentSum: number; scored: number; negative: number }>();
  for (let t = Date.parse(start); t <= Date.parse(end); t += DAY_MS) days.set(new Date(t).toISOString().slice(0, 10), { n: 0, sentimentSum: 0, scored: 0, negative: 0 });
  const intents = new Map<string, number>();
  let personRequests = 0;
  let shown = 0;
  let clicked = 0;
  for (const c of conversations) {
    const day = days.get(c.lastMessageAt.slice(0, 10));
    if (day) {
      day.n++;
      if (c.mood) {
        day.sentimentSum += c.mood.average;
        day.scored++;
        if (c.mood.negative) day.negative++;
      }
    }
    for (const intent of c.intents ?? (c.lastIntent ? [c.lastIntent] : [])) intents.set(intent, (intents.get(intent) ?? 0) + 1);
    if (c.handoff || c.mode !== 'bot' || c.intents?.includes('human_agent')) personRequests++;
    shown += c.suggestionsShown ?? 0;
    clicked += c.suggestionsClicked ?? 0;
  }

  const flagsByStatus: Record<FlagStatus, number> = { new: 0, in_review: 0, resolved: 0, false_positive: 0 };
  for (const f of flags) flagsByStatus[f.status]++;
  const flaggedConversations = new Set(flags.map((f: Flag) => f.conversationId)).size;
  return {
    period,
    conversations: conversations.length,
    flaggedConversations,
    flaggedRate: conversations.length ? flaggedConversations / conversations.length : 0,
    byDay: [...days].map(([day, d]) => ({
      day,
      conversations: d.n,
      averageSentiment: d.scored ? round(d.sentimentSum / d.scored) : null,
      negativeShare: d.n ? round(d.negative / d.n) : 0,
    })),
    topIntents: [...intents]
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .slice(0, 10)
      .map(([intent, n]) => ({ intent, conversations: n })),
    personRequests,
    unresolvedFlags: flagsByStatus.new + flagsByStatus.in_review,
    flagsByStatus,
    suggestionsShown: shown,
    suggestionsClicked: clicked,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
