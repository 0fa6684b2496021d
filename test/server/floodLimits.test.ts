/**
 * Flood bounds over real HTTP: a script asking for chat after chat, or sending message after message,
 * is told to wait (429, Retry-After) and what it sent past the bound is neither stored nor answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SHOPKEEPER_CHAT_TOKENS_PER_ADDRESS: '4', SHOPKEEPER_MESSAGES_PER_MINUTE: '3' });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const askForToken = () => fetch(`${server.base}/chat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

describe('flood limits', () => {
  it('a conversation that sends faster than anyone types is told to wait, and the extra message is not stored', async () => {
    const client = await DirectLineClient.start(server.base);
    await client.poll();
    for (const text of ['hello', 'where is my order', 'thanks']) expect((await client.post({ type: 'message', text })).status).toBe(200);
    const refused = await client.post({ type: 'message', text: 'one message too many' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/too many messages in this conversation: try again in \d+ seconds/) } });
    const seen = (await client.poll()).map((a) => a.text);
    expect(seen).not.toContain('one message too many');
    const stored = await server.shopkeeper.stores.transcripts.messages(client.conversationId);
    expect(stored.filter((m) => m.role === 'customer').map((m) => m.text)).toEqual(['hello', 'where is my order', 'thanks']);
  });

  it('one address gets a bounded number of chat tokens, then 429 with a message', async () => {
    // The first test took one token from this address.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await askForToken()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await askForToken();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many chats opened from this address/);
  });
});
