/**
 * The staff console in a real browser (Debian's Chromium through playwright-core): sign in, open the
 * queue, open a conversation flagged after a negative chat, add a note, resolve it (once the customer
 * who asked for a person is no longer waiting); take a chat over
 * and see the customer's next message arrive live. Customer text that looks like HTML stays text in
 * every view, under a strict Content Security Policy. A form's error stays on its page, and a page
 * whose session ended says so. Screenshots go to test-artifacts/.
 *
 * Skips with a message where Chromium is missing, unless SHOPKEEPER_REQUIRE_BROWSER=1 (CI sets it).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserRequired, chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { addStaff, STAFF_PASSWORD } from '../support/staffClient.ts';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

const XSS = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> where is my refund, this is useless!!';

describe.skipIf(!chromiumAvailable && !browserRequired)('the staff console in Chromium', { timeout: 60_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'grace@shop.example', 'admin', 'Grace');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.base}/staff/queue`);
    await expect.poll(() => page.url()).toContain('/staff/login');
    await page.getByLabel('Email').fill('grace@shop.example');
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/staff\/queue$/);
    return page;
  }

  it('signs in, opens a flagged conversation from the queue, adds a note and resolves it', async () => {
    const customer = await DirectLineClient.start(server.base, 'C0001');
    await customer.ask('my order is two weeks late');
    await customer.ask('This is the third time I am asking and nobody answers. Absolutely useless!!');
    await customer.ask(XSS);

    const page = await signedInPage();
    const row = page.locator('table.queue tbody tr').first();
    await expect.poll(() => row.count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-queue.png'), fullPage: true });
    await row.getByRole('link').click();
    await page.waitForURL(/\/staff\/conversations\//);

    const messages = page.locator('#messages li.message.customer .text');
    await expect.poll(() => messages.allTextContents()).toEqual([
      'my order is two weeks late',
      'This is the third time I am asking and nobody answers. Absolutely useless!!',
      XSS,
    ]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(await page.locator('.message.flagged').count()).toBeGreaterThan(0);
    expect(await page.locator('.sentiment.negative').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.profile').textContent()).toContain('Ada Lovelace');

    await page.getByLabel('Add a note (staff only)').fill('Refund approved <b>today</b>');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toBe('Note added.');
    expect(await page.locator('.notes .text').textContent()).toBe('Refund approved <b>today</b>');

    // The complaint asked a colleague to join: closing the flag would leave the customer waiting.
    await expect.poll(() => page.locator('#mode').textContent()).toMatch(/^Waiting for a person since .* \(asked for a person while unhappy\)$/);
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toBe('the customer is still waiting for a person: take over or hand back first');
    expect(new URL(page.url()).pathname).toMatch(/^\/staff\/conversations\//);
    await page.getByRole('button', { name: 'Hand back to the bot' }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toBe('Handed back to the bot.');
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toBe('Status set to resolved.');
    expect(await page.locator('.panel.flag .status').textContent()).toBe('Resolved');
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-conversation.png'), fullPage: true });

    await page.goto(`${server.base}/staff/queue`);
    expect(await page.locator('.empty').textContent()).toBe('No flagged conversations match.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes a chat over and shows the customer\'s next message live, as text', async () => {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('I need to talk to a person');
    const page = await signedInPage();
    await page.locator('table.queue tbody tr', { hasText: 'waiting for a person' }).first().getByRole('link').click();
    await page.getByRole('button', { name: 'Take over this chat' }).click();
    await expect.poll(() => page.locator('#mode').textContent()).toContain('With Grace');
    await expect.poll(async () => (await customer.poll()).map((a) => a.text).join('\n')).toContain("Grace: Hi, I'm Grace from the team.");

    await customer.say('<img src=x onerror="window.pwned=3">are you a real person?');
    await expect
      .poll(() => page.locator('#messages li.message.customer .text').allTextContents(), { timeout: 15_000 })
      .toContain('<img src=x onerror="window.pwned=3">are you a real person?');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    await page.getByLabel('Reply to the customer').fill('Yes, I am Grace. How can I help?');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toBe('Sent.');
    await expect.poll(async () => (await customer.poll()).map((a) => a.text)).toContain('Grace: Yes, I am Grace. How can I help?');
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-takeover.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the dashboard charts', async () => {
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => page.locator('#dashboard').getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
    expect(Number(await page.locator('#tile-conversations').textContent())).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a form error on the page that sent the form', async () => {
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Team' }).click();
    await page.waitForURL(/\/staff\/team$/);
    await page.getByLabel('Email').fill('newcomer@shop.example');
    await page.getByLabel('Password').evaluate((input) => input.removeAttribute('minlength'));
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/at least 12 characters/);
    expect(new URL(page.url()).pathname).toBe('/staff/team');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells a queue left open that a new customer is waiting for a person, in a banner and the tab title', async () => {
    const queue = await signedInPage();
    // The page polls every 15 s: a fake clock runs it on demand.
    await queue.clock.install();
    await queue.reload();
    const before = Number(await queue.locator('.waiting-count').textContent());
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('I want to talk to a person please');
    await queue.clock.fastForward(16_000);
    await expect.poll(() => queue.locator('#queue-changed').textContent(), { timeout: 10_000 }).toContain(
      `${before + 1} ${before + 1 === 1 ? 'customer is' : 'customers are'} waiting for a person now (${before} when this page was drawn)`,
    );
    expect(await queue.title()).toMatch(new RegExp(`^\\(${before + 1} waiting\\) `));
    expect(problems).toEqual([]);
    await queue.close();
  });

  // Last: the refused poll it provokes is a 401 on purpose.
  it('says so when the session ends while a conversation is open, instead of going quiet', async () => {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('This is useless, I hate this shop, terrible awful service!!');
    const page = await signedInPage();
    await page.goto(`${server.base}/staff/conversations/${encodeURIComponent(customer.conversationId)}`);
    await page.context().clearCookies();
    await expect.poll(() => page.locator('#signed-out').textContent(), { timeout: 10_000 }).toMatch(/^You were signed out: sign in again/);
    expect(await page.locator('#signed-out a').getAttribute('href')).toBe(
      `/staff/login?next=${encodeURIComponent(`/staff/conversations/${encodeURIComponent(customer.conversationId)}`)}`,
    );
    await page.close();
  });
});
