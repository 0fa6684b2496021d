/**
 * "Where is my order?" and "what did I order?". A signed-in customer sees their own orders directly
 * ("my last order"); anyone else goes through VerifyOrderDialog first.
 */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Order } from '../src/shop/types.ts';
import { DialogIds } from './dialogIds.ts';
import { day, isLate, money, orderStatusText } from './format.ts';
import type { Choice, DialogServices } from './services.ts';
import { type FactsAccessor, newFacts, rememberOrder } from './conversationFacts.ts';
import { findNamedOrders, lastOrderMeant, ordersMeant } from './orderMentioned.ts';
import { getTurnInfo } from './turnInfo.ts';
import type { VerifyOrderOptions } from './verifyOrderDialog.ts';

interface StatusValues {
  /** The order numbers the question named, in its order. */
  askedIds: string[];
}

export class OrderStatusDialog extends WaterfallDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.orderStatus, []);
    this.addStep(this.findOrderStep.bind(this));
    this.addStep(this.answerStep.bind(this));
  }

  private async findOrderStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(step.context);
    const orderId = info?.recognition.entities.orderIds[0];
    // Kept for after the answer: a visitor's proof comes in a later message.
    (step.values as StatusValues).askedIds = info?.recognition.entities.orderIds ?? [];
    const customer = info?.customer;
    if (customer && !orderId) {
      const facts = await this.facts.get(step.context, newFacts());
      const orders = ordersMeant(info?.text ?? '', await this.services.orders.ordersForCustomer(customer.id), facts.lastOrderId);
      if (orders.length === 0) {
        await step.context.sendActivity(`I don't see any orders on your account yet, ${firstName(customer.name)}.`);
        return step.endDialog();
      }
      if (info?.recognition.intent === 'order_history' && orders.length > 1) {
        await this.listOrders(step, orders.slice(0, 5));
        return step.endDialog();
      }
      // "where's my coffee order?": the order with the thing named in it; "when will it arrive?" the one
      // just talked about (found by chatting: it answered about the newest); else the newest.
      const named = await findNamedOrders(info?.text ?? '', orders, (id) => this.services.catalog.getProduct(id));
      const last = lastOrderMeant(info?.text ?? '', orders, facts.lastOrderId);
      return step.next(named[0] ?? last ?? orders[0]);
    }
    const options: VerifyOrderOptions = { orderId, purpose: 'to check its status' };
    return step.beginDialog(DialogIds.verifyOrder, options);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const order = step.result as Order | undefined;
    if (!order) return step.endDialog();
    await rememberOrder(this.facts, step.context, order.id);
    const symbol = this.services.shop.info.currencySymbol;
    const followUps: Choice[] = [];
    if (order.status === 'processing') followUps.push({ title: 'Cancel this order', intent: 'cancel_order', data: { orderId: order.id } });
    if (order.status === 'delivered') followUps.push({ title: 'Start a return', intent: 'start_return', data: { orderId: order.id } });
    const now = this.services.now();
    if (isLate(order, now)) followUps.push({ title: 'Talk to a person', intent: 'human_agent' });
    followUps.push({ title: 'Something else', intent: 'help' });
    await this.services.present.text(step.context, orderStatusText(order, symbol, now), followUps);
    await this.answerTheOthers(step, order);
    return step.endDialog(order);
  }

  /**
   * "where are SK-105510 and SK-105571?": a signed-in customer's other orders named in the message are
   * answered too; any other number gets a button that checks it the usual way, proof and all (found by
   * chatting: only the first number was answered, the second silently dropped).
   */
  private async answerTheOthers(step: WaterfallStepContext, answered: Order): Promise<void> {
    const info = getTurnInfo(step.context);
    const others = [...new Set((step.values as StatusValues).askedIds)].filter((id) => id !== answered.id).slice(0, 3);
    if (!others.length) return;
    const own = info?.customer ? await this.services.orders.ordersForCustomer(info.customer.id) : [];
    const symbol = this.services.shop.info.currencySymbol;
    const unchecked: string[] = [];
    for (const id of others) {
      const order = own.find((o) => o.id === id);
      if (order) await this.services.present.text(step.context, orderStatusText(order, symbol, this.services.now()), []);
      else unchecked.push(id);
    }
    if (unchecked.length) {
      await this.services.present.text(
        step.context,
        `You also asked about ${unchecked.join(' and ')}.`,
        unchecked.map((id) => ({ title: `Status of ${id}`, intent: 'order_status', data: { orderId: id } })),
      );
    }
  }

  private async listOrders(step: WaterfallStepContext, orders: Order[]): Promise<void> {
    const symbol = this.services.shop.info.currencySymbol;
    const lines = orders.map((o) => `- **${o.id}**, ${day(o.createdAt)}: ${o.status}, ${money(o.total, symbol)}`);
    await this.services.present.text(
      step.context,
      `Your latest orders:\n\n${lines.join('\n')}`,
      orders.slice(0, 3).map((o) => ({ title: `Status of ${o.id}`, intent: 'order_status', data: { orderId: o.id } })),
    );
  }
}

export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
