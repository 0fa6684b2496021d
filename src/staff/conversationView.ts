/**
 * Everything a staff member sees about one conversation: its messages in order with score, label,
 * intent and the flag reasons they caused, the products the bot suggested, its flags, and the
 * customer's profile (orders, open returns, earlier conversations).
 */
import type { ConversationRecord, Flag, TranscriptMessage } from '../shop/conversationTypes.ts';
import type { CatalogStore, CustomerStore, FlagStore, OrderStore, ReturnStore, TranscriptStore } from '../shop/ports.ts';
import type { Customer, Order, ReturnRequest } from '../shop/types.ts';

export interface MessageView extends TranscriptMessage {
  /** The flag reasons this message caused (empty when it caused none). */
  flagReasons: string[];
  suggestedProducts: { id: string; name: string }[];
}

export interface CustomerProfileView {
  customer: Customer;
  orders: Order[];
  openReturns: ReturnRequest[];
  earlierConversations: ConversationRecord[];
}

export interface ConversationView {
  conversation: ConversationRecord;
  messages: MessageView[];
  /** The open flag, else the latest one. */
  flag?: Flag;
  flags: Flag[];
  profile?: CustomerProfileView;
}

export interface ConversationViewStores {
  transcripts: TranscriptStore;
  flags: FlagStore;
  customers: CustomerStore;
  orders: OrderStore;
  returns: ReturnStore;
  catalog: CatalogStore;
}

const OPEN_RETURN = new Set<ReturnRequest['status']>(['requested', 'received']);

export async function loadConversationView(stores: ConversationViewStores, conversationId: string): Promise<ConversationView | undefined> {
  const transcript = await loadTranscriptView(stores, conversationId);
  if (!transcript) return undefined;
  const { conversation } = transcript;
  const profile = conversation.customerId ? await loadProfile(stores, conversation) : undefined;
  return { ...transcript, profile };
}

/**
 * The messages that came after `afterCount`, for the staff page's live view (polled every few
 * seconds while it is open): the transcript only, without the customer's profile.
 */
export async function messagesAfter(stores: ConversationViewStores, conversationId: string, afterCount: number) {
  const transcript = await loadTranscriptView(stores, conversationId);
  if (!transcript) return undefined;
  return { conversation: transcript.conversation, messages: transcript.messages.slice(afterCount), count: transcript.messages.length };
}

async function loadTranscriptView(stores: ConversationViewStores, conversationId: string): Promise<Omit<ConversationView, 'profile'> | undefined> {
  const conversation = await stores.transcripts.getConversation(conversationId);
  if (!conversation) return undefined;
  const [messages, flags] = await Promise.all([stores.transcripts.messages(conversationId), stores.flags.flagsOf(conversationId)]);
  const flag = flags.find((f) => f.status === 'new' || f.status === 'in_review') ?? flags[0];
  const causes = flag ? reasonsByMessage(flag) : new Map<string, string[]>();

  const views: MessageView[] = [];
  for (const message of messages) {
    const suggestedProducts = [];
    for (const id of message.suggestedProductIds ?? []) {
      const product = await stores.catalog.getProduct(id);
      suggestedProducts.push({ id, name: product?.name ?? id });
    }
    views.push({ ...message, flagReasons: causes.get(message.id) ?? [], suggestedProducts });
  }
  return { conversation, messages: views, flag, flags };
}

/** Each message gets the reasons of the flag revision that first pointed at it. */
function reasonsByMessage(flag: Flag): Map<string, string[]> {
  const causes = new Map<string, string[]>();
  const revisions = flag.history.length ? flag.history : [{ reasons: flag.reasons, messageIds: flag.messageIds }];
  for (const revision of revisions) {
    for (const id of revision.messageIds) if (!causes.has(id)) causes.set(id, revision.reasons);
  }
  return causes;
}

async function loadProfile(stores: ConversationViewStores, conversation: ConversationRecord): Promise<CustomerProfileView | undefined> {
  const customer = await stores.customers.getCustomer(conversation.customerId!);
  if (!customer) return undefined;
  const [orders, returns, all] = await Promise.all([
    stores.orders.ordersForCustomer(customer.id),
    stores.returns.returnsForCustomer(customer.id),
    stores.transcripts.conversationsOf(customer.id),
  ]);
  return {
    customer,
    orders: orders.slice(0, 10),
    openReturns: returns.filter((r) => OPEN_RETURN.has(r.status)),
    earlierConversations: all.filter((c) => c.id !== conversation.id).slice(0, 10),
  };
}
