import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../src/shop/lowdb/lowdbDocumentStore.ts';
import { openLowdbStores } from '../../src/shop/lowdb/openLowdbStores.ts';
import { ReturnConflictError, type ShopStores } from '../../src/shop/ports.ts';
import { shiftDates } from '../../src/shop/seedStore.ts';
import type { TranscriptMessage } from '../../src/shop/conversationTypes.ts';
import * as shop from '../support/shopFixture.ts';

const run = promisify(execFile);
let dir: string;
let stores: ShopStores | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-store-'));
});
afterEach(async () => {
  await stores?.close();
  stores = undefined;
  await rm(dir, { recursive: true, force: true });
});

const message = (id: string, conversationId: string, text: string): TranscriptMessage => ({
  id,
  conversationId,
  channelId: 'directline',
  role: 'customer',
  fromId: 'u1',
  text,
  timestamp: new Date().toISOString(),
});

describe('the embedded store', () => {
  it('keeps everything across a restart', async () => {
    stores = await openLowdbStores(dir);
    await stores.catalog.upsertProducts(shop.products);
    await stores.customers.upsertCustomers(shop.customers);
    await stores.orders.upsertOrders(shop.orders);
    await stores.transcripts.append(message('m1', 'conv/with:odd;chars', 'hello'));
    await stores.transcripts.saveConversation({
      id: 'conv/with:odd;chars', channelId: 'directline', userId: 'u1', startedAt: 'x', lastMessageAt: 'x', messageCount: 1, mode: 'bot',
    });
    await stores.interactions.record(shop.interactions);
    await stores.close();

    stores = await openLowdbStores(dir);
    expect((await stores.catalog.listProducts()).map((p) => p.id)).toEqual(shop.products.map((p) => p.id));
    expect((await stores.customers.findCustomerByEmail('ADA.lovelace@example.com'))?.id).toBe('C0001');
    expect((await stores.orders.ordersForCustomer('C0001')).map((o) => o.id)).toEqual(['SK-100001', 'SK-100002', 'SK-100003', 'SK-100004']);
    expect((await stores.transcripts.messages('conv/with:odd;chars')).map((m) => m.text)).toEqual(['hello']);
    expect(await stores.interactions.count()).toBe(shop.interactions.length);
  });

  it('updates a stored message in place', async () => {
    stores = await openLowdbStores(dir);
    await stores.transcripts.append(message('m1', 'c1', 'first'));
    await stores.transcripts.append(message('m2', 'c1', 'second'));
    await stores.transcripts.update({ ...message('m1', 'c1', 'first'), sentiment: { score: -0.5, label: 'negative', confidence: 0.8, reasons: ['x'] } });
    const messages = await stores.transcripts.messages('c1');
    expect(messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(messages[0].sentiment?.label).toBe('negative');
  });

  it('keeps one open flag per conversation and a history of its changes', async () => {
    stores = await openLowdbStores(dir);
    const first = await stores.flags.raise('c1', { at: '2026-01-01T00:00:00Z', severity: 'medium', reasons: ['a'], messageIds: ['m1'] });
    const same = await stores.flags.raise('c1', { at: '2026-01-01T00:01:00Z', severity: 'medium', reasons: ['a'], messageIds: ['m1'] });
    const worse = await stores.flags.raise('c1', { at: '2026-01-01T00:02:00Z', severity: 'high', reasons: ['a', 'b'], messageIds: ['m1', 'm2'] });
    expect(same.id).toBe(first.id);
    expect(worse.id).toBe(first.id);
    expect(worse.history).toHaveLength(2);
    await stores.flags.saveFlag({ ...worse, status: 'resolved' });
    const next = await stores.flags.raise('c1', { at: '2026-01-02T00:00:00Z', severity: 'low', reasons: ['c'], messageIds: ['m9'] });
    expect(next.id).not.toBe(first.id);
    expect(await stores.flags.listFlags()).toHaveLength(2);
  });

  it('refuses a state write based on an old version', async () => {
    stores = await openLowdbStores(dir);
    await stores.state.write({ k: { n: 1 } });
    const read = (await stores.state.read(['k'])).k as { eTag: string };
    await stores.state.write({ k: { n: 2, eTag: read.eTag } });
    await expect(stores.state.write({ k: { n: 3, eTag: read.eTag } })).rejects.toBeInstanceOf(ETagConflictError);
    await stores.state.write({ k: { n: 4, eTag: '*' } });
    expect(((await stores.state.read(['k'])).k as { n: number }).n).toBe(4);
  });

  it('gives returns sequential ids', async () => {
    stores = await openLowdbStores(dir);
    await stores.returns.upsertReturns(shop.returns);
    const created = await stores.returns.createReturn({ ...shop.returns[0], orderId: 'SK-100003' });
    expect(created.id).toBe('R-000002');
  });

  it('refuses a second open return of the same item of an order, and allows it once the first is rejected', async () => {
    stores = await openLowdbStores(dir);
    const request = { ...shop.returns[0], orderId: 'SK-100003', status: 'requested' as const };
    // Started at once from two chats: one wins, the other is refused with the winner.
    const results = await Promise.allSettled([stores.returns.createReturn(request), stores.returns.createReturn(request)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ReturnConflictError);
    expect((refused.reason as ReturnConflictError).existing.id).toBe('R-000001');
    expect(await stores.returns.returnsForOrder('SK-100003')).toHaveLength(1);
    // Another item of the same order is fine; so is the same item once its return was rejected.
    await stores.returns.createReturn({ ...request, items: [{ productId: 'P0007', name: 'Rose Face Cream', quantity: 1 }] });
    await stores.returns.upsertReturns([{ ...(await stores.returns.getReturn('R-000001'))!, status: 'rejected' }]);
    await expect(stores.returns.createReturn(request)).resolves.toMatchObject({ id: 'R-000003' });
  });

  it('lets one process write at a time: a second process is refused with a clear message', async () => {
    stores = await openLowdbStores(dir);
    const file = path.join(dir, 'products.json');
    await writeFile(file, JSON.stringify(shop.products));
    const attempt = run(process.execPath, ['bin/shopkeeper.js', 'import', '--products', file, '--data-dir', dir]);
    await expect(attempt).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`in use by process ${process.pid}`) });
  });
});

describe('moving the demo dates to today', () => {
  it('shifts ISO date-times and nothing else', () => {
    const shifted = shiftDates({ at: '2026-01-01T00:00:00.000Z', zip: '10001', nested: [{ d: '2026-01-02T12:00:00.000Z' }], n: 5 }, 86_400_000);
    expect(shifted).toEqual({ at: '2026-01-02T00:00:00.000Z', zip: '10001', nested: [{ d: '2026-01-03T12:00:00.000Z' }], n: 5 });
  });
});
