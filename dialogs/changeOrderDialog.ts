/**
 * "Change the address on my order", "can I swap the size?": the bot can't edit an order itself, so
 * it finds the order, says whether it can still be changed (only while it is being prepared, as the
 * shop's text says), and passes the change to a colleague with the order and the request attached.
 * Found by chatting: the shop's text was the only answer, and the new address the customer then
 * typed got the same text again.
 */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Order } from '../src/shop/types.ts';
import { DialogIds } from './dialogIds.ts';
import { orderItems } from './format.ts';
import type { HandoffOptions } from './handoffDialog.ts';
import { type FactsAccessor, newFacts, rememberOrder } from './conversationFacts.ts';
import { asksAboutOtherOrder, findNamedOrders, lastOrderMeant, ordersMeant } from './orderMentioned.ts';
import { PromptIds } from './promptIds.ts';
import type { DialogServices } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

interface ChangeValues {
  /** What the customer asked, for the colleague who makes the change. */
  request: string;
  orderId?: string;
}

export class ChangeOrderDialog extends WaterfallDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.changeOrder, []);
    this.addStep(this.findOrderStep.bind(this));
    this.addStep(this.offerStep.bind(this));
    this.addStep(this.passOnStep.bind(this));
  }

  private values(step: WaterfallStepContext): ChangeValues {
    return step.values as ChangeValues;
  }

  private async findOrderStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(step.context);
    this.values(step).request = (info?.text ?? '').slice(0, 500);
    const orderId = info?.recognition.entities.orderIds[0];
    if (info?.customer && !orderId) {
      const facts = await this.facts.get(step.context, newFacts());
      const orders = ordersMeant(info.text, await this.services.orders.ordersForCustomer(info.customer.id), facts.lastOrderId);
      const named = await findNamedOrders(info.text, orders, (id) => this.services.catalog.getProduct(id));
      const open = orders.filter((o) => o.status === 'processing');
      const last = lastOrderMeant(info.text, orders, facts.lastOrderId);
      // "the other one" leaves one order: that one, changeable or not (offerStep says which).
      const only = asksAboutOtherOrder(info.text) && orders.length > 0 ? orders[0] : undefined;
      const order = named.find((o) => o.status === 'processing') ?? named[0] ?? last ?? only ?? (open.length === 1 ? open[0] : undefined);
      if (order) return step.next(order);
      if (!open.length) {
        await this.services.present.text(
          step.context,
          `None of your orders is still being prepared, so none can be changed any more. Once an order arrives you can return what you don't want.`,
          [{ title: 'Return policy', intent: 'return_policy' }, { title: 'Talk to a person', intent: 'human_agent' }],
        );
        return step.endDialog();
      }
      // Several orders being prepared and none named: ask which.
      await this.services.present.text(
        step.context,
        `Which order should change?`,
        open.slice(0, 3).map((o) => ({ title: `Change ${o.id}`, intent: 'change_order', data: { orderId: o.id } })),
      );
      return step.endDialog();
    }
    return step.beginDialog(DialogIds.verifyOrder, { orderId, purpose: 'to change it' });
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const order = step.result as Order | undefined;
    if (!order) return step.endDialog();
    await rememberOrder(this.facts, step.context, order.id);
    if (order.status !== 'processing') {
      const why =
        order.status === 'cancelled'
          ? `Order ${order.id} is cancelled, so there is nothing to change.`
          : `Order ${order.id} has already ${order.status === 'shipped' ? 'shipped' : 'been delivered'}, so it can't be changed any more. Once it arrives you can return what you don't want.`;
      await this.services.present.text(step.context, why, [
        { title: 'Return policy', intent: 'return_policy' },
        { title: 'Talk to a person', intent: 'human_agent' },
      ]);
      return step.endDialog();
    }
    this.values(step).orderId = order.id;
    return step.prompt(PromptIds.confirm, {
      prompt: `Order ${order.id} (${orderItems(order)}) hasn't shipped yet, so it can still be changed. I can't edit orders myself: shall I pass your change to a colleague, who will reply right here?`,
      retryPrompt: `Please answer yes or no: pass your change to order ${order.id} to a colleague?`,
    });
  }

  private async passOnStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { orderId, request } = this.values(step);
    if (step.result !== true) {
      await step.context.sendActivity(`OK, order ${orderId} stays as it is. What else can I do for you?`);
      return step.endDialog();
    }
    const handoff: HandoffOptions = {
      reason: `change to order ${orderId}`,
      // The customer's words go to staff only: quoted back here they would be rendered as the bot's markdown.
      opening: `Thanks. Your change to order ${orderId} goes to our team with your message and the order attached: add the details here (the new address, size or colour) so they have everything.`,
      summary: `change to order ${orderId}: "${request.slice(0, 200)}"`,
    };
    return step.beginDialog(DialogIds.handoff, handoff);
  }
}
