import { randomUUID } from 'node:crypto';
import type { Flag, FlagRevision } from '../conversationTypes.ts';
import type { FlagStore } from '../ports.ts';
import type { ShardedCollection } from './shardedCollection.ts';

const OPEN_STATUSES = new Set<Flag['status']>(['new', 'in_review']);

export class LowdbFlagStore implements FlagStore {
  constructor(private readonly flags: ShardedCollection<Flag>) {}

  async openFlag(conversationId: string): Promise<Flag | undefined> {
    for (const flag of this.flags.values()) {
      if (flag.conversationId === conversationId && OPEN_STATUSES.has(flag.status)) return flag;
    }
    return undefined;
  }

  async raise(conversationId: string, revision: FlagRevision): Promise<Flag> {
    const open = await this.openFlag(conversationId);
    if (!open) {
      // Staff closed the last flag (resolved, or a false positive): the same messages must not
      // raise it again; only a message it did not cover does.
      const [latest] = await this.flagsOf(conversationId);
      if (latest && revision.messageIds.every((id) => latest.messageIds.includes(id))) return latest;
      const flag: Flag = {
        id: randomUUID(),
        conversationId,
        status: 'new',
        severity: revision.severity,
        reasons: revision.reasons,
        messageIds: revision.messageIds,
        createdAt: revision.at,
        updatedAt: revision.at,
        history: [revision],
      };
      await this.flags.put(flag.id, flag);
      return flag;
    }
    const unchanged =
      open.severity === revision.severity &&
      sameItems(open.reasons, revision.reasons) &&
      sameItems(open.messageIds, revision.messageIds);
    if (unchanged) return open;
    const updated: Flag = {
      ...open,
      severity: revision.severity,
      reasons: revision.reasons,
      messageIds: revision.messageIds,
      updatedAt: revision.at,
      history: [...open.history, revision],
    };
    await this.flags.put(updated.id, updated);
    return updated;
  }

  async listFlags(): Promise<Flag[]> {
    return [...this.flags.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async getFlag(id: string): Promise<Flag | undefined> {
    return this.flags.get(id);
  }

  async flagsOf(conversationId: string): Promise<Flag[]> {
    return [...this.flags.values()].filter((f) => f.conversationId === conversationId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async saveFlag(flag: Flag): Promise<void> {
    await this.flags.put(flag.id, flag);
  }

  async deleteFlagsOf(conversationId: string): Promise<void> {
    for (const flag of await this.flagsOf(conversationId)) await this.flags.delete(flag.id);
  }
}

function sameItems(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
