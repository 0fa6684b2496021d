/**
 * A crash never loses an acknowledged customer message, and a restart keeps everything: the server
 * runs as its own process, is killed with SIGKILL right after acknowledging a message, and the
 * store is read back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStores } from '../../src/shop/lowdb/openLowdbStores.ts';
import { DirectLineClient, TEST_SECRET, writeTestShopFolder } from '../support/testServer.ts';

let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

function startServerProcess(dataDir: string, shopDir: string): Promise<{ process: ChildProcess; base: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SHOPKEEPER_DATA_DIR: dataDir, SHOPKEEPER_SEED_DIR: shopDir, SHOPKEEPER_DIRECTLINE_SECRET: TEST_SECRET, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not get ready:\n${output}`)), 120_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"(http:\/\/localhost:\d+)\/"[^\n]*ready/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ process: proc, base: ready[1] });
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('durability', () => {
  it('keeps an acknowledged message through a SIGKILL, and the conversation through a restart', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-crash-'));
    const shopDir = await writeTestShopFolder(dir);
    const first = await startServerProcess(dir, shopDir);
    child = first.process;
    const client = await DirectLineClient.start(first.base);
    const id = await client.say('my parcel never arrived, order SK-100002');
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));

    const stores = await openLowdbStores(dir);
    try {
      const messages = await stores.transcripts.messages(client.conversationId);
      expect(messages.find((m) => m.id === id)?.text).toBe('my parcel never arrived, order SK-100002');
    } finally {
      await stores.close();
    }

    const second = await startServerProcess(dir, shopDir);
    child = second.process;
    const health = await fetch(`${second.base}/healthz`);
    expect(health.status).toBe(200);
  }, 240_000);
});
