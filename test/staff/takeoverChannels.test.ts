/**
 * Takeover on Teams and Slack: the agent's words go out through the CloudAdapter's proactive
 * messaging to the channel's service URL from the stored conversation reference. A stand-in Bot
 * Connector service on a free port receives them, as Azure Bot Service would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../channels/channelServer.ts';
import { slackDirectMessage, teamsPersonalMessage } from '../channels/fixtures.ts';
import { addStaff, StaffClient } from '../support/staffClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

interface Delivered {
  path: string;
  activity: { type: string; text?: string; name?: string; conversation?: { id: string } };
}

describe('takeover on Teams and Slack', () => {
  let server: TestServer;
  let connector: Server;
  let connectorUrl: string;
  const delivered: Delivered[] = [];
  let agent: StaffClient;

  beforeAll(async () => {
    connector = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        delivered.push({ path: decodeURIComponent(req.url ?? ''), activity: JSON.parse(body || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${delivered.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    server = await startTestServer();
    await addStaff(server, 'sam@shop.example', 'agent', 'Sam');
    agent = await StaffClient.signIn(server.base, 'sam@shop.example');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => connector?.close(resolve));
  });

  it.each([
    ['Teams', (text: string) => ({ ...teamsPersonalMessage(text, '901'), id: `msg-${Math.random()}` })],
    ['Slack', (text: string) => ({ ...slackDirectMessage(text, '902'), id: `msg-${Math.random()}` })],
  ])('on %s the agent reaches the customer proactively and the bot stays quiet', async (_channel, message) => {
    const say = (text: string) => postActivity(server.base, { ...message(text), serviceUrl: connectorUrl });
    const asked = await say('I want to talk to a person');
    expect(asked.status).toBe(200);
    const conversationId = ((message('x') as Record<string, unknown>).conversation as { id: string }).id;
    const id = encodeURIComponent(conversationId);
    delivered.length = 0;

    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'Let me check that order for you.' })).status).toBe(200);
    const texts = delivered.filter((d) => d.activity.type === 'message').map((d) => d.activity.text);
    expect(texts).toEqual([
      "Sam: Hi, I'm Sam from the team. I've read our conversation so far and I'm here to help.",
      'Sam: Let me check that order for you.',
    ]);
    for (const { path } of delivered) expect(path.startsWith(`/v3/conversations/${conversationId}/activities`), path).toBe(true);
    expect(delivered.some((d) => d.activity.type === 'event'), 'no handoff events to channels that refuse them').toBe(false);

    const meanwhile = await say('thanks, the order is SK-100001');
    expect(meanwhile.replies, 'the bot is quiet while Sam answers').toEqual([]);

    expect((await agent.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    expect(delivered.at(-1)?.activity.text).toMatch(/^Sam: I'm handing you back to our assistant/);
    const after = await say('hello');
    expect(after.replies.length, 'the bot answers again').toBeGreaterThan(0);
  });
});
