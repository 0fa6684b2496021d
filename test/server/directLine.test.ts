/**
 * The website's path, over real HTTP: Direct Line as Web Chat uses it, identity from the token,
 * the Bot Framework endpoint with expectReplies, and clear 400s for bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe('Direct Line v3 as Web Chat uses it', () => {
  it('starts a conversation with a welcome, echoes the message with its clientActivityID, and answers', async () => {
    const client = await DirectLineClient.start(server.base);
    const welcome = await client.poll();
    expect(welcome.some((a) => a.type === 'message' && /Test Shop assistant/.test(a.text))).toBe(true);

    const res = await client.post({ type: 'message', text: 'where is my order', from: { id: 'whoever' }, channelData: { clientActivityID: 'abc-123' } });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const activities = await client.poll();
    const echo = activities.find((a) => a.id === id);
    expect(echo).toMatchObject({ text: 'where is my order', channelData: { clientActivityID: 'abc-123' }, from: { role: 'user' } });
    expect(echo?.from.id).not.toBe('whoever');
    const answer = activities.filter((a) => a.from?.role === 'bot').map((a) => a.text).join('\n');
    expect(answer).toMatch(/order number/);
  });

  it('resumes by watermark without repeating activities', async () => {
    const client = await DirectLineClient.start(server.base);
    await client.poll();
    await client.say('hello');
    const first = await client.poll();
    const again = await client.poll();
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  });

  it('refreshes a token and reconnects to the same conversation', async () => {
    const client = await DirectLineClient.start(server.base);
    const refreshed = await fetch(`${server.base}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${client.token}` } });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.conversationId).toBe(client.conversationId);
    expect(body.expires_in).toBeGreaterThan(0);
    const reconnect = await fetch(`${server.base}/v3/directline/conversations/${client.conversationId}?watermark=0`, {
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(reconnect.status).toBe(200);
  });

  it('a signed-in customer (demo login) sees their own last order at once', async () => {
    const client = await DirectLineClient.start(server.base, 'C0001');
    await client.poll();
    const answer = (await client.ask('where is my order')).join('\n');
    expect(answer).toMatch(/SK-100001/);
  });

  it('an anonymous visitor claiming a customer id in "from" is still anonymous', async () => {
    const client = await DirectLineClient.start(server.base);
    await client.poll();
    await client.post({ type: 'message', text: 'where is my order', from: { id: 'C0001', name: 'Ada' } });
    const answer = (await client.poll()).filter((a) => a.from?.role === 'bot').map((a) => a.text).join('\n');
    expect(answer).not.toMatch(/SK-100001/);
    expect(answer).toMatch(/order number/);
  });

  it("the shop's back end issues a signed-in customer's token with the secret (tokens/generate)", async () => {
    const res = await fetch(`${server.base}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'C0001', name: 'Ada Lovelace' } }),
    });
    expect(res.status).toBe(200);
    const { token, conversationId } = (await res.json()) as { token: string; conversationId: string };
    const started = await fetch(`${server.base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(((await started.json()) as { conversationId: string }).conversationId).toBe(conversationId);
  });
});

describe('what is refused, and how', () => {
  it('table of bad requests: status and message', async () => {
    const client = await DirectLineClient.start(server.base);
    const other = await DirectLineClient.start(server.base);
    const url = `${server.base}/v3/directline/conversations/${client.conversationId}/activities`;
    const auth = { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' };
    const cases: { name: string; request: () => Promise<Response>; status: number; message: RegExp }[] = [
      { name: 'malformed JSON', request: () => fetch(url, { method: 'POST', headers: auth, body: '{"type": "mess' }), status: 400, message: /malformed JSON/ },
      { name: 'no type', request: () => fetch(url, { method: 'POST', headers: auth, body: '{"text":"hi"}' }), status: 400, message: /invalid activity: type/ },
      { name: 'unknown type', request: () => fetch(url, { method: 'POST', headers: auth, body: '{"type":"invoke"}' }), status: 400, message: /invalid activity: type/ },
      { name: 'text too long', request: () => fetch(url, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', text: 'x'.repeat(100_001) }) }), status: 400, message: /longer than 100,000/ },
      { name: 'no token', request: () => fetch(url, { method: 'POST', body: '{}' }), status: 401, message: /Authorization/ },
      { name: 'bad token', request: () => fetch(url, { method: 'POST', headers: { ...auth, authorization: 'Bearer nope' }, body: '{}' }), status: 403, message: /invalid token/ },
      {
        name: "another conversation's token",
        request: () => fetch(url, { method: 'POST', headers: { ...auth, authorization: `Bearer ${other.token}` }, body: '{"type":"message","text":"hi"}' }),
        status: 403,
        message: /another conversation/,
      },
      {
        name: 'tokens/generate without the secret',
        request: () => fetch(`${server.base}/v3/directline/tokens/generate`, { method: 'POST', headers: auth, body: '{}' }),
        status: 403,
        message: /needs the Direct Line secret/,
      },
      {
        name: 'a demo customer that does not exist',
        request: () => fetch(`${server.base}/chat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"customerId":"C9999"}' }),
        status: 404,
        message: /no customer C9999/,
      },
      { name: '/api/messages malformed JSON', request: () => fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), status: 400, message: /malformed JSON/ },
      {
        name: '/api/messages an activity without conversation, from, channelId',
        request: () => fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' }),
        status: 400,
        message: /conversation, from, channelId and serviceUrl are required/,
      },
      { name: '/api/messages not an activity', request: () => fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }), status: 400, message: /must be a Bot Framework activity/ },
    ];
    for (const c of cases) {
      const res = await c.request();
      const text = await res.text();
      expect({ name: c.name, status: res.status }).toEqual({ name: c.name, status: c.status });
      expect(text, c.name).toMatch(c.message);
    }
  });
});

describe('/api/messages (Bot Framework Emulator, Azure Bot Service)', () => {
  it('answers with expectReplies in the response body', async () => {
    const res = await fetch(`${server.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'a1',
        text: 'what payment methods do you take',
        channelId: 'emulator',
        serviceUrl: 'http://localhost:1',
        from: { id: 'user-1', name: 'User' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: 'emulator-conv-1' },
        deliveryMode: 'expectReplies',
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { type: string; text?: string }[] };
    expect(body.activities.map((a) => a.text).join('\n')).toContain('Visa, Mastercard and PayPal');
  });
});

describe('the page and what it loads', () => {
  const cases: [string, number, RegExp][] = [
    ['/healthz', 200, /"ok"/],
    ['/', 200, /<div id="webchat"/],
    ['/webchat/webchat.js', 200, /WebChat/],
    ['/images/products/P0001.svg', 200, /<svg[^>]*aria-label="Blue Linen Shirt"/],
    ['/images/products/NOPE.svg', 404, /no such product/],
  ];
  for (const [url, status, body] of cases) {
    it(`GET ${url}`, async () => {
      const res = await fetch(`${server.base}${url}`);
      expect(res.status).toBe(status);
      expect((await res.text()).slice(0, 4_000_000)).toMatch(body);
    });
  }
});
