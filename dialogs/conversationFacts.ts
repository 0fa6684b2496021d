import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { OtherRequest } from '../src/nlu/types.ts';
import type { SuggestionFilter } from '../src/recommender/types.ts';
import type { SuggestionQuery } from './services.ts';

/** The search behind the last product list, so "cheaper ones" can ask it again with another price. */
export interface LastSearch {
  mode: SuggestionQuery['mode'];
  anchorProductIds: string[];
  /** The filter as the customer asked it, before any was relaxed. */
  filter: SuggestionFilter;
  /** The customer's words the catalog search matched ("jumpers"), for saying what was searched. */
  searchWords: string[];
  /** Items of this search shown before the last list ("show me more" goes on down it). */
  shownBefore?: string[];
}

/** What the dialogs remember across turns of one conversation, beyond the dialog stack. */
export interface ConversationFacts {
  /** Messages in a row the bot did not understand. */
  misunderstandings: number;
  /** Orders an anonymous visitor proved they own in this conversation (e-mail or ZIP matched). */
  verifiedOrderIds: string[];
  /**
   * Wrong proofs and order numbers not on the signed-in customer's account, over the whole
   * conversation: asking again must not start the count afresh (absent in conversations stored before it).
   */
  failedOrderChecks?: number;
  /** Product ids suggested last, for "more" and "similar" follow-ups. */
  lastSuggestedProductIds: string[];
  /** How that list was found; absent when it was not a search (in-stock alternatives to one product). */
  lastSearch?: LastSearch;
  /** The customer message count when the last list was shown: a bare "2" picks from it only right after. */
  lastListAtMessage?: number;
  /** The product talked about last ("what goes with it", "is it in stock"). */
  lastProductId?: string;
  /** The order talked about last ("when will it arrive?", "cancel it"), for a signed-in customer. */
  lastOrderId?: string;
  /** The bot already offered a person because the customer was unhappy. */
  offeredPerson: boolean;
  /** Requests made beside the one being handled ("... and return SK-105428"), offered once it is done. */
  pendingRequests?: OtherRequest[];
  /** The requests just offered as buttons, and at which customer message: a "yes" next takes a single one. */
  offeredRequests?: { requests: OtherRequest[]; atMessage: number };
  /** The hand-back from staff the bot has already started afresh after (ConversationRecord.handedBackAt). */
  resumedAfterHandBackAt?: string;
}

export type FactsAccessor = StatePropertyAccessor<ConversationFacts>;

export function newFacts(): ConversationFacts {
  return { misunderstandings: 0, verifiedOrderIds: [], lastSuggestedProductIds: [], offeredPerson: false };
}

/** The order a dialog just answered about: "it" in the customer's next message means this one. */
export async function rememberOrder(facts: FactsAccessor, context: TurnContext, orderId: string): Promise<void> {
  (await facts.get(context, newFacts())).lastOrderId = orderId;
}
