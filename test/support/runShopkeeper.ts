/**
 * Runs `shopkeeper <args>` as a user does, in its own process, without blocking the test worker:
 * a synchronous spawn would freeze vitest's worker for the whole run, and on a busy 2-core machine
 * that outlasts vitest's own RPC timeout.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function shopkeeper(...args: string[]): Promise<CliResult> {
  return run(undefined, args);
}

/** Like `shopkeeper`, with `input` written to the command's stdin (for --password-stdin). */
export function shopkeeperWithInput(input: string, ...args: string[]): Promise<CliResult> {
  return run(input, args);
}

function run(input: string | undefined, args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: REPO, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(input);
  });
}
