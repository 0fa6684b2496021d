/** `shopkeeper staff ...` as an operator runs it: accounts in a fresh store, errors as one line. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStores } from '../../src/shop/lowdb/openLowdbStores.ts';
import { shopkeeper, shopkeeperWithInput } from '../support/runShopkeeper.ts';

describe('shopkeeper staff', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-staff-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('adds an admin with the password from stdin, lists it, and never prints the hash', async () => {
    const added = await shopkeeperWithInput('a long enough password\n', 'staff', 'add', 'Ops@Shop.example', '--role', 'admin', '--name', 'Ops Team', '--password-stdin', '--data-dir', dir);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('added ops@shop.example (admin, shown as "Ops Team"): sign in at /staff\n');
    const list = await shopkeeper('staff', 'list', '--json', '--data-dir', dir);
    const accounts = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(accounts).toEqual([expect.objectContaining({ email: 'ops@shop.example', role: 'admin', name: 'Ops Team', disabled: false })]);
    expect(list.stdout).not.toContain('scrypt');
    const table = await shopkeeper('staff', 'list', '--data-dir', dir);
    expect(table.stdout).toMatch(/^EMAIL\s+ROLE\s+STATE\s+NAME\s+SINCE\nops@shop\.example\s+admin\s+active\s+Ops Team/);
  });

  it.each([
    [['staff', 'add', 'x@shop.example', '--role', 'boss', '--password-stdin'], 'a long enough password\n', /--role must be agent or admin, not "boss"/],
    [['staff', 'add', 'x@shop.example', '--role', 'agent', '--password-stdin'], 'short\n', /at least 12 characters/],
    [['staff', 'add', 'not-an-email', '--role', 'agent', '--password-stdin'], 'a long enough password\n', /"not-an-email" is not an email address/],
    [['staff', 'add', 'ops@shop.example', '--role', 'agent', '--password-stdin'], 'a long enough password\n', /ops@shop\.example already has an account/],
    [['staff', 'disable', 'ops@shop.example'], '', /last enabled admin/],
    [['staff', 'disable', 'nobody@shop.example'], '', /no staff account for nobody@shop\.example/],
  ])('refuses %j with a one-line reason', async (args, input, reason) => {
    const result = await shopkeeperWithInput(input, ...args, '--data-dir', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('disables and enables an agent', async () => {
    await shopkeeperWithInput('a long enough password\n', 'staff', 'add', 'temp@shop.example', '--role', 'agent', '--password-stdin', '--data-dir', dir);
    expect((await shopkeeper('staff', 'disable', 'temp@shop.example', '--data-dir', dir)).stdout).toBe('temp@shop.example is disabled\n');
    const list = JSON.parse((await shopkeeper('staff', 'list', '--json', '--data-dir', dir)).stdout) as { email: string; disabled: boolean }[];
    expect(list.find((a) => a.email === 'temp@shop.example')?.disabled).toBe(true);
    expect((await shopkeeper('staff', 'enable', 'temp@shop.example', '--data-dir', dir)).stdout).toBe('temp@shop.example is enabled\n');
  });

  it('exports false-positive feedback as text,label CSV', async () => {
    const stores = await openLowdbStores(dir);
    await stores.staff.recordFeedback({ messageId: 'm1', conversationId: 'c1', text: 'no problem at all, "thanks"', scoredLabel: 'negative', score: -0.4, label: 'neutral', by: 'ops@shop.example', at: '2026-11-23T10:00:00Z' });
    await stores.close();
    const out = path.join(dir, 'feedback.csv');
    const result = await shopkeeper('staff', 'feedback', '--out', out, '--data-dir', dir);
    expect(result.stderr).toBe(`wrote 1 labelled message to ${out}\n`);
    expect(await readFile(out, 'utf8')).toBe('text,label\n"no problem at all, ""thanks""",neutral\n');
  });
});
