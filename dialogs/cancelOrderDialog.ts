/** Cancels an order that has not shipped, after the customer confirms. */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Order } from '../src/shop/types.ts';
import { DialogIds } from './dialogIds.ts';
import { day, money, orderItems } from './format.ts';
import { PromptIds } from './promptIds.ts';
import type { DialogServices } from './services.ts';
import { type FactsAccessor, newFacts, rememberOrder } from './conversationFacts.ts';
import { findNamedOrders, lastOrderMeant, ordersMeant } from './orderMentioned.ts';
import { getTurnInfo } from './turnInfo.ts';

export class CancelOrderDialog extends WaterfallDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.cancelOrder, []);
    this.addStep(this.findOrderStep.bind(this));
    this.addStep(this.confirmStep.bind(this));
    this.addStep(this.cancelStep.bind(this));
  }

  private async findOrderStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(step.context);
    const orderId = info?.recognition.entities.orderIds[0];
    if (info?.customer && !orderId) {
      const facts = await this.facts.get(step.context, newFacts());
      const orders = ordersMeant(info.text, await this.services.orders.ordersForCustomer(info.customer.id), facts.lastOrderId);
      // "cancel my coffee order": that order, or why it can't be cancelled (shipped, delivered).
      const named = await findNamedOrders(info.text, orders, (id) => this.services.catalog.getProduct(id));
      if (named.length) return step.next(named.find((o) => o.status === 'processing') ?? named[0]);
      // "cancel it" after an order was shown: that order.
      const last = lastOrderMeant(info.text, orders, facts.lastOrderId);
      if (last) return step.next(last);
      const open = orders.filter((o) => o.status === 'processing');
      if (open.length === 1) return step.next(open[0]);
      if (open.length === 0) {
        await step.context.sendActivity(`You have no orders that can still be cancelled: orders can be cancelled until they ship.`);
        return step.endDialog();
      }
    }
    return step.beginDialog(DialogIds.verifyOrder, { orderId, purpose: 'to cancel it' });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const order = step.result as Order | undefined;
    if (!order) return step.endDialog();
    await rememberOrder(this.facts, step.context, order.id);
    const refusal = whyNotCancellable(order);
    if (refusal) {
      await this.services.present.text(step.context, refusal, [
        ...(order.status === 'shipped' || order.status === 'delivered' ? [{ title: 'How do returns work?', intent: 'return_policy' }] : []),
        { title: 'Talk to a person', intent: 'human_agent' },
      ]);
      return step.endDialog();
    }
    (step.values as { orderId?: string }).orderId = order.id;
    const symbol = this.services.shop.info.currencySymbol;
    return step.prompt(PromptIds.confirm, {
      prompt: `Cancel order ${order.id} (${orderItems(order)}, ${money(order.total, symbol)})? This can't be undone.`,
      retryPrompt: `Please answer yes or no: cancel order ${order.id}?`,
    });
  }

  private async cancelStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const orderId = (step.values as { orderId: string }).orderId;
    if (step.result !== true) {
      await step.context.sendActivity(`OK, I have not cancelled order ${orderId}.`);
      return step.endDialog();
    }
    // Read again: the order may have shipped while the customer was deciding.
    const order = await this.services.orders.getOrder(orderId);
    const refusal = order ? whyNotCancellable(order) : `I can't find order ${orderId} any more.`;
    if (!order || refusal) {
      await step.context.sendActivity(refusal ?? `Sorry, order ${orderId} can no longer be cancelled.`);
      return step.endDialog();
    }
    const cancelled: Order = {
      ...order,
      status: 'cancelled',
      cancelledAt: this.services.now().toISOString(),
      cancellationReason: 'cancelled by the customer in chat',
    };
    await this.services.orders.upsertOrders([cancelled]);
    const symbol = this.services.shop.info.currencySymbol;
    await step.context.sendActivity(
      `Done: order ${order.id} is cancelled, and its ${money(order.total, symbol)} will be refunded. ${this.services.shop.policies.refundAfterCancel}`,
    );
    return step.endDialog(cancelled);
  }
}

function whyNotCancellable(order: Order): string | undefined {
  switch (order.status) {
    case 'processing':
      return undefined;
    case 'shipped':
      return `Order ${order.id} has already shipped${order.shipment ? ` on ${day(order.shipment.shippedAt)}` : ''}, so it can't be cancelled. Once it arrives you can return it.`;
    case 'delivered':
      return `Order ${order.id} was already delivered, so it can't be cancelled, but it may still be returned.`;
    case 'cancelled':
      return `Order ${order.id} is already cancelled.`;
    case 'returned':
      return `Order ${order.id} was returned, so there is nothing to cancel.`;
  }
}
