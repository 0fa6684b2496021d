/**
 * `shopkeeper staff add|list|disable|enable|password|feedback`: the accounts of the staff console. The first
 * admin is made here; later ones can be added by an admin in the console (Team page). The password
 * is asked for at the terminal (hidden, twice), or read from stdin for scripts:
 *   printf '%s\n' "$PASSWORD" | npx shopkeeper staff add ana@shop.example --role agent --password-stdin
 * Like every command that writes the store, these refuse while the server runs (one writer).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import password from '@inquirer/password';
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import type { StaffRole } from '../shop/staffTypes.ts';
import { passwordProblem } from '../staff/passwords.ts';
import { STAFF_ROLES, StaffAccountError, StaffAccounts } from '../staff/staffAccounts.ts';
import { CliError } from './cliError.ts';
import type { CommandRoots } from './commands.ts';
import { withStores } from './withStores.ts';

interface StoreOption {
  dataDir?: string;
}

export function registerStaffCommands({ program }: CommandRoots): void {
  const staff = program.command('staff').description('staff console accounts: add, list, disable, enable, password');
  const dataDirOf = (options: StoreOption) => path.resolve(options.dataDir ?? readConfig().dataDir);
  const withAccounts = <T>(options: StoreOption, work: (accounts: StaffAccounts) => Promise<T>) =>
    withStores(dataDirOf(options), async (stores) => {
      try {
        return await work(new StaffAccounts(stores.staff));
      } catch (error) {
        if (error instanceof StaffAccountError) throw new CliError(error.message);
        throw error;
      }
    });

  withDataDir(staff.command('add <email>'))
    .description('add a staff account (the password is asked for, or read from stdin with --password-stdin)')
    .requiredOption('--role <role>', 'agent (reviews and answers) or admin (also manages staff and deletes data)')
    .option('--name <name>', 'the name colleagues and customers see (default: from the email)')
    .option('--password-stdin', 'read the password from stdin (first line) instead of asking')
    .action(async (email: string, options: StoreOption & { role: string; name?: string; passwordStdin?: boolean }) => {
      if (!STAFF_ROLES.includes(options.role as StaffRole)) throw new CliError(`--role must be agent or admin, not "${options.role}"`);
      const secret = await newPassword(options.passwordStdin === true);
      const account = await withAccounts(options, (accounts) => accounts.add({ email, name: options.name, role: options.role as StaffRole, password: secret }));
      process.stdout.write(`added ${account.email} (${account.role}, shown as "${account.name}"): sign in at /staff\n`);
    });

  withDataDir(staff.command('list'))
    .description('list staff accounts')
    .option('--json', 'print JSON')
    .action(async (options: StoreOption & { json?: boolean }) => {
      const list = await withAccounts(options, (accounts) => accounts.list());
      const shown = list.map(({ passwordHash: _hidden, ...account }) => account);
      if (options.json) return void process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      if (!shown.length) return void process.stdout.write('no staff accounts yet: add one with `shopkeeper staff add EMAIL --role admin`\n');
      const rows = shown.map((a) => [a.email, a.role, a.disabled ? 'disabled' : 'active', a.name, a.createdAt.slice(0, 10)]);
      const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['EMAIL', 'ROLE', 'STATE', 'NAME'][i].length));
      const line = (r: string[]) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ');
      process.stdout.write([line(['EMAIL', 'ROLE', 'STATE', 'NAME', 'SINCE']), ...rows.map(line)].join('\n') + '\n');
    });

  for (const [name, disabled] of [['disable', true], ['enable', false]] as const) {
    withDataDir(staff.command(`${name} <email>`))
      .description(disabled ? 'stop an account from signing in (its sessions end at their next request)' : 'let a disabled account sign in again')
      .action(async (email: string, options: StoreOption) => {
        const account = await withAccounts(options, (accounts) => accounts.setDisabled(email, disabled));
        process.stdout.write(`${account.email} is ${account.disabled ? 'disabled' : 'enabled'}\n`);
      });
  }

  withDataDir(staff.command('feedback'))
    .description('export the messages staff marked as false positives, as CSV text,label (for eval/train sentiment)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: StoreOption & { out?: string }) => {
      const feedback = await withStores(dataDirOf(options), (stores) => stores.staff.listFeedback());
      const csv = stringify([['text', 'label'], ...feedback.map((f) => [f.text, f.label])]);
      if (!options.out) return void process.stdout.write(csv);
      await writeFile(options.out, csv);
      process.stderr.write(`wrote ${feedback.length} labelled message${feedback.length === 1 ? '' : 's'} to ${options.out}\n`);
    });

  withDataDir(staff.command('password <email>'))
    .description("set a staff member's password")
    .option('--password-stdin', 'read the password from stdin (first line) instead of asking')
    .action(async (email: string, options: StoreOption & { passwordStdin?: boolean }) => {
      const secret = await newPassword(options.passwordStdin === true);
      await withAccounts(options, (accounts) => accounts.setPassword(email, secret));
      process.stdout.write(`password of ${email.toLowerCase()} changed\n`);
    });
}

function withDataDir(command: Command): Command {
  return command.option('--data-dir <dir>', 'store location (default: SHOPKEEPER_DATA_DIR or .shopkeeper)');
}

async function newPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const text = await readStdin();
    const secret = text.split(/\r?\n/)[0] ?? '';
    const problem = passwordProblem(secret);
    if (problem) throw new CliError(problem);
    return secret;
  }
  const first = await password({ message: 'Password:', mask: true, validate: (v) => passwordProblem(v) ?? true });
  const again = await password({ message: 'Again:', mask: true });
  if (first !== again) throw new CliError('the two passwords differ');
  return first;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
