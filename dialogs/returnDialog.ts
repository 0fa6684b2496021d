/**
 * Starts a return: find and verify the order, check it is still eligible (by date, status and
 * category), ask which items and why, confirm, and record it with a return id.
 */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { ReturnConflictError } from '../src/shop/ports.ts';
import type { Order, OrderItem, ReturnRequest } from '../src/shop/types.ts';
import { DialogIds } from './dialogIds.ts';
import { day, money } from './format.ts';
import { PromptIds } from './promptIds.ts';
import type { DialogServices } from './services.ts';
import { type FactsAccessor, newFacts, rememberOrder } from './conversationFacts.ts';
import { findNamedOrders, itemsNamed, lastOrderMeant, refersToLastOrder, ordersMeant } from './orderMentioned.ts';
import { getTurnInfo } from './turnInfo.ts';

export interface ReturnOptions {
  /** Known reason (e.g. "arrived damaged or wrong"): the dialog does not ask for one. */
  reason?: string;
}

interface ReturnValues {
  options: ReturnOptions;
  /** The message that asked for the return: it may name the item ("return the cutting board"). */
  asked?: string;
  order?: Order;
  items?: OrderItem[];
  reason?: string;
}

const ALL_ITEMS = 'All items';

export class ReturnDialog extends WaterfallDialog<ReturnOptions> {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.returns, []);
    this.addStep(this.findOrderStep.bind(this));
    this.addStep(this.eligibilityStep.bind(this));
    this.addStep(this.reasonStep.bind(this));
    this.addStep(this.confirmStep.bind(this));
    this.addStep(this.recordStep.bind(this));
  }

  private values(step: WaterfallStepContext): ReturnValues {
    return step.values as ReturnValues;
  }

  private async findOrderStep(step: WaterfallStepContext<ReturnOptions>): Promise<DialogTurnResult> {
    const values = this.values(step);
    values.options = step.options ?? {};
    const info = getTurnInfo(step.context);
    values.asked = info?.text;
    const damaged = isDamaged(values.options);
    const orderId = info?.recognition.entities.orderIds[0];
    if (info?.customer && !orderId) {
      const facts = await this.facts.get(step.context, newFacts());
      const orders = ordersMeant(info.text, await this.services.orders.ordersForCustomer(info.customer.id), facts.lastOrderId);
      // "return the cutting board": its order, or why it can't go back; never another item in its place.
      const named = await findNamedOrders(info.text, orders, (id) => this.services.catalog.getProduct(id));
      if (named.length) {
        for (const order of named) if ((await this.services.checkReturn(order, damaged)).eligible) return step.next(order);
        return step.next(named[0]);
      }
      // "no wait, it arrived damaged" after an order was answered: that order (found by chatting: the
      // next returnable order was offered instead).
      const last = lastOrderMeant(info.text, orders, facts.lastOrderId);
      if (last) return step.next(last);
      // "the french press" ... "it's cracked": the order with the product just talked about (found by
      // chatting: another order's cardigan was offered for return).
      const withProduct = refersToLastOrder(info.text) && facts.lastProductId ? orders.find((o) => o.items.some((i) => i.productId === facts.lastProductId)) : undefined;
      if (withProduct) return step.next(withProduct);
      const delivered = orders.filter((o) => o.status === 'delivered');
      // Why the newest order still in the window can't go back, if one is (found by chatting: "no order
      // within the window" was said of an order in it whose cardigan was already being returned).
      let inWindowButNot: string | undefined;
      const now = this.services.now().getTime();
      for (const order of delivered) {
        const eligibility = await this.services.checkReturn(order, damaged);
        if (eligibility.eligible) return step.next(order);
        if (!inWindowButNot && eligibility.deadline && Date.parse(eligibility.deadline) >= now) inWindowButNot = eligibility.explanation;
      }
      await this.services.present.text(
        step.context,
        inWindowButNot ??
          `I can't find a delivered order on your account that is still within the ${this.services.shop.info.returnWindowDays}-day return window. If you have the order number, tell me and I'll check that order.`,
        [
          { title: 'Return policy', intent: 'return_policy' },
          { title: 'Talk to a person', intent: 'human_agent' },
        ],
      );
      return step.endDialog();
    }
    return step.beginDialog(DialogIds.verifyOrder, { orderId, purpose: 'to start a return' });
  }

  private async eligibilityStep(step: WaterfallStepContext<ReturnOptions>): Promise<DialogTurnResult> {
    const order = step.result as Order | undefined;
    if (!order) return step.endDialog();
    await rememberOrder(this.facts, step.context, order.id);
    const values = this.values(step);
    const eligibility = await this.services.checkReturn(order, isDamaged(values.options));
    const named = itemsNamed(values.asked ?? '', order.items);
    const namedReturnable = itemsNamed(values.asked ?? '', eligibility.items);
    if (eligibility.eligible && named.length && !namedReturnable.length) {
      // The item asked for can't go back (its category, or already returned): say so, not offer the others.
      await this.services.present.text(step.context, `The ${named.map((i) => i.name).join(' and ')} can't be returned. ${eligibility.explanation ?? ''}`.trim(), [
        { title: 'Return policy', intent: 'return_policy' },
        { title: 'Talk to a person', intent: 'human_agent' },
      ]);
      return step.endDialog();
    }
    if (!eligibility.eligible) {
      const which = named.length ? `The ${named.map((i) => i.name).join(' and ')} ${named.length > 1 ? 'are' : 'is'} in order ${order.id}. ` : '';
      // Damage found late is the shop's call, not the window's: a person decides (found by chatting: the
      // bot said "outside the window" and left it there).
      const lateDamage = isDamaged(values.options) && (order.status === 'delivered' || order.status === 'shipped');
      const next = lateDamage ? ` As the items arrived damaged, a colleague can still look at it with you.` : '';
      // "my french press arrived cracked" while the carrier has not reported it delivered: not "still on its
      // way", which contradicts the customer (found by chatting).
      const why =
        isDamaged(values.options) && order.status === 'shipped'
          ? `Our records still show order ${order.id} on its way, so I can't start a return for it here.`
          : (eligibility.explanation ?? `Order ${order.id} can't be returned.`);
      await this.services.present.text(
        step.context,
        which + why + next,
        lateDamage
          ? [{ title: 'Talk to a person', intent: 'human_agent' }]
          : [
              { title: 'Return policy', intent: 'return_policy' },
              { title: 'Talk to a person', intent: 'human_agent' },
            ],
      );
      return step.endDialog();
    }
    values.order = order;
    values.items = namedReturnable.length ? namedReturnable : eligibility.items;
    const intro = `Order ${order.id} can be returned until ${day(eligibility.deadline!)}.${eligibility.explanation && !namedReturnable.length ? ` ${eligibility.explanation}` : ''}`;
    if (values.items.length === 1 || namedReturnable.length) {
      await step.context.sendActivity(`${intro} I'll start a return for the ${values.items.map((i) => i.name).join(' and ')}.`);
      return step.next(undefined);
    }
    return step.prompt(PromptIds.choice, {
      prompt: `${intro} Which item would you like to return?`,
      retryPrompt: `Which item would you like to return? Tap one, or type its number or part of its name (for example "${lastWord(eligibility.items[0].name)}").`,
      choices: [...eligibility.items.map((i) => i.name), ALL_ITEMS],
    });
  }

  private async reasonStep(step: WaterfallStepContext<ReturnOptions>): Promise<DialogTurnResult> {
    const values = this.values(step);
    const picked = (step.result as { value?: string } | undefined)?.value;
    if (picked && picked !== ALL_ITEMS) values.items = values.items!.filter((i) => i.name === picked);
    if (values.options.reason) return step.next(values.options.reason);
    return step.prompt(PromptIds.text, { prompt: `What's the reason for the return? (For example: too small, changed my mind, arrived damaged.)` });
  }

  private async confirmStep(step: WaterfallStepContext<ReturnOptions>): Promise<DialogTurnResult> {
    const values = this.values(step);
    values.reason = String(step.result ?? '').slice(0, 500);
    const names = values.items!.map((i) => `${i.quantity} × ${i.name}`).join(', ');
    return step.prompt(PromptIds.confirm, {
      prompt: `Start a return for ${names} from order ${values.order!.id}?`,
      retryPrompt: 'Please answer yes or no.',
    });
  }

  private async recordStep(step: WaterfallStepContext<ReturnOptions>): Promise<DialogTurnResult> {
    const values = this.values(step);
    if (step.result !== true) {
      await step.context.sendActivity(`OK, I haven't started a return.`);
      return step.endDialog();
    }
    const order = values.order!;
    const items = values.items!;
    const amount = Math.round(items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0) * 100) / 100;
    let created: ReturnRequest;
    try {
      created = await this.services.returns.createReturn({
        orderId: order.id,
        customerId: order.customerId,
        items: items.map((i) => ({ productId: i.productId, name: i.name, quantity: i.quantity })),
        reason: values.reason ?? '',
        status: 'requested',
        createdAt: this.services.now().toISOString(),
        refund: { amount, status: 'not_started' },
      });
    } catch (error) {
      // Started meanwhile in another chat: say which return has it rather than make a second.
      if (!(error instanceof ReturnConflictError)) throw error;
      await this.services.present.text(
        step.context,
        `A return for ${error.existing.items.map((i) => `the ${i.name}`).join(' and ')} from order ${order.id} is already started (**${error.existing.id}**), so I haven't started another.`,
        [{ title: 'Refund status', intent: 'refund_status', data: { orderId: order.id } }],
      );
      return step.endDialog();
    }
    await step.context.sendActivity(
      `Your return **${created.id}** is started. We'll e-mail a prepaid return label to the address on the order. ` +
        `The refund will be ${money(amount, this.services.shop.info.currencySymbol)}. ${this.services.shop.policies.refundAfterReturn}`,
    );
    return step.endDialog(created);
  }
}

/** A return whose reason came with it is for items that arrived damaged or wrong (mainDialog sets it). */
function isDamaged(options: ReturnOptions): boolean {
  return options.reason !== undefined;
}

/** "Yellow Camping Lantern" -> "lantern": the word a customer would type for it. */
function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)!.toLowerCase();
}
