/**
 * Over real HTTP: a form's error comes back on the page that sent it (each form names its page; the
 * Referer is allowed within the site as a fallback), and a session is kept alive only by what staff
 * do, never by the conversation page's background polling, which is told plainly when it ended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, countSessionWrites, STAFF_PASSWORD, StaffClient } from '../support/staffClient.ts';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

describe('staff forms and session activity', () => {
  let server: TestServer;
  let admin: StaffClient;
  let conversationPage: string;
  let flagId: string;

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'boss@shop.example', 'admin', 'Bea');
    admin = await StaffClient.signIn(server.base, 'boss@shop.example');
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('This is the third time I am asking and nobody answers. Absolutely useless, I want a refund NOW!!');
    const [flag] = await server.shopkeeper.stores.flags.flagsOf(customer.conversationId);
    flagId = flag.id;
    conversationPage = `/staff/conversations/${encodeURIComponent(customer.conversationId)}`;
  }, 120_000);
  afterAll(() => server?.stop());

  async function openPage(client: StaffClient, path: string): Promise<string> {
    const html = await (await client.get(path)).text();
    client.csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1];
    return html;
  }

  const backField = (html: string) => /name="_back" value="([^"]*)"/.exec(html)?.[1];

  it('sends a form error back to the page the form was on, which names itself in the form', async () => {
    const team = await openPage(admin, '/staff/team');
    expect(backField(team)).toBe('/staff/team');
    const weak = await admin.postForm('/staff/team', { email: 'new@shop.example', role: 'agent', password: 'short', _back: '/staff/team' });
    expect(weak.status).toBe(303);
    expect(weak.headers.get('location')).toBe('/staff/team');
    expect(await (await admin.get('/staff/team')).text()).toContain('at least 12 characters');

    const conversation = await openPage(admin, conversationPage);
    expect(backField(conversation)).toBe(conversationPage);
    const empty = await admin.postForm(`/staff/flags/${flagId}/notes`, { text: '   ', _back: conversationPage });
    expect(empty.headers.get('location')).toBe(conversationPage);
    expect(await (await admin.get(conversationPage)).text()).toContain('the note is empty');
  });

  it('never sends a form back outside the console', async () => {
    await openPage(admin, '/staff/team');
    for (const back of ['https://evil.example/staff/', '//evil.example/staff/', '/elsewhere']) {
      const res = await admin.postForm('/staff/team', { email: 'x@shop.example', role: 'agent', password: 'short', _back: back });
      expect(res.headers.get('location'), back).toBe('/staff/queue');
    }
  });

  it('lets the browser send the Referer within the site (a fallback for a form without its page)', async () => {
    const res = await admin.get('/staff/queue');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    await openPage(admin, '/staff/team');
    const weak = await admin.request('POST', '/staff/team', {
      form: { _csrf: admin.csrf, email: 'y@shop.example', role: 'agent', password: 'short' },
      headers: { referer: `${server.base}/staff/team` },
    });
    expect(weak.headers.get('location')).toBe('/staff/team');
  });

  it('does not hide the "Disable" button behind an error for the admin\'s own account', async () => {
    const team = await openPage(admin, '/staff/team');
    expect(team).not.toContain('action="/staff/team/boss%40shop.example/disable"');
  });

  describe('session activity', () => {
    let agent: StaffClient;
    let sessionId: string;
    const poll = () => agent.request('GET', `${conversationPage}/messages?after=0`, { headers: { accept: 'application/json' } });
    const stored = async () => (await server.shopkeeper.stores.staff.getSession(sessionId))!;
    const age = async (minutes: number) => {
      const session = await stored();
      await server.shopkeeper.stores.staff.saveSession(sessionId, { ...session, data: { ...session.data, lastSeenAt: Date.now() - minutes * 60_000 } });
    };

    beforeAll(async () => {
      await addStaff(server, 'sam@shop.example', 'agent', 'Sam');
      agent = await StaffClient.signIn(server.base, 'sam@shop.example', STAFF_PASSWORD);
      const cookie = /shopkeeper\.staff=([^;]+)/.exec(agent.cookieHeader())![1];
      sessionId = /^s:([^.]+)\./.exec(decodeURIComponent(cookie))![1];
    });

    it('does not renew or rewrite the session when the page polls for messages', async () => {
      await age(5);
      const before = await stored();
      const counter = countSessionWrites(server);
      try {
        for (let i = 0; i < 5; i++) {
          const res = await poll();
          expect(res.status).toBe(200);
          expect(res.headers.getSetCookie().filter((c) => c.startsWith('shopkeeper.staff=')), 'no cookie renewal').toEqual([]);
        }
        expect(counter.writes, 'no session writes').toBe(0);
        expect(await stored()).toEqual(before);

        // What the staff member does counts: the session is renewed (once a minute at most).
        const page = await agent.get('/staff/queue');
        expect(page.status).toBe(200);
        expect(page.headers.getSetCookie().some((c) => c.startsWith('shopkeeper.staff='))).toBe(true);
        expect(counter.writes).toBe(1);
        expect((await stored()).data.lastSeenAt as number).toBeGreaterThan(Date.now() - 10_000);
        expect((await stored()).expiresAt > before.expiresAt).toBe(true);
        await agent.get('/staff/queue');
        expect(counter.writes, 'not on every request').toBe(1);
      } finally {
        counter.restore();
      }
    });

    it('answers a poll after the idle timeout with 401, so the page can say so', async () => {
      await age(61);
      const res = await poll();
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toMatch(/sign in/);
      expect((await agent.get('/staff/queue')).status).toBe(303);
    });
  });
});
