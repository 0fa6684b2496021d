/**
 * What an agent types reaches the customer as they typed it: staff replies (and the agent's name
 * before them) go out as plain text (`textFormat: 'plain'`), so Web Chat shows `2*3*4 <b>x</b>`
 * literally instead of rendering Markdown or HTML (remote images included). The bot's own answers
 * keep their Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, StaffClient } from '../support/staffClient.ts';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

describe('agent replies in the customer chat', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'eve@shop.example', 'agent', '<img src=x onerror=alert(1)>Eve');
  }, 120_000);
  afterAll(() => server?.stop());

  it('are sent as plain text, name included', async () => {
    const agent = await StaffClient.signIn(server.base, 'eve@shop.example');
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('I want to talk to a person');
    const id = encodeURIComponent(customer.conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    const text = '2*3*4 <b>Let me check</b> ![pic](http://example.com/a.png) <img src="http://example.com/b.png">';
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text })).status).toBe(200);

    const messages = (await customer.poll()).filter((a) => a.type === 'message');
    expect(messages.map((a) => a.text)).toEqual([
      "<img src=x onerror=alert(1)>Eve: Hi, I'm <img src=x onerror=alert(1)>Eve from the team. I've read our conversation so far and I'm here to help.",
      `<img src=x onerror=alert(1)>Eve: ${text}`,
    ]);
    for (const message of messages) expect(message.textFormat, message.text).toBe('plain');

    expect((await agent.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    const back = (await customer.poll()).filter((a) => a.type === 'message');
    expect(back.every((a) => a.textFormat === 'plain')).toBe(true);
  });
});
