/**
 * A keyed collection kept in memory and persisted as N small lowdb files ("shards").
 *
 * Why shards: lowdb rewrites its whole file on every write, synchronously serializing it. One big
 * file would make every write cost as much as the whole collection (about 160 ms at 20 MB, with the
 * event loop blocked). Split by a hash of the key, a write rewrites 1/N of the data, so its cost
 * stays small as the shop grows. A write is awaited by whoever changed the data, so when `put`
 * resolves the record is on disk (written to a temp file and renamed: a crash leaves the old or the
 * new shard, never half of one).
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

type Shard<T> = Low<Record<string, T>>;

export class ShardedCollection<T> {
  private readonly shards: Shard<T>[] = [];
  /**
   * Which shard holds each stored key. Hashing a key costs more than reading it (SHA-1 through
   * node:crypto is several microseconds, which made a pass over 15k flags take 100 ms), so each key
   * is hashed once, when it is first stored; a key not in this map is not stored at all.
   */
  private readonly placement = new Map<string, number>();

  private constructor(
    readonly directory: string,
    readonly shardCount: number,
  ) {}

  /** Opens (and creates if needed) the collection in `directory`, loading every shard. */
  static async open<T>(directory: string, shardCount: number): Promise<ShardedCollection<T>> {
    if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`shardCount must be a positive integer, got ${shardCount}`);
    await mkdir(directory, { recursive: true });
    const collection = new ShardedCollection<T>(directory, shardCount);
    for (let i = 0; i < shardCount; i++) {
      const file = path.join(directory, `shard-${String(i).padStart(3, '0')}.json`);
      const db = new Low<Record<string, T>>(new JSONFile(file), {});
      await db.read();
      db.data ??= {};
      collection.shards.push(db);
      for (const key of Object.keys(db.data)) collection.placement.set(key, i);
    }
    return collection;
  }

  get(key: string): T | undefined {
    const at = this.placement.get(key);
    return at === undefined ? undefined : this.shards[at].data[key];
  }

  has(key: string): boolean {
    return this.placement.has(key);
  }

  /** Every value (in no particular order). */
  *values(): IterableIterator<T> {
    for (const shard of this.shards) yield* Object.values(shard.data);
  }

  /** Every key (in no particular order). */
  *keys(): IterableIterator<string> {
    for (const shard of this.shards) yield* Object.keys(shard.data);
  }

  get size(): number {
    return this.placement.size;
  }

  /** Stores one value and resolves once its shard is on disk. */
  async put(key: string, value: T): Promise<void> {
    const shard = this.shardFor(key);
    shard.data[key] = value;
    await shard.write();
  }

  /** Stores many values, writing each touched shard once. */
  async putMany(entries: Iterable<[string, T]>): Promise<void> {
    const touched = new Set<Shard<T>>();
    for (const [key, value] of entries) {
      const shard = this.shardFor(key);
      shard.data[key] = value;
      touched.add(shard);
    }
    await Promise.all([...touched].map((shard) => shard.write()));
  }

  async delete(key: string): Promise<boolean> {
    const at = this.placement.get(key);
    if (at === undefined) return false;
    this.placement.delete(key);
    const shard = this.shards[at];
    delete shard.data[key];
    await shard.write();
    return true;
  }

  private shardFor(key: string): Shard<T> {
    let at = this.placement.get(key);
    if (at === undefined) {
      at = shardIndex(key, this.shardCount);
      this.placement.set(key, at);
    }
    return this.shards[at];
  }
}

/** Stable shard of a key: the first 4 bytes of its SHA-1, modulo the shard count. */
export function shardIndex(key: string, shardCount: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % shardCount;
}
