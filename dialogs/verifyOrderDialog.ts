/**
 * Finds the order the customer means and makes sure they own it before anything about it is shown.
 *
 * - A signed-in customer: the order must be on their account.
 * - An anonymous visitor: must give the e-mail address or ZIP code the order was placed with. The
 *   answer to a wrong proof is the same whether the order exists or not, so nobody can probe which
 *   order numbers exist.
 * - Three failed attempts in one conversation (a wrong order number for a signed-in customer, a wrong
 *   proof) end the attempt and offer a person, and later questions in that conversation get no more
 *   checks: asking again must not start the count afresh. Across conversations, wrong proofs are
 *   counted per order number too (services.orderProofs), so opening new chats does not help a guesser.
 * - Messages with no order number at all are no guess, so they do not count towards it; three of them
 *   end the question with where to find the number, without the security wording.
 *
 * Ends with the verified `Order`, or `undefined` when the customer could not be verified.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Order } from '../src/shop/types.ts';
import type { FactsAccessor } from './conversationFacts.ts';
import { newFacts } from './conversationFacts.ts';
import { DialogIds } from './dialogIds.ts';
import { innermostDialogId } from './innermostDialog.ts';
import type { DialogServices } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';
import { NO_INTENT } from '../src/nlu/types.ts';

export const MAX_VERIFY_ATTEMPTS = 3;
/** Messages without an order number (or proof) the question waits through before it gives up. */
export const MAX_MISSING_ANSWERS = 3;

/**
 * Whether the innermost dialog running under `dc` is this one, still waiting for the order number or
 * for the e-mail or ZIP code that proves it (the main dialog lets a customer who moves on leave the
 * question, see mainDialog.ts).
 */
export function waitsForOrderDetails(dc: DialogContext): boolean {
  return innermostDialogId(dc) === DialogIds.verifyOrder;
}

export interface VerifyOrderOptions {
  /** An order number the customer already gave. */
  orderId?: string;
  /** What the customer wants to do, for the question ("to check its status"). */
  purpose: string;
}

interface VerifyState {
  purpose: string;
  stage: 'order' | 'proof';
  orderId?: string;
  /** Messages that held no order number, or at the proof stage no e-mail or ZIP code. */
  missing?: number;
  /** An e-mail or ZIP code given before the order number ("check my order, my email is ..."), checked once the number comes. */
  earlyProof?: { email?: string; zip?: string };
}

const ORDER_ID = /\b(?:SK[-\s]?|#)?(\d{6})\b/i;
const EMAIL = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i;
const ZIP = /\b(\d{5})\b/;

export class VerifyOrderDialog extends Dialog<VerifyOrderOptions> {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.verifyOrder);
  }

  override async beginDialog(dc: DialogContext, options?: VerifyOrderOptions): Promise<DialogTurnResult> {
    const state: VerifyState = { purpose: options?.purpose ?? 'to help with it', stage: 'order' };
    const early = proofIn(dc);
    if (early.email || early.zip) state.earlyProof = early;
    dc.activeDialog!.state = state;
    const facts = await this.facts.get(dc.context, newFacts());
    if ((facts.failedOrderChecks ?? 0) >= MAX_VERIFY_ATTEMPTS) {
      return this.endWithPerson(dc, `For your security I can't check order details in this chat any more: three details given in it didn't match.`);
    }
    if (options?.orderId) return this.checkOrderNumber(dc, state, options.orderId);
    // "when will it arrive", "cancel it" after proving an order in this chat: that order (found by
    // chatting: the visitor was asked for its number again). Another order is named by its number.
    const proven = facts.verifiedOrderIds.at(-1);
    if (proven && !getTurnInfo(dc.context)?.customer) return this.checkOrderNumber(dc, state, proven);
    await dc.context.sendActivity(
      `Sure, I can look that up. What is your order number? It looks like SK-123456 and is in your order confirmation e-mail.`,
    );
    return Dialog.EndOfTurn;
  }

  /** A shop question was answered on top of this one (mainDialog.ts): ask again for what is still needed. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as VerifyState;
    await dc.context.sendActivity(
      state.stage === 'proof'
        ? `Back to order ${state.orderId}: what is the e-mail address or ZIP code it was placed with? (Say "stop" to leave this.)`
        : `Back to your order: what is its number? It looks like SK-123456. (Say "stop" to leave this.)`,
    );
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as VerifyState;
    const text = dc.context.activity.text ?? '';
    const recognition = getTurnInfo(dc.context)?.recognition;
    const entities = recognition?.entities;
    const orderId = entities?.orderIds[0] ?? normalizeOrderId(text);
    if (state.stage === 'order' || (orderId && orderId !== state.orderId)) {
      if (!orderId) {
        // An empty message, or the same request again ("where is my order"): no answer to count, just
        // the question once more (before, two of them and a third message ended the question).
        if (!/[\p{L}\p{N}]/u.test(text) || recognition?.intent === 'order_status') {
          await dc.context.sendActivity(`What is your order number? It looks like SK-123456 and is in your order confirmation e-mail.`);
          return Dialog.EndOfTurn;
        }
        // Something the bot cannot help with at all ("what's the weather like") is said so, rather than
        // read as a badly typed order number; a message with digits ("12") is a number typed wrong.
        const unrelated = recognition?.intent === NO_INTENT && !/\d/.test(text);
        return this.missing(
          dc,
          state,
          unrelated
            ? `I can't help with that here, I'm afraid. To look up your order I need its number: it looks like SK-123456. Say "stop" to leave this question.`
            : `I couldn't find an order number in that. Order numbers look like SK-123456.`,
        );
      }
      return this.checkOrderNumber(dc, state, orderId);
    }
    const { email, zip } = proofIn(dc);
    if (!email && !zip) {
      return this.missing(dc, state, `I need the e-mail address or the 5-digit ZIP code the order was placed with.`);
    }
    return this.checkProof(dc, state, email, zip);
  }

  /** Whether the e-mail address or ZIP code matches the order's (the answer is the same for orders that do not exist). */
  private async checkProof(dc: DialogContext, state: VerifyState, email: string | undefined, zip: string | undefined): Promise<DialogTurnResult> {
    if (await this.services.orderProofs.isLocked(state.orderId!)) return this.endLocked(dc, state.orderId!);
    const order = await this.services.orders.getOrder(state.orderId!);
    const owns =
      order !== undefined &&
      ((email !== undefined && email.toLowerCase() === order.email.toLowerCase()) ||
        (zip !== undefined && zip === order.shippingAddress.postcode));
    if (!owns) {
      await this.services.orderProofs.wrongProof(state.orderId!);
      return this.fail(dc, `That doesn't match what we have for order ${state.orderId}. Please check it, or type a different order number.`);
    }
    const facts = await this.facts.get(dc.context, newFacts());
    if (!facts.verifiedOrderIds.includes(order.id)) facts.verifiedOrderIds.push(order.id);
    return dc.endDialog(order);
  }

  private async checkOrderNumber(dc: DialogContext, state: VerifyState, orderId: string): Promise<DialogTurnResult> {
    state.orderId = orderId;
    const info = getTurnInfo(dc.context);
    const customer = info?.customer;
    const order: Order | undefined = await this.services.orders.getOrder(orderId);
    if (customer) {
      if (order && order.customerId === customer.id) return dc.endDialog(order);
      return this.fail(dc, `I can't find order ${orderId} on your account. Please check the number.`);
    }
    const facts = await this.facts.get(dc.context, newFacts());
    if (order && facts.verifiedOrderIds.includes(order.id)) return dc.endDialog(order);
    if (await this.services.orderProofs.isLocked(orderId)) return this.endLocked(dc, orderId);
    state.stage = 'proof';
    // "where is SK-105571, email is ada@example.com": the proof came with the number, or before it
    // (found by chatting: "my email is ...", then "it's SK 105572", was asked for the e-mail again).
    const here = proofIn(dc);
    const given = here.email || here.zip ? here : (state.earlyProof ?? {});
    state.earlyProof = undefined;
    if (given.email || given.zip) return this.checkProof(dc, state, given.email, given.zip);
    await dc.context.sendActivity(
      `Thanks. To protect your privacy, please tell me the e-mail address or the ZIP code order ${orderId} was placed with.`,
    );
    return Dialog.EndOfTurn;
  }

  /** An answer that held nothing to check: no guess, so not counted towards the security limit. */
  private async missing(dc: DialogContext, state: VerifyState, message: string): Promise<DialogTurnResult> {
    state.missing = (state.missing ?? 0) + 1;
    if (state.missing >= MAX_MISSING_ANSWERS) {
      const wanted =
        state.stage === 'order'
          ? 'the order number to look the order up. It is in your order confirmation e-mail'
          : `the e-mail address or ZIP code order ${state.orderId} was placed with`;
      await this.services.present.text(
        dc.context,
        `Let's leave it there for now: I still need ${wanted}. Ask me again when you have it, or a person from our team can help.`,
        [
          { title: 'Talk to a person', intent: 'human_agent' },
          { title: 'Something else', intent: 'help' },
        ],
      );
      return dc.endDialog(undefined);
    }
    await dc.context.sendActivity(message);
    return Dialog.EndOfTurn;
  }

  private async fail(dc: DialogContext, message: string): Promise<DialogTurnResult> {
    const facts = await this.facts.get(dc.context, newFacts());
    facts.failedOrderChecks = (facts.failedOrderChecks ?? 0) + 1;
    if (facts.failedOrderChecks >= MAX_VERIFY_ATTEMPTS) {
      return this.endWithPerson(dc, `${message}\n\nFor your security I can't try again in this chat.`);
    }
    await dc.context.sendActivity(message);
    return Dialog.EndOfTurn;
  }

  /** Too many wrong proofs for this order number, from any conversation (see services.orderProofs). */
  private endLocked(dc: DialogContext, orderId: string): Promise<DialogTurnResult> {
    return this.endWithPerson(
      dc,
      `For your security I can't check order ${orderId} in chat right now: too many details that didn't match were given for it. ` +
        `If it is your order, sign in to your account to see it.`,
    );
  }

  private async endWithPerson(dc: DialogContext, message: string): Promise<DialogTurnResult> {
    await this.services.present.text(dc.context, `${message} A person from our team can help you find your order.`, [
      { title: 'Talk to a person', intent: 'human_agent' },
      { title: 'Something else', intent: 'help' },
    ]);
    return dc.endDialog(undefined);
  }
}

/** The e-mail address or ZIP code in the customer's message, if any. */
function proofIn(dc: DialogContext): { email?: string; zip?: string } {
  const text = dc.context.activity.text ?? '';
  const entities = getTurnInfo(dc.context)?.recognition.entities;
  return { email: entities?.emails[0] ?? EMAIL.exec(text)?.[0], zip: entities?.postcodes[0] ?? ZIP.exec(text)?.[1] };
}

/** "sk 104233", "#104233", "order 104233" → "SK-104233". Five-digit numbers are ZIP codes, not orders. */
export function normalizeOrderId(text: string): string | undefined {
  const match = ORDER_ID.exec(text);
  return match ? `SK-${match[1]}` : undefined;
}
