/**
 * The shop's chat page in a real browser (Debian's Chromium through playwright-core): the official
 * Web Chat loads from our own server, talks to our Direct Line endpoint, and the customer sees the
 * bot's answer. Customer text containing HTML is shown as text.
 *
 * Skips with a message where Chromium is missing, unless SHOPKEEPER_REQUIRE_BROWSER=1 (CI sets it,
 * so CI never skips this).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserRequired, chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe.skipIf(!chromiumAvailable && !browserRequired)('the chat page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openChat(): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.base}/`);
    await expect.poll(() => page.getByText('Test Shop assistant').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return page;
  }

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
});
