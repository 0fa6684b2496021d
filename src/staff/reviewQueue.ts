/**
 * The review queue: flagged conversations, filtered, searched, sorted and cut into pages.
 *
 * Everything it reads (flags, conversation records, search text) is held in memory by the store,
 * so a page costs one pass over the flags, not a read of every transcript; the figure for 100k
 * conversations and 1M messages is measured by `npm run bench:staff` (README).
 */
import type { ConversationRecord, Flag, FlagStatus } from '../shop/conversationTypes.ts';
import type { FlagStore, TranscriptStore } from '../shop/ports.ts';
import type { FlagSeverity } from '../sentiment/types.ts';
import { compareText } from '../shop/textOrder.ts';

export const FLAG_STATUSES: readonly FlagStatus[] = ['new', 'in_review', 'resolved', 'false_positive'];
export const SEVERITIES: readonly FlagSeverity[] = ['high', 'medium', 'low'];
const SEVERITY_RANK: Record<FlagSeverity, number> = { high: 3, medium: 2, low: 1 };
const OPEN: ReadonlySet<FlagStatus> = new Set(['new', 'in_review']);

export interface QueueQuery {
  /**
   * One status, 'open' or 'all'. 'open' (the default) is every flag that is new or in review, and
   * also the latest flag of every conversation a person is needed in (a customer waiting for one, or
   * talking with one), whatever that flag's status: closing a flag never hides a waiting customer.
   * With `waiting` and no status, the flag's status does not matter at all.
   */
  status?: FlagStatus | 'open' | 'all';
  severity?: FlagSeverity;
  channel?: string;
  /** Inclusive dates (YYYY-MM-DD) on the flag's last update. */
  from?: string;
  to?: string;
  /** A staff email, or 'none' for unassigned. */
  assignee?: string;
  intent?: string;
  /** Words that must all appear in the conversation's customer or agent messages. */
  q?: string;
  /** Only conversations waiting for a person or with an agent. */
  waiting?: boolean;
  sort?: 'severity' | 'newest';
  page?: number;
  pageSize?: number;
}

export interface QueueEntry {
  flag: Flag;
  conversation?: ConversationRecord;
}

export interface QueuePage {
  entries: QueueEntry[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** Conversations waiting for a person right now (whatever the filters and the flags' status). */
  waitingForPerson: number;
  /** The channels and intents of all flagged conversations, for the filter menus. */
  facets: { channels: string[]; intents: string[] };
}

export const DEFAULT_PAGE_SIZE = 25;

export class ReviewQueue {
  constructor(
    private readonly flags: FlagStore,
    private readonly transcripts: TranscriptStore,
  ) {}

  async page(query: QueueQuery): Promise<QueuePage> {
    const pageSize = Math.min(Math.max(query.pageSize ?? DEFAULT_PAGE_SIZE, 1), 200);
    const status = query.status ?? (query.waiting ? 'all' : 'open');
    const toEnd = query.to ? `${query.to}T23:59:59.999Z` : undefined;
    const assignee = query.assignee?.toLowerCase();
    let waitingForPerson = 0;
    const channels = new Set<string>();
    const intents = new Set<string>();

    const candidates: QueueEntry[] = [];
    const flags = await this.flags.listFlags();
    const records = await this.transcripts.getConversations(flags.map((f) => f.conversationId));
    // The newest flag of each conversation: the one that stands for it where a conversation is
    // listed once (a person needed, or asked), whatever older flags it had.
    const latest = new Map<string, Flag>();
    for (const flag of flags) {
      const seen = latest.get(flag.conversationId);
      if (!seen || compareText(flag.createdAt, seen.createdAt) > 0) latest.set(flag.conversationId, flag);
    }
    for (const flag of flags) {
      const conversation = records.get(flag.conversationId);
      const isLatest = latest.get(flag.conversationId) === flag;
      // Counted from the conversation's mode, once per conversation: a resolved flag does not make a
      // customer stop waiting.
      if (conversation?.mode === 'waiting_for_person' && isLatest) waitingForPerson++;
      const personNeeded = isLatest && conversation !== undefined && conversation.mode !== 'bot';
      if (conversation) {
        channels.add(conversation.channelId);
        for (const intent of conversation.intents ?? []) intents.add(intent);
      }
      if (status === 'open' ? !OPEN.has(flag.status) && !personNeeded : status !== 'all' && flag.status !== status) continue;
      if (query.waiting && !personNeeded) continue;
      if (query.severity && flag.severity !== query.severity) continue;
      if (query.from && flag.updatedAt < query.from) continue;
      if (toEnd && flag.updatedAt > toEnd) continue;
      if (assignee && (assignee === 'none' ? flag.assignee : flag.assignee !== assignee)) continue;
      if (query.channel && conversation?.channelId !== query.channel) continue;
      if (query.intent && !conversation?.intents?.includes(query.intent)) continue;
      candidates.push({ flag, conversation });
    }

    let matching = candidates;
    const words = query.q?.trim();
    if (words) {
      const found = await this.transcripts.searchConversations(words, candidates.map((e) => e.flag.conversationId));
      matching = candidates.filter((e) => found.has(e.flag.conversationId));
    }
    matching.sort(query.sort === 'newest' ? byNewest : bySeverityThenNewest);

    const pages = Math.max(1, Math.ceil(matching.length / pageSize));
    const page = Math.min(Math.max(query.page ?? 1, 1), pages);
    return {
      entries: matching.slice((page - 1) * pageSize, page * pageSize),
      total: matching.length,
      page,
      pageSize,
      pages,
      waitingForPerson,
      facets: { channels: [...channels].sort(compareText), intents: [...intents].sort(compareText) },
    };
  }
}

/** A person is waiting first, then the most severe, then the newest. */
function bySeverityThenNewest(a: QueueEntry, b: QueueEntry): number {
  return waitingRank(b) - waitingRank(a) || SEVERITY_RANK[b.flag.severity] - SEVERITY_RANK[a.flag.severity] || byNewest(a, b);
}

function byNewest(a: QueueEntry, b: QueueEntry): number {
  return compareText(b.flag.updatedAt, a.flag.updatedAt);
}

function waitingRank(entry: QueueEntry): number {
  return entry.conversation?.mode === 'waiting_for_person' ? 1 : 0;
}
