import { randomUUID } from 'node:crypto';
import type { Flag, FlagRevision } from '../conversationTypes.ts';
import type { FlagStore } from '../ports.ts';
import { compareText } from '../textOrder.ts';
import type { ShardedCollection } from './shardedCollection.ts';

const OPEN_STATUSES = new Set<Flag['status']>(['new', 'in_review']);

export class LowdbFlagStore implements FlagStore {
  /** Flag ids by conversation: every customer turn asks for its conversation's open flag. */
  private readonly byConversation = new Map<string, Set<string>>();

  constructor(private readonly flags: ShardedCollection<Flag>) {
    for (const flag of flags.values()) this.index(flag);
  }

  async openFlag(conversationId: string): Promise<Flag | undefined> {
    return (await this.flagsOf(conversationId)).find((flag) => OPEN_STATUSES.has(flag.status));
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
      await this.put(flag);
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
    await this.put(updated);
    return updated;
  }

  async listFlags(): Promise<Flag[]> {
    return [...this.flags.values()].sort((a, b) => compareText(b.updatedAt, a.updatedAt));
  }

  async getFlag(id: string): Promise<Flag | undefined> {
    return this.flags.get(id);
  }

  async flagsOf(conversationId: string): Promise<Flag[]> {
    const ids = this.byConversation.get(conversationId) ?? new Set<string>();
    return [...ids]
      .map((id) => this.flags.get(id))
      .filter((f): f is Flag => f !== undefined)
      .sort((a, b) => compareText(b.createdAt, a.createdAt));
  }

  async saveFlag(flag: Flag): Promise<void> {
    await this.put(flag);
  }

  async deleteFlagsOf(conversationId: string): Promise<void> {
    for (const flag of await this.flagsOf(conversationId)) await this.flags.delete(flag.id);
    this.byConversation.delete(conversationId);
  }

  private async put(flag: Flag): Promise<void> {
    this.index(flag);
    await this.flags.put(flag.id, flag);
  }

  private index(flag: Flag): void {
    let ids = this.byConversation.get(flag.conversationId);
    if (!ids) this.byConversation.set(flag.conversationId, (ids = new Set()));
    ids.add(flag.id);
  }
}

function sameItems(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
