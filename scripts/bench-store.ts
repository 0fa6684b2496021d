/**
 * Per-turn cost of the embedded store with 1k and 100k transcript messages already stored.
 *
 * A turn does what the pipeline does to the store: append the customer's message, update the
 * conversation record, write back the scored message, read the conversation's messages for its
 * mood, save the record again, read and write the bot state, append the bot's reply. The figure
 * is the time those take, per turn, and the longest the event loop was blocked meanwhile.
 *
 *   npm run bench:store -- [--messages 1000,100000] [--turns 300] [--json]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { execSync } from 'node:child_process';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openLowdbStores } from '../src/shop/lowdb/openLowdbStores.ts';
import type { ConversationRecord, TranscriptMessage } from '../src/shop/conversationTypes.ts';
import type { ShopStores } from '../src/shop/ports.ts';

const MESSAGES_PER_CONVERSATION = 10;

const program = new Command('bench-store')
  .option('--messages <list>', 'stored transcript messages before measuring (comma list)', '1000,100000')
  .option('--turns <n>', 'turns measured per size', '300')
  .option('--json', 'print one JSON object')
  .parse();
const options = program.opts<{ messages: string; turns: string; json?: boolean }>();
const sizes = options.messages.split(',').map(Number);
const turns = Number(options.turns);
const progress = !options.json && process.stderr.isTTY;

function message(conversationId: string, i: number, role: 'customer' | 'bot'): TranscriptMessage {
  return {
    id: `${conversationId}|${String(i).padStart(7, '0')}`,
    conversationId,
    channelId: 'directline',
    role,
    fromId: role === 'customer' ? `user-${conversationId}` : 'shopkeeper-bot',
    text: role === 'customer' ? 'Where is my order SK-104233? It has been two weeks and nobody answers!' : 'I can look that up. What is your order number?',
    timestamp: new Date().toISOString(),
    ...(role === 'customer'
      ? {
          sentiment: { score: -0.6, label: 'negative' as const, confidence: 0.8, reasons: ['waiting time: two weeks', 'nobody answers'] },
          understanding: { intent: 'order_status', confidence: 0.93, ambiguous: false, entities: { orderIds: ['SK-104233'], emails: [], postcodes: [], quantities: [], dates: [], colours: [], sizes: [], materials: [], products: [], categories: [] } },
        }
      : {}),
  };
}

function record(id: string, count: number): ConversationRecord {
  const now = new Date().toISOString();
  return { id, channelId: 'directline', userId: `user-${id}`, startedAt: now, lastMessageAt: now, messageCount: count, mode: 'bot', reference: { conversation: { id }, channelId: 'directline', serviceUrl: 'http://localhost:3978' } };
}

async function fill(stores: ShopStores, messages: number): Promise<number> {
  const conversations = Math.ceil(messages / MESSAGES_PER_CONVERSATION);
  const bar = progress ? new cliProgress.SingleBar({ format: `filling ${messages} messages [{bar}] {value}/{total} conversations` }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(conversations, 0);
  const batch = 50;
  for (let start = 0; start < conversations; start += batch) {
    const ids = Array.from({ length: Math.min(batch, conversations - start) }, (_, i) => `bench-${start + i}`);
    await Promise.all(
      ids.map(async (id) => {
        await Promise.all(Array.from({ length: MESSAGES_PER_CONVERSATION }, (_, i) => stores.transcripts.append(message(id, i, i % 2 ? 'bot' : 'customer'))));
        await stores.transcripts.saveConversation(record(id, MESSAGES_PER_CONVERSATION));
      }),
    );
    bar?.update(start + ids.length);
  }
  bar?.stop();
  return conversations;
}

async function oneTurn(stores: ShopStores, conversationId: string, i: number): Promise<void> {
  const incoming = message(conversationId, 1000 + i * 2, 'customer');
  await stores.transcripts.append({ ...incoming, sentiment: undefined, understanding: undefined });
  const rec = (await stores.transcripts.getConversation(conversationId)) ?? record(conversationId, 0);
  await stores.transcripts.saveConversation({ ...rec, messageCount: rec.messageCount + 1, lastMessageAt: new Date().toISOString() });
  await stores.transcripts.update(incoming);
  await stores.transcripts.messages(conversationId);
  await stores.transcripts.saveConversation({ ...rec, messageCount: rec.messageCount + 1 });
  const key = `directline/conversations/${conversationId}/`;
  const state = (await stores.state.read([key]))[key] ?? {};
  await stores.state.write({ [key]: { ...(state as object), dialogState: { dialogStack: [] }, eTag: '*' } });
  await stores.transcripts.append(message(conversationId, 1001 + i * 2, 'bot'));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const results = [];
for (const size of sizes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-bench-'));
  let stores = await openLowdbStores(dir);
  const conversations = await fill(stores, size);
  await stores.close();
  const openStarted = performance.now();
  stores = await openLowdbStores(dir); // measure on a freshly opened store, as after a restart
  const openMs = performance.now() - openStarted;

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const times: number[] = [];
  for (let i = 0; i < turns; i++) {
    const id = `bench-${(i * 7919) % conversations}`;
    const started = performance.now();
    await oneTurn(stores, id, i);
    times.push(performance.now() - started);
  }
  delay.disable();
  await stores.close();
  const diskMb = Number(execSync(`du -sk ${dir}`).toString().split('\t')[0]) / 1024;
  await rm(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  results.push({
    storedMessages: size,
    conversations,
    turns,
    turnMsP50: +percentile(times, 50).toFixed(2),
    turnMsP99: +percentile(times, 99).toFixed(2),
    turnMsMean: +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2),
    longestEventLoopBlockMs: +(delay.max / 1e6).toFixed(1),
    openStoreMs: +openMs.toFixed(0),
    diskMb: +diskMb.toFixed(1),
  });
}

if (options.json) {
  process.stdout.write(`${JSON.stringify({ results })}\n`);
} else {
  console.log('stored messages | conversations | per-turn store p50 | p99 | mean | longest event-loop block | open store | disk');
  for (const r of results) {
    console.log(`${r.storedMessages} | ${r.conversations} | ${r.turnMsP50} ms | ${r.turnMsP99} ms | ${r.turnMsMean} ms | ${r.longestEventLoopBlockMs} ms | ${r.openStoreMs} ms | ${r.diskMb} MB`);
  }
}
