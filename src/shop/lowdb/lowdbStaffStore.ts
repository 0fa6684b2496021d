import type { StaffStore } from '../ports.ts';
import type { SentimentFeedback, StaffAccount, StoredSession } from '../staffTypes.ts';
import type { ShardedCollection } from './shardedCollection.ts';
import { compareText } from '../textOrder.ts';

export class LowdbStaffStore implements StaffStore {
  constructor(
    private readonly accounts: ShardedCollection<StaffAccount>,
    private readonly sessions: ShardedCollection<StoredSession>,
    private readonly feedback: ShardedCollection<SentimentFeedback>,
  ) {}

  async getAccount(email: string): Promise<StaffAccount | undefined> {
    return this.accounts.get(email.toLowerCase());
  }

  async listAccounts(): Promise<StaffAccount[]> {
    return [...this.accounts.values()].sort((a, b) => compareText(a.email, b.email));
  }

  async saveAccount(account: StaffAccount): Promise<void> {
    await this.accounts.put(account.email.toLowerCase(), account);
  }

  async getSession(id: string): Promise<StoredSession | undefined> {
    return this.sessions.get(id);
  }

  async saveSession(id: string, session: StoredSession): Promise<void> {
    await this.sessions.put(id, session);
  }

  async deleteSession(id: string): Promise<void> {
    await this.sessions.delete(id);
  }

  async sweepSessions(now: Date): Promise<number> {
    const expired = [...this.sessions.keys()].filter((id) => this.sessions.get(id)!.expiresAt <= now.toISOString());
    for (const id of expired) await this.sessions.delete(id);
    return expired.length;
  }

  async recordFeedback(feedback: SentimentFeedback): Promise<void> {
    await this.feedback.put(feedback.messageId, feedback);
  }

  async listFeedback(): Promise<SentimentFeedback[]> {
    return [...this.feedback.values()].sort((a, b) => compareText(a.at, b.at));
  }
}
