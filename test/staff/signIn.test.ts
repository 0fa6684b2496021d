/**
 * The staff console's doors, over real HTTP: nothing without a session, wrong passwords and the
 * lockout, CSRF on every state change, sessions that end, and what an agent may not do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, countSessionWrites, STAFF_PASSWORD, StaffClient } from '../support/staffClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe('staff console sign-in and permissions', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'boss@shop.example', 'admin', 'Bea Boss');
    await addStaff(server, 'agent@shop.example', 'agent', 'Sam Agent');
  }, 120_000);
  afterAll(() => server?.stop());

  it.each([
    ['GET', '/staff/queue', 303],
    ['GET', '/staff/', 303],
    ['GET', '/staff/dashboard', 303],
    ['GET', '/staff/team', 303],
    ['GET', '/staff/conversations/anything', 303],
    ['GET', '/staff/conversations/anything/export.json', 303],
    ['GET', '/staff/api/queue', 401],
    ['GET', '/staff/api/dashboard', 401],
    ['GET', '/staff/api/session', 401],
    ['POST', '/staff/api/flags/x/notes', 401],
    ['POST', '/staff/api/conversations/x/takeover', 401],
  ])('%s %s without a session answers %i', async (method, path, status) => {
    const anonymous = new StaffClient(server.base);
    const res = await anonymous.request(method, path, method === 'POST' ? { json: {} } : {});
    expect(res.status).toBe(status);
    if (status === 303) expect(res.headers.get('location')).toMatch(/^\/staff\/login/);
  });

  it('shows the sign-in page with a CSRF token in an httpOnly, SameSite cookie, and no session yet', async () => {
    const client = new StaffClient(server.base);
    const res = await client.request('GET', '/staff/login');
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('shopkeeper.staff=')), 'no session before sign-in').toBeUndefined();
    const cookie = cookies.find((c) => c.startsWith('shopkeeper.staff.login='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/staff\/login/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here; Secure when served over HTTPS
    expect(await res.text()).toMatch(/name="_csrf" value="[0-9a-f]{20,}"/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('writes nothing to the session store for visitors who only open the sign-in page', async () => {
    const counter = countSessionWrites(server);
    try {
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${server.base}/staff/login`);
        expect(res.status).toBe(200);
      }
      expect(counter.writes).toBe(0);
      // The form still works: signing in starts (and stores) the session.
      await StaffClient.signIn(server.base, 'agent@shop.example');
      expect(counter.writes).toBeGreaterThan(0);
    } finally {
      counter.restore();
    }
  });

  it.each([
    ['no token', () => ''],
    ['a token from another browser', () => 'f'.repeat(96)],
  ])('refuses a sign-in with %s (CSRF)', async (_case, token) => {
    const client = new StaffClient(server.base);
    await client.openLoginPage();
    const res = await client.request('POST', '/staff/login', { json: { email: 'agent@shop.example', password: STAFF_PASSWORD, _csrf: token() } });
    expect(res.status).toBe(403);
    // Another visitor's valid token does not match this browser's cookie either.
    const other = new StaffClient(server.base);
    await other.openLoginPage();
    const crossed = await client.request('POST', '/staff/login', { json: { email: 'agent@shop.example', password: STAFF_PASSWORD, _csrf: other.csrf } });
    expect(crossed.status).toBe(403);
  });

  it('refuses a wrong password and signs in with the right one', async () => {
    const client = new StaffClient(server.base);
    const wrong = await client.signInAttempt('agent@shop.example', 'not the password');
    expect(wrong.status).toBe(401);
    expect(await client.get('/staff/api/queue').then((r) => r.status)).toBe(401);
    const right = await client.signInAttempt('agent@shop.example', STAFF_PASSWORD);
    expect(right.status).toBe(200);
    expect(await client.get('/staff/api/queue').then((r) => r.status)).toBe(200);
  });

  it('signs in through the HTML form and lands on the queue', async () => {
    const client = new StaffClient(server.base);
    await client.openLoginPage();
    const res = await client.postForm('/staff/login', { email: 'agent@shop.example', password: STAFF_PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/queue');
    const queue = await client.get('/staff/queue');
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Flagged conversations');
  });

  it('never redirects after sign-in to another site', async () => {
    const client = new StaffClient(server.base);
    await client.openLoginPage();
    const res = await client.postForm('/staff/login', { email: 'agent@shop.example', password: STAFF_PASSWORD, next: '//evil.example/staff/' });
    expect(res.headers.get('location')).toBe('/staff/queue');
  });

  it('locks an account for a while after five wrong passwords, even for the right one', async () => {
    await addStaff(server, 'forgetful@shop.example', 'agent');
    const client = new StaffClient(server.base);
    for (let i = 0; i < 5; i++) expect((await client.signInAttempt('forgetful@shop.example', `guess ${i}`)).status).toBe(401);
    const locked = await client.signInAttempt('forgetful@shop.example', STAFF_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(((await locked.json()) as { error: string }).error).toMatch(/try again in \d+ minute/);
    // Other accounts are not locked.
    expect((await client.signInAttempt('agent@shop.example', STAFF_PASSWORD)).status).toBe(200);
  });

  it.each([
    ['no token', ''],
    ['a wrong token', 'f'.repeat(64)],
  ])('refuses a state change with %s (CSRF)', async (_case, token) => {
    const client = await StaffClient.signIn(server.base, 'agent@shop.example');
    const res = await client.post('/staff/api/conversations/x/takeover', {}, token);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/reload the page/);
  });

  it('refuses a form post whose token belongs to another session', async () => {
    const mine = await StaffClient.signIn(server.base, 'agent@shop.example');
    const other = await StaffClient.signIn(server.base, 'boss@shop.example');
    const res = await mine.post('/staff/api/team', { email: 'x@shop.example', role: 'agent', password: STAFF_PASSWORD }, other.csrf);
    expect(res.status).toBe(403);
  });

  it.each([
    ['GET', '/staff/api/team'],
    ['GET', '/staff/team'],
    ['POST', '/staff/api/team'],
    ['POST', '/staff/api/team/boss@shop.example/disable'],
    ['POST', '/staff/api/conversations/any/delete'],
  ])('refuses an agent the admin action %s %s', async (method, path) => {
    const agent = await StaffClient.signIn(server.base, 'agent@shop.example');
    const res = method === 'GET' ? await agent.get(path) : await agent.post(path, { email: 'new@shop.example', role: 'admin', password: STAFF_PASSWORD });
    expect(res.status).toBe(403);
  });

  it('lets an admin add a colleague, who can then sign in, and disable them, which ends their session', async () => {
    const admin = await StaffClient.signIn(server.base, 'boss@shop.example');
    const added = await admin.post('/staff/api/team', { email: 'New.Person@Shop.example', role: 'agent', password: STAFF_PASSWORD, name: 'Nia' });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ email: 'new.person@shop.example', role: 'agent', name: 'Nia' });
    const newcomer = await StaffClient.signIn(server.base, 'new.person@shop.example');
    expect((await newcomer.get('/staff/api/queue')).status).toBe(200);

    expect((await admin.post('/staff/api/team/new.person@shop.example/disable')).status).toBe(200);
    expect((await newcomer.get('/staff/api/queue')).status).toBe(401);
    expect((await new StaffClient(server.base).signInAttempt('new.person@shop.example', STAFF_PASSWORD)).status).toBe(401);
  });

  it('refuses a short password for a new colleague with the reason', async () => {
    const admin = await StaffClient.signIn(server.base, 'boss@shop.example');
    const res = await admin.post('/staff/api/team', { email: 'short@shop.example', role: 'agent', password: 'short' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/at least 12 characters/);
  });

  it('answers 400 with a message to a malformed query or body', async () => {
    const agent = await StaffClient.signIn(server.base, 'agent@shop.example');
    const badQuery = await agent.get('/staff/api/queue?from=yesterday');
    expect(badQuery.status).toBe(400);
    expect(((await badQuery.json()) as { error: string }).error).toMatch(/from: must be a date/);
    const badJson = await fetch(`${server.base}/staff/api/flags/x/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': agent.csrf, cookie: agent.cookieHeader() },
      body: '{"text": ',
    });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: string }).error).toMatch(/JSON/i);
    const noText = await agent.post('/staff/api/flags/x/notes', {});
    expect(noText.status).toBe(400);
    expect(((await noText.json()) as { error: string }).error).toMatch(/text is required/);
  });

  it('ends the session on sign-out', async () => {
    const agent = await StaffClient.signIn(server.base, 'agent@shop.example');
    expect((await agent.post('/staff/logout')).status).toBe(200);
    expect((await agent.get('/staff/api/queue')).status).toBe(401);
  });
});
