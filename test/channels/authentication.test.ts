/**
 * With an Azure Bot registration configured, /api/messages takes only requests with a valid Bot
 * Framework token: none or a bad one is refused with 401 before any turn runs (nothing stored).
 * The website's Direct Line endpoint does not go through that check and keeps working.
 */
import { generateKeyPairSync, createSign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../support/testServer.ts';
import { type ChannelServer, postActivity, startChannelServer } from './channelServer.ts';
import { BOT_APP_ID, TENANT_ID, teamsPersonalMessage } from './fixtures.ts';

let server: ChannelServer;
beforeAll(async () => {
  server = await startChannelServer({
    MicrosoftAppId: BOT_APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT_ID,
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** A well-formed JWT with the claims a channel token has, signed by a key Microsoft never published. */
function forgedToken(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${encode({
    iss: 'https://api.botframework.com',
    aud: BOT_APP_ID,
    serviceurl: 'https://smba.trafficmanager.net/emea/',
    nbf: now - 60,
    exp: now + 3600,
  })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

describe('/api/messages with MicrosoftAppId set', () => {
  it('does not say it is anonymous', () => {
    expect(server.logs.some((l) => /anonymous/.test(l.msg))).toBe(false);
  });

  // A well-formed JWT is checked against Microsoft's published signing keys: with the internet that
  // is a 401 (unknown key); on this offline machine the keys cannot be fetched: 503 (try again
  // later), never a 500 with the internal error. Either way the request is refused before any turn
  // runs, with one log line (botbuilder's console.error stack is not printed) and no internal text.
  const cases: [string, () => Record<string, string>, number[]][] = [
    ['no Authorization header', () => ({}), [401]],
    ['a token that is not a JWT', () => ({ authorization: 'Bearer nope' }), [401]],
    ['not a Bearer token', () => ({ authorization: 'Basic dXNlcjpwYXNz' }), [401]],
    ['a JWT signed by somebody else', () => ({ authorization: `Bearer ${forgedToken()}` }), [401, 503]],
  ];
  for (const [name, headers, refused] of cases) {
    it(`${name}: ${refused.join(' or ')} and no turn runs`, async () => {
      const n = String(cases.findIndex((c) => c[0] === name) + 1);
      const activity = teamsPersonalMessage('where is my order', `9${n}`);
      const before = server.logs.length;
      const { status, replies, body } = await postActivity(server.base, activity, headers());
      expect(refused).toContain(status);
      expect(replies).toEqual([]);
      expect(body).not.toMatch(/botframework\.com|getaddrinfo|ENOTFOUND|at .*\.js/);
      expect(JSON.parse(body)).toEqual({ error: expect.stringMatching(status === 503 ? /login service cannot be reached/ : /unauthorized/) });
      const lines = server.logs.slice(before);
      expect(lines.map((l) => l.msg)).toEqual([expect.stringMatching(/^Bot Framework request refused/)]);
      // The reason botbuilder gave (it would have printed it to stderr with a stack) is in that line.
      expect((lines[0] as { reason?: string }).reason).toEqual(expect.any(String));
      const conversationId = (activity.conversation as { id: string }).id;
      expect(await server.shopkeeper.stores.transcripts.messages(conversationId)).toEqual([]);
      expect(await server.shopkeeper.stores.transcripts.getConversation(conversationId)).toBeUndefined();
    }, 30_000);
  }
});

describe('the website keeps working with MicrosoftAppId set', () => {
  it('Direct Line: a conversation starts, and the bot answers', async () => {
    const client = await DirectLineClient.start(server.base);
    const welcome = await client.poll();
    expect(welcome.some((a) => a.type === 'message' && /Test Shop assistant/.test(a.text))).toBe(true);
    expect((await client.ask('how much is shipping')).join('\n')).toMatch(/shipping/i);
  });
});
