/**
 * How fast the staff queue answers with a big store: 100k conversations and 1M messages (10 per
 * conversation, 5 from the customer), 15% of them flagged. Measures opening the store, then
 * p50/p99 per queue request for the filters staff use (default page, a deep page, status, severity
 * and channel, unassigned, intent, date range, full-text search) and opening one conversation.
 *
 *   npm run bench:staff -- [--conversations 100000] [--flagged 0.15] [--repeats 30] [--json]
 *   (KEEP_BENCH_STORE=1 keeps the built store and prints where, for profiling)
 *
 * The store is filled through the same sharded collections the server uses (writing 1M messages
 * one by one through the transcript API would take an hour and measure nothing about the queue).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import type { ConversationRecord, Flag, TranscriptMessage } from '../src/shop/conversationTypes.ts';
import { openLowdbStores } from '../src/shop/lowdb/openLowdbStores.ts';
import { ShardedCollection } from '../src/shop/lowdb/shardedCollection.ts';
import { loadConversationView } from '../src/staff/conversationView.ts';
import { type QueueQuery, ReviewQueue } from '../src/staff/reviewQueue.ts';
import type { FlagSeverity } from '../src/sentiment/types.ts';

const program = new Command('bench-staff-queue')
  .option('--conversations <n>', 'conversations in the store', '100000')
  .option('--messages-per <n>', 'messages per conversation (half from the customer)', '10')
  .option('--flagged <share>', 'share of conversations flagged', '0.15')
  .option('--repeats <n>', 'times each request is measured', '30')
  .option('--json', 'print one JSON object')
  .parse();
const options = program.opts<{ conversations: string; messagesPer: string; flagged: string; repeats: string; json?: boolean }>();
const conversations = Number(options.conversations);
const messagesPer = Number(options.messagesPer);
const flaggedShare = Number(options.flagged);
const repeats = Number(options.repeats);
const log = (line: string) => !options.json && process.stderr.write(`${line}\n`);

/** A seeded generator, so every run builds the same store. */
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

const CHANNELS = ['directline', 'directline', 'directline', 'msteams', 'slack'] as const;
const INTENTS = ['order_status', 'start_return', 'refund_status', 'complaint', 'human_agent', 'product_search', 'shipping_info', 'cancel_order', 'greet', 'thanks'];
const PHRASES = [
  'where is my order', 'it has been two weeks', 'nobody answers', 'I want a refund', 'the parcel never arrived', 'can I return the jumper',
  'the blue linen shirt is too small', 'what are your opening hours', 'thanks for the help', 'this is the third time I am asking',
  'the courier says delivered but it is not here', 'can you change the address', 'do you have it in red', 'my discount code does not work',
];
const STAFF = ['ana@shop.example', 'ben@shop.example', 'cho@shop.example', undefined, undefined];
const SEVERITIES: FlagSeverity[] = ['low', 'medium', 'medium', 'high'];
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

function customerText(): string {
  const words = `${pick(PHRASES)}, ${pick(PHRASES)}`;
  return random() < 0.3 ? `${words} (order SK-${100000 + Math.floor(random() * 900000)})` : words;
}

async function fill(dir: string): Promise<void> {
  const root = path.join(dir, 'store');
  const [records, search, flags] = await Promise.all([
    ShardedCollection.open<ConversationRecord>(path.join(root, 'conversations'), 256),
    ShardedCollection.open<string>(path.join(root, 'search'), 512),
    ShardedCollection.open<Flag>(path.join(root, 'flags'), 32),
  ]);
  const bar = options.json ? undefined : new cliProgress.SingleBar({ format: 'filling [{bar}] {value}/{total} conversations', stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar?.start(conversations, 0);
  const batch = 5000;
  for (let from = 0; from < conversations; from += batch) {
    const recordEntries: [string, ConversationRecord][] = [];
    const searchEntries: [string, string][] = [];
    const flagEntries: [string, Flag][] = [];
    for (let i = from; i < Math.min(conversations, from + batch); i++) {
      const id = `conv-${String(i).padStart(7, '0')}`;
      const started = new Date(START + random() * 300 * DAY).toISOString();
      const flagged = random() < flaggedShare;
      const texts = Array.from({ length: Math.ceil(messagesPer / 2) }, customerText);
      recordEntries.push([
        id,
        {
          id,
          channelId: pick(CHANNELS),
          userId: `user-${i}`,
          startedAt: started,
          lastMessageAt: started,
          messageCount: messagesPer,
          mode: flagged && random() < 0.1 ? 'waiting_for_person' : 'bot',
          intents: [pick(INTENTS), pick(INTENTS)],
          lastIntent: pick(INTENTS),
          mood: { average: random() * 2 - 1, movingAverage: random() * 2 - 1, worstScore: -random(), negative: flagged },
          reference: { conversation: { id }, channelId: 'directline', serviceUrl: 'http://localhost:3978' },
        },
      ]);
      searchEntries.push([id, texts.join('\n').toLowerCase()]);
      if (flagged) {
        const severity = pick(SEVERITIES);
        const revision = { at: started, severity, reasons: ['one strongly negative message'], messageIds: [`${id}|0000001`] };
        const status = pick(['new', 'new', 'in_review', 'resolved', 'false_positive'] as const);
        flagEntries.push([`flag-${id}`, { id: `flag-${id}`, conversationId: id, status, severity, reasons: revision.reasons, messageIds: revision.messageIds, createdAt: started, updatedAt: started, history: [revision], assignee: pick(STAFF) }]);
      }
    }
    await Promise.all([records.putMany(recordEntries), search.putMany(searchEntries), flags.putMany(flagEntries)]);
    bar?.update(Math.min(conversations, from + batch));
  }
  bar?.stop();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(repeat: number, work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await work(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)) };
}

const round = (x: number) => Math.round(x * 10) / 10;

const dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-bench-staff-'));
try {
  log(`building a store: ${conversations.toLocaleString('en-US')} conversations, ${(conversations * messagesPer).toLocaleString('en-US')} messages, ${Math.round(flaggedShare * 100)}% flagged`);
  await fill(dir);
  const opening = performance.now();
  const stores = await openLowdbStores(dir);
  const openSeconds = round((performance.now() - opening) / 1000);
  log(`store opened in ${openSeconds} s`);

  // A few real transcripts, to measure opening a conversation the way the console does.
  const sampleId = 'conv-0000007';
  for (let i = 0; i < messagesPer; i++) {
    const message: TranscriptMessage = { id: `${sampleId}|${i}`, conversationId: sampleId, channelId: 'directline', role: i % 2 ? 'bot' : 'customer', fromId: 'u', text: customerText(), timestamp: new Date(START + i * 1000).toISOString() };
    await stores.transcripts.append(message);
  }

  const queue = new ReviewQueue(stores.flags, stores.transcripts);
  const flagCount = (await stores.flags.listFlags()).length;
  const cases: [string, QueueQuery][] = [
    ['open queue, first page (severity, newest)', {}],
    ['open queue, page 200', { page: 200 }],
    ['all statuses, newest first', { status: 'all', sort: 'newest' }],
    ['high severity on Teams', { severity: 'high', channel: 'msteams' }],
    ['unassigned', { assignee: 'none' }],
    ['intent = refund_status', { intent: 'refund_status' }],
    ['date range (one month)', { status: 'all', from: '2026-03-01', to: '2026-03-31' }],
    ['search "refund" (common word)', { status: 'all', q: 'refund' }],
    ['search "SK-123456 courier" (rare)', { status: 'all', q: 'sk-123456 courier' }],
    ['waiting for a person', { waiting: true }],
  ];
  const results: Record<string, { p50: number; p99: number; total: number }> = {};
  for (const [name, query] of cases) {
    const { total } = await queue.page(query);
    results[name] = { ...(await time(repeats, () => queue.page(query))), total };
    log(`${name.padEnd(42)} p50 ${String(results[name].p50).padStart(6)} ms   p99 ${String(results[name].p99).padStart(6)} ms   (${total.toLocaleString('en-US')} matching)`);
  }
  const viewStores = { ...stores };
  const view = await time(repeats, () => loadConversationView(viewStores, sampleId));
  log(`${'open one conversation (10 messages)'.padEnd(42)} p50 ${String(view.p50).padStart(6)} ms   p99 ${String(view.p99).padStart(6)} ms`);
  const memoryMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  log(`resident memory ${memoryMb} MB`);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ conversations, messages: conversations * messagesPer, flags: flagCount, openSeconds, memoryMb, queue: results, openConversation: view })}\n`,
    );
  }
  await stores.close();
} finally {
  if (!process.env.KEEP_BENCH_STORE) await rm(dir, { recursive: true, force: true });
  else log(`store kept in ${dir}`);
}
