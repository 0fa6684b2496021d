/**
 * A bot for conversation tests: the real pipeline and dialogs on the real lowdb store (in a temp
 * folder, seeded with the test shop), stand-in models, and botbuilder's TestAdapter.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { createBotRuntime } from '../../src/bot/botRuntime.ts';
import { VERIFIED_IDENTITY } from '../../src/bot/verifiedIdentity.ts';
import type { ShopStores } from '../../src/shop/ports.ts';
import type { OrderProofThrottle } from '../../dialogs/services.ts';
import { openLowdbStores } from '../../src/shop/lowdb/openLowdbStores.ts';
import type { Product } from '../../src/shop/types.ts';
import { CatalogSuggestions, KeywordSentiment, simpleMoodRules, TableRecognizer } from './fakeModels.ts';
import * as shop from './shopFixture.ts';

export interface TestBot {
  adapter: TestAdapter;
  stores: ShopStores;
  close(): Promise<void>;
}

export interface TestBotOptions {
  /** Customer the conversation is signed in as (as the website's signed token would say). */
  customerId?: string;
  maxMessageLength?: number;
  /** Wrong order proofs across conversations; share one between test bots to play several chats. */
  orderProofs?: OrderProofThrottle;
}

export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-test-'));
  const stores = await openLowdbStores(dir);
  await stores.catalog.upsertProducts(shop.products);
  await stores.customers.upsertCustomers(shop.customers);
  await stores.orders.upsertOrders(shop.orders);
  await stores.returns.upsertReturns(shop.returns);
  await stores.interactions.record(shop.interactions);
  const productsById = new Map<string, Product>(shop.products.map((p) => [p.id, p]));
  const suggestions = new CatalogSuggestions(shop.products);
  const runtime = createBotRuntime({
    stores,
    shop: shop.shopProfile,
    recognizer: new TableRecognizer(shop.products),
    sentiment: new KeywordSentiment(),
    moodRules: simpleMoodRules,
    suggestionModel: () => suggestions,
    productsById,
    maxMessageLength: options.maxMessageLength ?? 2000,
    logger: pino({ level: 'silent' }),
    now: () => shop.NOW,
    orderProofs: options.orderProofs,
  });
  const adapter = new TestAdapter((context: TurnContext) => runtime.bot.run(context));
  adapter.use({
    async onTurn(context, next) {
      if (options.customerId) context.turnState.set(VERIFIED_IDENTITY, { customerId: options.customerId });
      await next();
    },
  });
  adapter.use(...runtime.middleware);
  adapter.onTurnError = runtime.onTurnError;
  return {
    adapter,
    stores,
    async close() {
      await stores.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One customer message and what the bot must say back (each entry: a part of one reply, in order). */
export type Turn = [customerSays: string | Partial<Activity>, botReplies: (string | RegExp)[]];

/** Sends one customer message and returns everything the bot sent back (messages and events). */
export async function say(adapter: TestAdapter, message: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity(message);
  return adapter.activeQueue.splice(0);
}

/** Plays a table of turns and checks the bot's messages after each one, in order. */
export async function converse(adapter: TestAdapter, turns: Turn[]): Promise<void> {
  for (const [message, expected] of turns) {
    const replies = (await say(adapter, message)).filter((a) => a.type === 'message').map(replyText);
    const label = typeof message === 'string' ? message : JSON.stringify(message.value ?? message.text);
    if (replies.length < expected.length) {
      throw new Error(`after "${label}" expected ${expected.length} replies, got ${replies.length}: ${JSON.stringify(replies)}`);
    }
    expected.forEach((want, i) => {
      const ok = typeof want === 'string' ? replies[i].includes(want) : want.test(replies[i]);
      if (!ok) throw new Error(`after "${label}" reply ${i + 1} should match ${String(want)}, got: ${replies[i]}`);
    });
  }
}

/** The text of a reply plus the titles of its buttons (what the customer reads). */
export function replyText(activity: Partial<Activity>): string {
  const buttons = activity.suggestedActions?.actions.map((a) => `[${a.title}]`).join(' ') ?? '';
  return `${activity.text ?? ''} ${buttons}`.trim();
}
