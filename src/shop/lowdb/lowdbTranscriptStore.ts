/**
 * Transcripts: one small lowdb file per conversation, plus a sharded index of conversation records.
 *
 * A customer message is on disk when `append` resolves, and the write costs as much as that one
 * conversation, not as much as all of them: the per-turn cost does not grow with the store.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { ConversationRecord, TranscriptMessage } from '../conversationTypes.ts';
import type { TranscriptStore } from '../ports.ts';
import type { ShardedCollection } from './shardedCollection.ts';
import { compareText } from '../textOrder.ts';

/** How many conversation files stay open in memory. */
const OPEN_FILES = 500;
/** Longest search text kept per conversation: the start of a very long chat is what staff look for. */
const MAX_SEARCH_TEXT = 20_000;

export class LowdbTranscriptStore implements TranscriptStore {
  private readonly open = new Map<string, Promise<Low<TranscriptMessage[]>>>();

  /**
   * @param searchText per conversation, the lower-cased words of its customer and agent messages:
   *   staff search scans these in memory instead of opening every transcript file.
   */
  constructor(
    private readonly directory: string,
    private readonly conversations: ShardedCollection<ConversationRecord>,
    private readonly searchText: ShardedCollection<string>,
  ) {}

  async append(message: TranscriptMessage): Promise<void> {
    const db = await this.file(message.conversationId);
    db.data.push(message);
    await Promise.all([db.write(), this.index(message)]);
  }

  async update(message: TranscriptMessage): Promise<void> {
    const db = await this.file(message.conversationId);
    const at = db.data.findIndex((m) => m.id === message.id);
    if (at === -1) db.data.push(message);
    else db.data[at] = message;
    await db.write();
  }

  async messages(conversationId: string): Promise<TranscriptMessage[]> {
    return [...(await this.file(conversationId)).data];
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    return this.conversations.get(id);
  }

  async getConversations(ids: Iterable<string>): Promise<Map<string, ConversationRecord>> {
    const found = new Map<string, ConversationRecord>();
    for (const id of ids) {
      const record = this.conversations.get(id);
      if (record) found.set(id, record);
    }
    return found;
  }

  async saveConversation(record: ConversationRecord): Promise<void> {
    await this.conversations.put(record.id, record);
  }

  async listConversations(): Promise<ConversationRecord[]> {
    return [...this.conversations.values()].sort((a, b) => compareText(b.lastMessageAt, a.lastMessageAt));
  }

  async conversationsOf(customerId: string): Promise<ConversationRecord[]> {
    const mine = [];
    for (const record of this.conversations.values()) if (record.customerId === customerId) mine.push(record);
    return mine.sort((a, b) => compareText(b.lastMessageAt, a.lastMessageAt));
  }

  async searchConversations(query: string, within?: Iterable<string>): Promise<Set<string>> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = new Set<string>();
    if (!words.length) return found;
    const ids = within ?? this.searchText.keys();
    for (const id of ids) {
      const text = this.searchText.get(id);
      if (text && words.every((word) => text.includes(word))) found.add(id);
    }
    return found;
  }

  async deleteConversation(id: string): Promise<void> {
    this.open.delete(id);
    await rm(this.pathOf(id), { force: true });
    await Promise.all([this.conversations.delete(id), this.searchText.delete(id)]);
  }

  private async index(message: TranscriptMessage): Promise<void> {
    if (message.role === 'bot' || !message.text) return;
    const before = this.searchText.get(message.conversationId) ?? '';
    if (before.length >= MAX_SEARCH_TEXT) return;
    const text = `${before}${before ? '\n' : ''}${message.text.toLowerCase()}`.slice(0, MAX_SEARCH_TEXT);
    await this.searchText.put(message.conversationId, text);
  }

  private file(conversationId: string): Promise<Low<TranscriptMessage[]>> {
    let pending = this.open.get(conversationId);
    if (pending) {
      // Keep recently used files at the end of the map (least recently used first).
      this.open.delete(conversationId);
      this.open.set(conversationId, pending);
      return pending;
    }
    pending = this.load(conversationId);
    this.open.set(conversationId, pending);
    if (this.open.size > OPEN_FILES) {
      const oldest = this.open.keys().next().value as string;
      this.open.delete(oldest);
    }
    return pending;
  }

  private pathOf(conversationId: string): string {
    // Channel conversation ids hold characters no file system likes (Teams: "19:abc@thread.v2;...").
    const hash = createHash('sha1').update(conversationId).digest('hex');
    return path.join(this.directory, hash.slice(0, 2), `${hash}.json`);
  }

  private async load(conversationId: string): Promise<Low<TranscriptMessage[]>> {
    const file = this.pathOf(conversationId);
    await mkdir(path.dirname(file), { recursive: true });
    const db = new Low<TranscriptMessage[]>(new JSONFile(file), []);
    await db.read();
    db.data ??= [];
    return db;
  }
}
