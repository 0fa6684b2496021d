/**
 * Debian's Chromium for the browser tests, through playwright-core (no browser download). Where it
 * is missing the tests skip with a message, unless SHOPKEEPER_REQUIRE_BROWSER=1 (CI sets it, so CI
 * never skips them).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
export const browserRequired = process.env.SHOPKEEPER_REQUIRE_BROWSER === '1';
/** Screenshots tests save for people to look at. */
export const ARTIFACTS = path.resolve('test-artifacts');

if (!chromiumAvailable && !browserRequired) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's "chromium" package, or set CHROMIUM_PATH)`);
}

/** Starts headless Chromium with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable) throw new Error(`SHOPKEEPER_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
