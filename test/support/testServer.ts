/**
 * The real Shopkeeper server for HTTP and browser tests: the test shop written as a shop folder,
 * a temp data dir, a free port, the real models.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Logger, pino } from 'pino';
import { readConfig } from '../../src/config.ts';
import { type Shopkeeper, startShopkeeper } from '../../src/shopkeeper.ts';
import * as shop from './shopFixture.ts';

export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnop';

export interface TestServer {
  shopkeeper: Shopkeeper;
  /** Base URL without the trailing slash. */
  base: string;
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Writes the test shop as a shop folder (the format of data/demo-shop). */
export async function writeTestShopFolder(dir: string): Promise<string> {
  const shopDir = path.join(dir, 'shop');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(shopDir, { recursive: true });
  await writeFile(path.join(shopDir, 'shop.json'), JSON.stringify({ anchorDate: shop.NOW.toISOString(), ...shop.shopProfile }));
  await writeFile(path.join(shopDir, 'products.json'), JSON.stringify(shop.products));
  await writeFile(path.join(shopDir, 'customers.json'), JSON.stringify(shop.customers));
  await writeFile(path.join(shopDir, 'orders.json'), JSON.stringify(shop.orders));
  await writeFile(path.join(shopDir, 'returns.json'), JSON.stringify(shop.returns));
  const rows = shop.interactions.map((i) => `${i.customerId},${i.productId},${i.type},${i.timestamp}`);
  await writeFile(path.join(shopDir, 'interactions.csv'), ['customerId,productId,type,timestamp', ...rows].join('\n') + '\n');
  return shopDir;
}

export async function startTestServer(env: Record<string, string> = {}, dataDir?: string, logger?: Logger): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'shopkeeper-http-')));
  const shopDir = await writeTestShopFolder(dir);
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SHOPKEEPER_DATA_DIR: dir,
    SHOPKEEPER_SEED_DIR: shopDir,
    SHOPKEEPER_DIRECTLINE_SECRET: TEST_SECRET,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const shopkeeper = await startShopkeeper(config, { logger: logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  await shopkeeper.ready;
  return {
    shopkeeper,
    base: shopkeeper.url.replace(/\/$/, ''),
    dataDir: dir,
    async stop(options = {}) {
      await shopkeeper.close();
      if (!options.keepData) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal Direct Line client, as Web Chat uses the endpoint. */
export class DirectLineClient {
  watermark = 0;
  conversationId = '';
  token = '';

  constructor(private readonly base: string) {}

  static async start(base: string, customerId?: string): Promise<DirectLineClient> {
    const client = new DirectLineClient(base);
    const session = await fetch(`${base}/chat/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(customerId ? { customerId } : {}),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` } });
    if (started.status !== 201) throw new Error(`start conversation: ${started.status} ${await started.text()}`);
    const body = (await started.json()) as { conversationId: string; token: string };
    client.conversationId = body.conversationId;
    client.token = body.token;
    return client;
  }

  async post(activity: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  async say(text: string): Promise<string> {
    const res = await this.post({ type: 'message', text, from: { id: 'someone' }, channelData: { clientActivityID: `c-${Date.now()}` } });
    if (!res.ok) throw new Error(`post: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** New activities since the last poll. */
  async poll(): Promise<Record<string, any>[]> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) throw new Error(`poll: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { activities: Record<string, any>[]; watermark: string };
    this.watermark = Number(body.watermark);
    return body.activities;
  }

  /** Says something and returns the bot's message texts that follow it. */
  async ask(text: string): Promise<string[]> {
    await this.say(text);
    const activities = await this.poll();
    return activities.filter((a) => a.type === 'message' && a.from?.role === 'bot').map((a) => String(a.text ?? ''));
  }
}
