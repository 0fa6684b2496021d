/**
 * Interactions in one lowdb file per month: the collection grows fastest of all shop data, and a
 * month's file stays small enough that recording an event never rewrites the whole history.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { InteractionStore } from '../ports.ts';
import type { Interaction } from '../types.ts';

export class LowdbInteractionStore implements InteractionStore {
  private readonly months = new Map<string, Low<Interaction[]>>();

  private constructor(private readonly directory: string) {}

  static async open(directory: string): Promise<LowdbInteractionStore> {
    await mkdir(directory, { recursive: true });
    const store = new LowdbInteractionStore(directory);
    for (const name of (await readdir(directory)).sort()) {
      const match = /^(\d{4}-\d{2})\.json$/.exec(name);
      if (match) await store.month(match[1]);
    }
    return store;
  }

  async record(events: Interaction[]): Promise<void> {
    const touched = new Set<Low<Interaction[]>>();
    for (const event of events) {
      const db = await this.month(event.timestamp.slice(0, 7));
      db.data.push(event);
      touched.add(db);
    }
    await Promise.all([...touched].map((db) => db.write()));
  }

  async all(): Promise<Interaction[]> {
    const keys = [...this.months.keys()].sort();
    const all = keys.flatMap((key) => this.months.get(key)!.data);
    return all.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  }

  async count(): Promise<number> {
    let n = 0;
    for (const db of this.months.values()) n += db.data.length;
    return n;
  }

  private async month(key: string): Promise<Low<Interaction[]>> {
    if (!/^\d{4}-\d{2}$/.test(key)) throw new Error(`interaction timestamp must be an ISO date, got month "${key}"`);
    let db = this.months.get(key);
    if (!db) {
      db = new Low<Interaction[]>(new JSONFile(path.join(this.directory, `${key}.json`)), []);
      await db.read();
      db.data ??= [];
      this.months.set(key, db);
    }
    return db;
  }
}
