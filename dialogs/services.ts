/**
 * Everything the dialogs may use, as ports. The composition root (src/index.ts) builds the real
 * ones; tests hand in their own. Dialogs never import stores, models or express directly.
 */
import type { TurnContext } from 'botbuilder';
import type { CustomerStore, OrderStore, ReturnStore, CatalogStore } from '../src/shop/ports.ts';
import type { ShopProfile } from '../src/shop/shopProfile.ts';
import type { Order, Product } from '../src/shop/types.ts';
import type { ReturnEligibility } from '../src/shop/returnPolicy.ts';
import type { CatalogSearchResult, Reason, SuggestionFilter } from '../src/recommender/types.ts';

/** A product the bot suggests, with the reason shown to the customer. */
export interface ProductSuggestion {
  product: Product;
  reason: Reason;
}

export interface SuggestionQuery {
  customerId?: string;
  mode: 'personal' | 'similar' | 'goes_with' | 'trending';
  anchorProductIds?: string[];
  filter?: SuggestionFilter;
  k?: number;
  /** A search for a named thing: items the customer already bought stay in. */
  keepBought?: boolean;
}

export interface SuggestionService {
  suggest(query: SuggestionQuery): Promise<ProductSuggestion[]>;
  /** The products a shopper's words describe, best first, and the words the catalog knew. */
  search(text: string): Promise<CatalogSearchResult>;
}

/**
 * A button. Pressing it sends `title` as the customer's message with `intent` (and `data`) attached,
 * so the bot knows exactly what was pressed without guessing from the words.
 */
export interface Choice {
  title: string;
  intent: string;
  data?: Record<string, string>;
}

/**
 * Says things in the channel's own form (Adaptive Cards on Web Chat and Teams, hero cards on Slack,
 * numbered text elsewhere). Dialogs say what to show; the presenter decides how.
 */
export interface Presenter {
  products(context: TurnContext, intro: string, suggestions: ProductSuggestion[]): Promise<void>;
  text(context: TurnContext, text: string, choices?: Choice[]): Promise<void>;
}

export interface HandoffRequest {
  reason: string;
  /** Readable summary for the staff member who picks it up. */
  summary: string;
}

export interface HandoffService {
  /** Records that the customer wants a person and flags the conversation for staff. */
  requestPerson(context: TurnContext, request: HandoffRequest): Promise<void>;
  /** The customer no longer needs the person they asked for: the conversation is the bot's again (the flag stays, noted). */
  withdrawRequest(context: TurnContext): Promise<void>;
}

/**
 * Wrong order proofs counted per order number across all conversations (the per-chat limit is in
 * the verify dialog): a locked number gets no more anonymous checks for a while.
 */
export interface OrderProofThrottle {
  isLocked(orderId: string): Promise<boolean>;
  wrongProof(orderId: string): Promise<void>;
}

export interface DialogServices {
  orders: OrderStore;
  returns: ReturnStore;
  customers: CustomerStore;
  catalog: CatalogStore;
  suggestions: SuggestionService;
  handoff: HandoffService;
  present: Presenter;
  shop: ShopProfile;
  orderProofs: OrderProofThrottle;
  /** Whether (and which items of) a verified order can be returned now. */
  /** `damaged`: the items arrived damaged or wrong, so categories the shop won't take back otherwise are returnable. */
  checkReturn(order: Order, damaged?: boolean): Promise<ReturnEligibility>;
  /** Records chat events (suggestion clicked...) as interactions; never awaited by a turn. */
  recordInteraction(
    customerId: string | undefined,
    productId: string,
    type: 'suggestion_shown' | 'suggestion_clicked',
    conversationId?: string,
  ): void;
  now(): Date;
}
