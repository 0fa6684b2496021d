/** "Where is my refund?": the returns on a verified order and the state of each refund. */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Order, ReturnRequest } from '../src/shop/types.ts';
import { DialogIds } from './dialogIds.ts';
import { day, money } from './format.ts';
import type { DialogServices } from './services.ts';
import { type FactsAccessor, newFacts, rememberOrder } from './conversationFacts.ts';
import { findNamedOrders, lastOrderMeant } from './orderMentioned.ts';
import { getTurnInfo } from './turnInfo.ts';

/** "how long do refunds take?", "when will I get my money back", "how many days". */
const ASKS_HOW_LONG = /\b(?:how long|how many (?:business |working )?days|how soon|when (?:will|would|should|do|does) (?:i|it|my|the|you)|take to)\b/i;

/** "my cancelled order", "the order I cancelled". */
const CANCELLED = /\bcancel+(?:ed|led|ation)?\b/i;

const RETURN_WORDS: Record<ReturnRequest['status'], string> = {
  requested: 'started: we are waiting for the items to arrive',
  received: 'received: we are checking the items',
  refunded: 'complete',
  rejected: 'rejected',
};

export class RefundStatusDialog extends WaterfallDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.refundStatus, []);
    this.addStep(this.findOrderStep.bind(this));
    this.addStep(this.answerStep.bind(this));
  }

  private async findOrderStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(step.context);
    const orderId = info?.recognition.entities.orderIds[0];
    // "how long do refunds take?": the shop's own refund times first (found by chatting: it repeated a
    // status with no timing). A visitor who named no order gets just that; a signed-in customer also
    // sees their refunds below.
    const times = this.services.shop.faq.refund_times;
    if (times && ASKS_HOW_LONG.test(info?.text ?? '')) {
      await step.context.sendActivity(`**${times.title}**\n\n${times.answer}`);
      if (!info?.customer && !orderId) return step.endDialog();
    }
    if (info?.customer && !orderId) {
      const orders = await this.services.orders.ordersForCustomer(info.customer.id);
      // "refund for my boots?", "did you refund my cancelled order?": that order (found by chatting: an
      // October return was shown instead).
      const named = await findNamedOrders(info.text, orders, (id) => this.services.catalog.getProduct(id));
      const cancelled = orders.filter((o) => o.status === 'cancelled');
      const last = lastOrderMeant(info.text, orders, (await this.facts.get(step.context, newFacts())).lastOrderId);
      const meant = named[0] ?? (CANCELLED.test(info.text) ? cancelled[0] : undefined) ?? last;
      if (meant) return step.next(meant);
      // Otherwise every refund on its way or recent: returns and cancelled orders, newest first.
      const returns = await this.services.returns.returnsForCustomer(info.customer.id);
      const refunds = [
        ...returns.map((r) => ({ at: r.createdAt, text: this.describe(r) })),
        ...cancelled.map((o) => ({ at: o.cancelledAt ?? o.createdAt, text: this.cancelledText(o) })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      if (refunds.length === 0) {
        await this.services.present.text(step.context, `You have no returns or cancelled orders on your account, so there is no refund on its way.`, [
          { title: 'Start a return', intent: 'start_return' },
        ]);
        return step.endDialog();
      }
      await step.context.sendActivity(refunds.slice(0, 3).map((r) => r.text).join('\n\n'));
      return step.endDialog();
    }
    return step.beginDialog(DialogIds.verifyOrder, { orderId, purpose: 'to check its refund' });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const order = step.result as Order | undefined;
    if (!order) return step.endDialog();
    await rememberOrder(this.facts, step.context, order.id);
    const returns = await this.services.returns.returnsForOrder(order.id);
    if (returns.length === 0) {
      if (order.status === 'cancelled') {
        await step.context.sendActivity(this.cancelledText(order));
        return step.endDialog();
      }
      await this.services.present.text(step.context, `There is no return on order ${order.id} yet, so no refund has started.`, [
        { title: 'Start a return', intent: 'start_return', data: { orderId: order.id } },
      ]);
      return step.endDialog();
    }
    await step.context.sendActivity(returns.map((r) => this.describe(r)).join('\n\n'));
    return step.endDialog();
  }

  private cancelledText(order: Order): string {
    return `**Order ${order.id}** was cancelled on ${day(order.cancelledAt ?? order.createdAt)}. ${this.services.shop.policies.refundAfterCancel}`;
  }

  private describe(r: ReturnRequest): string {
    const symbol = this.services.shop.info.currencySymbol;
    const refund =
      r.refund.status === 'issued'
        ? `Refund of ${money(r.refund.amount, symbol)} issued${r.refund.issuedAt ? ` on ${day(r.refund.issuedAt)}` : ''}. ${this.services.shop.policies.refundToStatement}`
        : r.refund.status === 'pending'
          ? `Refund of ${money(r.refund.amount, symbol)} is being processed.`
          : `The refund of ${money(r.refund.amount, symbol)} starts once we receive and check the items.`;
    return `**Return ${r.id}** for order ${r.orderId} (started ${day(r.createdAt)}) is ${RETURN_WORDS[r.status]}. ${refund}`;
  }
}
