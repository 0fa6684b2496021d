/**
 * Opens the embedded store in a data directory. Layout (one concern per folder, so a growing
 * collection never makes writes to another one slower):
 *
 *   catalog/ customers/ orders/ returns/   sharded lowdb files
 *   interactions/YYYY-MM.json              one file per month
 *   conversations/                         sharded index of conversation records
 *   transcripts/ab/<sha1>.json             one file per conversation
 *   search/                                sharded search text per conversation (staff search)
 *   flags/ state/                          sharded lowdb files
 *   staff/ sessions/ feedback/             staff accounts, their sessions, sentiment feedback
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ConversationRecord, Flag } from '../conversationTypes.ts';
import type { ShopStores } from '../ports.ts';
import type { SentimentFeedback, StaffAccount, StoredSession } from '../staffTypes.ts';
import type { Customer, Order, Product, ReturnRequest } from '../types.ts';
import { LowdbCatalogStore } from './lowdbCatalogStore.ts';
import { LowdbCustomerStore } from './lowdbCustomerStore.ts';
import { LowdbDocumentStore } from './lowdbDocumentStore.ts';
import { LowdbFlagStore } from './lowdbFlagStore.ts';
import { LowdbInteractionStore } from './lowdbInteractionStore.ts';
import { LowdbOrderStore } from './lowdbOrderStore.ts';
import { LowdbReturnStore } from './lowdbReturnStore.ts';
import { LowdbStaffStore } from './lowdbStaffStore.ts';
import { LowdbTranscriptStore } from './lowdbTranscriptStore.ts';
import { ShardedCollection } from './shardedCollection.ts';
import { lockStore } from './storeLock.ts';

export async function openLowdbStores(dataDir: string): Promise<ShopStores> {
  const root = path.join(dataDir, 'store');
  await mkdir(root, { recursive: true });
  const lock = await lockStore(root);
  try {
    const at = (name: string) => path.join(root, name);
    const [products, customers, orders, returns, conversations, flags, state, interactions, searchText, staff, sessions, feedback] = await Promise.all([
      ShardedCollection.open<Product>(at('catalog'), 8),
      ShardedCollection.open<Customer>(at('customers'), 16),
      ShardedCollection.open<Order>(at('orders'), 64),
      ShardedCollection.open<ReturnRequest>(at('returns'), 16),
      ShardedCollection.open<ConversationRecord>(at('conversations'), 256),
      ShardedCollection.open<Flag>(at('flags'), 32),
      ShardedCollection.open<Record<string, unknown>>(at('state'), 64),
      LowdbInteractionStore.open(at('interactions')),
      // Many shards: each message rewrites its conversation's shard of search text.
      ShardedCollection.open<string>(at('search'), 512),
      ShardedCollection.open<StaffAccount>(at('staff'), 1),
      ShardedCollection.open<StoredSession>(at('sessions'), 4),
      ShardedCollection.open<SentimentFeedback>(at('feedback'), 4),
    ]);
    return {
      catalog: new LowdbCatalogStore(products),
      customers: new LowdbCustomerStore(customers),
      orders: new LowdbOrderStore(orders),
      returns: new LowdbReturnStore(returns),
      interactions,
      transcripts: new LowdbTranscriptStore(at('transcripts'), conversations, searchText),
      flags: new LowdbFlagStore(flags),
      staff: new LowdbStaffStore(staff, sessions, feedback),
      state: new LowdbDocumentStore(state),
      close: () => lock.release(),
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
