/**
 * Key-value documents with optimistic concurrency, for the bot's conversation and user state.
 *
 * Each stored document gets a fresh `eTag`. A write that carries an older eTag than the stored one
 * is refused (two turns of one conversation raced), where a plain store would let the last write win
 * silently. A write with eTag '*' or none always succeeds (botbuilder's convention).
 */
import type { DocumentStore } from '../ports.ts';
import type { ShardedCollection } from './shardedCollection.ts';

type Document = Record<string, unknown> & { eTag?: string };

export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
}

export class LowdbDocumentStore implements DocumentStore {
  private version = 0;

  constructor(private readonly documents: ShardedCollection<Document>) {}

  async read(keys: string[]): Promise<Record<string, unknown>> {
    const found: Record<string, unknown> = {};
    for (const key of keys) {
      const doc = this.documents.get(key);
      if (doc !== undefined) found[key] = structuredClone(doc);
    }
    return found;
  }

  async write(changes: Record<string, unknown>): Promise<void> {
    const entries: [string, Document][] = [];
    for (const [key, value] of Object.entries(changes)) {
      // A deep copy: the caller keeps mutating its object during the next turn.
      const next = JSON.parse(JSON.stringify(value)) as Document;
      const stored = this.documents.get(key);
      if (stored && next.eTag && next.eTag !== '*' && next.eTag !== stored.eTag) {
        throw new ETagConflictError(`state "${key}" was changed by another turn (eTag ${next.eTag}, stored ${stored.eTag})`);
      }
      next.eTag = `${Date.now().toString(36)}-${(++this.version).toString(36)}`;
      entries.push([key, next]);
    }
    await this.documents.putMany(entries);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.documents.delete(key);
  }
}
