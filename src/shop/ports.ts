/**
 * The storage interfaces, one per concern. Dialogs and the bot layer see only these, so a
 * PostgreSQL implementation can replace the lowdb one without touching them.
 */
import type { ConversationRecord, Flag, FlagRevision, TranscriptMessage } from './conversationTypes.ts';
import type { SentimentFeedback, StaffAccount, StoredSession } from './staffTypes.ts';
import type { Customer, Interaction, Order, Product, ReturnRequest } from './types.ts';

export interface CatalogStore {
  listProducts(): Promise<Product[]>;
  getProduct(id: string): Promise<Product | undefined>;
  upsertProducts(products: Product[]): Promise<void>;
}

export interface CustomerStore {
  getCustomer(id: string): Promise<Customer | undefined>;
  findCustomerByEmail(email: string): Promise<Customer | undefined>;
  upsertCustomers(customers: Customer[]): Promise<void>;
}

export interface OrderStore {
  getOrder(id: string): Promise<Order | undefined>;
  /** The customer's orders, newest first. */
  ordersForCustomer(customerId: string): Promise<Order[]>;
  upsertOrders(orders: Order[]): Promise<void>;
}

/** An item asked for is already being returned (`existing`); nothing was stored. */
export class ReturnConflictError extends Error {
  constructor(readonly existing: ReturnRequest) {
    super(`an item is already in return ${existing.id}`);
    this.name = 'ReturnConflictError';
  }
}

export interface ReturnStore {
  getReturn(id: string): Promise<ReturnRequest | undefined>;
  returnsForOrder(orderId: string): Promise<ReturnRequest[]>;
  returnsForCustomer(customerId: string): Promise<ReturnRequest[]>;
  /**
   * Stores a new return, giving it the next id (`R-000123`). Throws ReturnConflictError when an item of
   * it is already in an open return of the same order.
   */
  createReturn(request: Omit<ReturnRequest, 'id'>): Promise<ReturnRequest>;
  upsertReturns(requests: ReturnRequest[]): Promise<void>;
}

export interface InteractionStore {
  /** Records events; resolves once they are durable. */
  record(events: Interaction[]): Promise<void>;
  /** Every interaction, oldest first. */
  all(): Promise<Interaction[]>;
  count(): Promise<number>;
}

export interface TranscriptStore {
  /** Appends a message to its conversation; resolves once it is on disk. */
  append(message: TranscriptMessage): Promise<void>;
  /** Replaces a stored message (same id) with a newer version, e.g. after scoring. */
  update(message: TranscriptMessage): Promise<void>;
  messages(conversationId: string): Promise<TranscriptMessage[]>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Many records at once (the staff queue joins every flag with its conversation). */
  getConversations(ids: Iterable<string>): Promise<Map<string, ConversationRecord>>;
  /** Creates or replaces the conversation's summary record. */
  saveConversation(record: ConversationRecord): Promise<void>;
  listConversations(): Promise<ConversationRecord[]>;
  /** A customer's conversations, newest first. */
  conversationsOf(customerId: string): Promise<ConversationRecord[]>;
  /**
   * Conversations whose customer or agent messages contain every word of the query (case
   * insensitive, as substrings), optionally only among the given ids.
   */
  searchConversations(query: string, within?: Iterable<string>): Promise<Set<string>>;
  /** Erases a conversation: its messages, its record and its search text. */
  deleteConversation(id: string): Promise<void>;
}

export interface FlagStore {
  /** The open (new or in review) flag of a conversation, if any. */
  openFlag(conversationId: string): Promise<Flag | undefined>;
  /**
   * Raises a flag for the conversation or, when one is open, updates it (idempotent: one open flag
   * per conversation); the revision is appended to the flag's history when it changed anything.
   */
  raise(conversationId: string, revision: FlagRevision): Promise<Flag>;
  listFlags(): Promise<Flag[]>;
  getFlag(id: string): Promise<Flag | undefined>;
  /** Every flag of a conversation, newest first (open and closed). */
  flagsOf(conversationId: string): Promise<Flag[]>;
  saveFlag(flag: Flag): Promise<void>;
  deleteFlagsOf(conversationId: string): Promise<void>;
}

/** Staff accounts, their sessions, and the sentiment feedback they give. */
export interface StaffStore {
  getAccount(email: string): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  saveAccount(account: StaffAccount): Promise<void>;
  getSession(id: string): Promise<StoredSession | undefined>;
  saveSession(id: string, session: StoredSession): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Removes expired sessions; returns how many. */
  sweepSessions(now: Date): Promise<number>;
  recordFeedback(feedback: SentimentFeedback): Promise<void>;
  listFeedback(): Promise<SentimentFeedback[]>;
}

/** A simple key-value document store, for bot state. eTags make concurrent writes safe. */
export interface DocumentStore {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Everything the embedded store holds. */
export interface ShopStores {
  catalog: CatalogStore;
  customers: CustomerStore;
  orders: OrderStore;
  returns: ReturnStore;
  interactions: InteractionStore;
  transcripts: TranscriptStore;
  flags: FlagStore;
  staff: StaffStore;
  /** Raw documents for the bot state (botbuilder Storage is built on it in the bot layer). */
  state: DocumentStore;
  close(): Promise<void>;
}
