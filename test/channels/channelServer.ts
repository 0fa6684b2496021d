/**
 * The real server for channel tests, with its log lines kept (to check what it says at start) and
 * a helper that posts an activity to /api/messages with deliveryMode expectReplies.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Shopkeeper } from '../../src/shopkeeper.ts';
import { startTestServer } from '../support/testServer.ts';

export interface ChannelServer {
  shopkeeper: Shopkeeper;
  base: string;
  /** Every log line the server wrote, parsed. */
  logs: { level: number; msg: string }[];
  stop(): Promise<void>;
}

export async function startChannelServer(env: Record<string, string> = {}): Promise<ChannelServer> {
  const logs: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const server = await startTestServer({ LOG_LEVEL: 'info', ...env }, undefined, pino({ level: 'info' }, sink));
  return { shopkeeper: server.shopkeeper, base: server.base, logs, stop: () => server.stop() };
}

export interface Reply {
  type: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
  attachments?: { contentType: string; content: any }[];
  attachmentLayout?: string;
  suggestedActions?: { to?: string[]; actions: { type: string; title: string; value?: unknown }[] };
}

/** Posts an activity to /api/messages and returns the status and the bot's replies. */
export async function postActivity(
  base: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; replies: Reply[]; body: string }> {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
  });
  const body = await res.text();
  let replies: Reply[] = [];
  if (res.status === 200 && body) replies = ((JSON.parse(body) as { activities?: Reply[] }).activities ?? []).filter((a) => a.type === 'message');
  return { status: res.status, replies, body };
}

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
export const HERO = 'application/vnd.microsoft.card.hero';
