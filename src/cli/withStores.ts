import { openLowdbStores } from '../shop/lowdb/openLowdbStores.ts';
import { StoreLockedError } from '../shop/lowdb/storeLock.ts';
import type { ShopStores } from '../shop/ports.ts';
import { CliError } from './cliError.ts';

/**
 * Opens the store for one command and always closes it (releasing the single-writer lock). A store
 * held by a running bot is a user error with a clear message, not a stack trace.
 */
export async function withStores<T>(dataDir: string, work: (stores: ShopStores) => Promise<T>): Promise<T> {
  let stores: ShopStores;
  try {
    stores = await openLowdbStores(dataDir);
  } catch (error) {
    if (error instanceof StoreLockedError) throw new CliError(error.message);
    throw error;
  }
  try {
    return await work(stores);
  } finally {
    await stores.close();
  }
}
