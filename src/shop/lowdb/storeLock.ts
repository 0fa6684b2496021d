/**
 * lowdb is safe for one writing process only (with four writers, half the updates were lost).
 * The lock file makes a second process, say an import while the server runs, stop with a clear
 * message instead of silently losing data. A lock left by a dead process is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
}

export interface StoreLock {
  release(): Promise<void>;
}

export async function lockStore(directory: string): Promise<StoreLock> {
  const file = path.join(directory, 'store.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new StoreLockedError(
          `the store in ${directory} is in use by process ${owner} (lowdb allows one writer). Stop that process first.`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new StoreLockedError(`could not lock the store in ${directory}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
