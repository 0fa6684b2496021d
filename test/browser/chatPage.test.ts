/**
 * The shop's chat page in a real browser (Debian's Chromium through playwright-core): the official
 * Web Chat loads from our own server, talks to our Direct Line endpoint, and the customer sees the
 * bot's answer. Customer text containing HTML is shown as text. The conversation survives a reload
 * (kept in sessionStorage), and a chat that cannot go on is replaced by a new one, saying so. On a
 * 375 px phone nothing overflows.
 *
 * Skips with a message where Chromium is missing, unless SHOPKEEPER_REQUIRE_BROWSER=1 (CI sets it,
 * so CI never skips this).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserRequired, chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { addStaff, StaffClient } from '../support/staffClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { DirectLineTokens } from '../../src/server/directLine/directLineTokens.ts';

interface SavedChat {
  conversationId: string;
  token: string;
  userId: string;
  customerId: string;
}

describe.skipIf(!chromiumAvailable && !browserRequired)('the chat page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'grace@shop.example', 'agent', 'Grace');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openChat(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage(viewport ? { viewport } : {});
    page.on('pageerror', (error) => {
      pageErrors.push(error.message);
      console.error('page error:', error.message);
    });
    await page.goto(`${server.base}/`);
    await expect.poll(() => page.getByText('Test Shop assistant').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return page;
  }

  async function saved(page: Page): Promise<SavedChat | null> {
    return page.evaluate(() => JSON.parse(sessionStorage.getItem('shopkeeper.chat') ?? 'null'));
  }

  async function savedChat(page: Page): Promise<SavedChat> {
    await expect.poll(() => saved(page), { timeout: 30_000 }).not.toBeNull();
    return (await saved(page))!;
  }

  const status = (page: Page) => page.locator('#status').textContent();
  const customerTexts = async (conversationId: string) =>
    (await server.shopkeeper.stores.transcripts.messages(conversationId)).filter((m) => m.role === 'customer').map((m) => m.text);

  async function send(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox').first();
    await box.fill(text);
    await box.press('Enter');
  }

  it('answers "where is my order" in the page', async () => {
    const page = await openChat();
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chat-where-is-my-order.png'), fullPage: true });
  }, 90_000);

  it('chats as a demo customer picked in "Chat as", who sees their own order at once', async () => {
    const page = await openChat();
    await page.locator('#as').selectOption('C0001');
    await expect.poll(() => page.getByText('Signed in as Ada', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Hi Ada', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('SK-100001', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chat-signed-in-order.png'), fullPage: true });
  }, 90_000);

  it('shows customer text containing HTML as text, never as markup', async () => {
    const page = await openChat();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> hello';
    await send(page, hostile);
    await expect.poll(() => page.getByText('<script>alert(2)</script>', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('#webchat img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  }, 90_000);

  it('keeps the conversation across a reload: the history shows again and the chat goes on in the same conversation', async () => {
    const page = await openChat();
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const before = await savedChat(page);
    // The tab's sessionStorage only: nothing in localStorage, nothing in the address.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.url()).not.toContain(before.conversationId);

    await page.reload();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Continuing your chat. Chatting as an anonymous visitor.');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('where is my order', { exact: true }).count()).toBeGreaterThan(0);
    // The welcome was not sent a second time.
    await expect.poll(() => page.getByText('Test Shop assistant').count()).toBeGreaterThan(0);
    const welcomes = (await server.shopkeeper.stores.transcripts.messages(before.conversationId)).filter((m) => /Test Shop assistant/.test(m.text));
    expect(welcomes.length).toBe(1);

    await send(page, 'how much is shipping');
    await expect.poll(() => customerTexts(before.conversationId), { timeout: 30_000 }).toEqual(['where is my order', 'how much is shipping']);
    await expect.poll(() => page.getByText(/shipping/i).count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const after = await savedChat(page);
    expect(after.conversationId).toBe(before.conversationId);
    expect(after.userId).toBe(before.userId);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chat-after-reload.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('a customer waiting for a person who reloads still gets the agent\'s reply', async () => {
    const page = await openChat();
    await send(page, 'this is the worst shop ever, I want a human NOW');
    const { conversationId } = await savedChat(page);
    await expect.poll(async () => (await server.shopkeeper.stores.transcripts.getConversation(conversationId))?.mode, { timeout: 30_000 }).toBe('waiting_for_person');

    await page.reload();
    await expect.poll(() => status(page), { timeout: 30_000 }).toContain('Continuing your chat.');
    const agent = await StaffClient.signIn(server.base, 'grace@shop.example');
    const id = encodeURIComponent(conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'Hello again, I am here to help.' })).status).toBe(200);
    await expect.poll(() => page.getByText('Hello again, I am here to help.', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);

    await send(page, 'thank you, my parcel never came');
    await expect.poll(() => customerTexts(conversationId), { timeout: 30_000 }).toContain('thank you, my parcel never came');
    expect((await savedChat(page)).conversationId).toBe(conversationId);
    await page.close();
  }, 120_000);

  it('keeps the "Chat as" identity across a reload; "Start a new chat" forgets the old conversation', async () => {
    const page = await openChat();
    await page.locator('#as').selectOption('C0001');
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Signed in as Ada Lovelace (demo).');
    const ada = await savedChat(page);
    expect(ada.customerId).toBe('C0001');

    await page.reload();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Continuing your chat. Signed in as Ada Lovelace (demo).');
    expect(await page.locator('#as').inputValue()).toBe('C0001');
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('SK-100001', { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await savedChat(page)).conversationId).toBe(ada.conversationId);

    await page.getByRole('button', { name: 'Start a new chat' }).click();
    await expect.poll(async () => (await saved(page))?.conversationId, { timeout: 30_000 }).not.toBe(ada.conversationId);
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Signed in as Ada Lovelace (demo).');
    expect(await page.getByText('SK-100001', { exact: false }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it('a saved conversation that cannot be resumed (token from before a restart) gives a new chat, and says so', async () => {
    const page = await openChat();
    pageErrors.length = 0;
    const first = await savedChat(page);
    // What a server restarted without SHOPKEEPER_DIRECTLINE_SECRET sees: a token signed with another secret.
    const { token } = await new DirectLineTokens('the secret of the previous run, gone now').issue({ conversationId: first.conversationId, userId: first.userId });
    // Another page of the shop in the same tab (the chat page saves its token as it goes), then back.
    await page.goto(`${server.base}/healthz`);
    await page.evaluate((value) => sessionStorage.setItem('shopkeeper.chat', value), JSON.stringify({ ...first, token }));
    await page.goto(`${server.base}/`);
    await expect
      .poll(() => status(page), { timeout: 30_000 })
      .toBe('Your earlier chat could not be continued (it expired, or the chat service restarted), so a new chat has started. Chatting as an anonymous visitor.');
    const second = await savedChat(page);
    expect(second.conversationId).not.toBe(first.conversationId);
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => customerTexts(second.conversationId), { timeout: 30_000 }).toEqual(['where is my order']);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('resuming while the server is not answering yet (restarting: 503) waits and then continues the same chat', async () => {
    const page = await openChat();
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = await savedChat(page);
    let refused = 0;
    await page.route(`**/v3/directline/conversations/${first.conversationId}?watermark=*`, (route) => {
      if (refused >= 2) return route.continue();
      refused++;
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"the bot is starting, try again in a moment"}' });
    });
    await page.reload();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Continuing your chat. Chatting as an anonymous visitor.');
    expect(refused).toBe(2);
    expect((await savedChat(page)).conversationId).toBe(first.conversationId);
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
  }, 120_000);

  it('an open chat whose token is refused (the server restarted) starts a new chat instead of "Send failed. Retry" for ever', async () => {
    const page = await openChat();
    const first = await savedChat(page);
    // The restarted server refuses the old token: 403, as our Direct Line endpoint answers.
    await page.route(`**/v3/directline/conversations/${first.conversationId}/**`, (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: '{"error":{"code":"TokenExpired","message":"invalid token"}}' }),
    );
    await send(page, 'hello?');
    await expect.poll(() => status(page), { timeout: 30_000 }).toContain('The connection to your chat was lost');
    await expect.poll(async () => (await saved(page))?.conversationId, { timeout: 30_000 }).not.toBe(first.conversationId);
    await send(page, 'where is my order');
    await expect.poll(() => page.getByText('What is your order number?').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
  }, 120_000);

  it('polling starts again after a failed poll (network blip, server restart): an agent\'s later reply still arrives', async () => {
    const page = await openChat();
    await send(page, 'I want to talk to a person please');
    const { conversationId } = await savedChat(page);
    await expect.poll(async () => (await server.shopkeeper.stores.transcripts.getConversation(conversationId))?.mode, { timeout: 30_000 }).toBe('waiting_for_person');
    let refused = 0;
    const polls = `**/v3/directline/conversations/${conversationId}/activities?watermark=*`;
    await page.route(polls, (route) => {
      refused++;
      return route.abort('connectionrefused');
    });
    await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => status(page), { timeout: 15_000 }).toContain('reconnecting');
    await page.unroute(polls);

    const agent = await StaffClient.signIn(server.base, 'grace@shop.example');
    const id = encodeURIComponent(conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'Sorry for the wait, I am on it.' })).status).toBe(200);
    await expect.poll(() => page.getByText('Sorry for the wait, I am on it.', { exact: false }).count(), { timeout: 45_000 }).toBeGreaterThan(0);
    expect(await status(page)).toBe('Chatting as an anonymous visitor.');
    expect((await savedChat(page)).conversationId).toBe(conversationId);
    await page.close();
  }, 120_000);

  it('fits a 375 px phone: nothing overflows, the button is on screen, the header is compact', async () => {
    const page = await openChat({ width: 375, height: 700 });
    await page.locator('#as').selectOption('C0001');
    await expect.poll(() => status(page), { timeout: 30_000 }).toContain('Signed in as Ada');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const button = await page.getByRole('button', { name: 'Start a new chat' }).boundingBox();
    expect(button).not.toBeNull();
    expect(button!.x).toBeGreaterThanOrEqual(0);
    expect(button!.x + button!.width).toBeLessThanOrEqual(375);
    const header = await page.locator('body > header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chat-phone.png') });
    await page.close();
  }, 90_000);
});
