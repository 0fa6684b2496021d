/** Shop questions answered from the shop's own texts (shop.json), never from code. */
import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.ts';
import { unansweredThings } from './faqCoverage.ts';
import type { Choice, DialogServices } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

/** Which FAQ entry answers which intent, and what the customer may want next. */
const TOPICS: Record<string, { topic: string; next: Choice[] }> = {
  shipping_info: { topic: 'shipping', next: [{ title: 'Track my order', intent: 'order_status' }] },
  payment_methods: { topic: 'payment_methods', next: [] },
  contact_hours: { topic: 'contact_hours', next: [{ title: 'Talk to a person', intent: 'human_agent' }] },
  return_policy: { topic: 'returns_policy', next: [{ title: 'Start a return', intent: 'start_return' }] },
  discount_codes: { topic: 'discount_codes', next: [] },
  account_help: { topic: 'account_help', next: [{ title: 'Talk to a person', intent: 'human_agent' }] },
  // Never a classifier intent: settleIntent names service questions ("do you do gift wrapping?"). A shop
  // answers them by writing faq.services in shop.json; until then a person does.
  shop_services: { topic: 'services', next: [{ title: 'Talk to a person', intent: 'human_agent' }] },
  change_order: {
    topic: 'change_order',
    next: [
      { title: 'Cancel an order', intent: 'cancel_order' },
      { title: 'Talk to a person', intent: 'human_agent' },
    ],
  },
};

export function isFaqIntent(intent: string): boolean {
  return intent in TOPICS;
}

/** The intents answered from the shop's texts: the bot can answer them next to another question. */
export const FAQ_INTENTS: ReadonlySet<string> = new Set(Object.keys(TOPICS));

/** Says the shop's answer for an FAQ intent (or that a person can answer it). */
export async function answerFaq(services: DialogServices, context: TurnContext, intent: string): Promise<void> {
  const entry = TOPICS[intent];
  const answer = entry ? services.shop.faq[entry.topic] : undefined;
  if (!entry || !answer) {
    await services.present.text(context, `I don't have that written down, but a person from our team can answer it.`, [
      { title: 'Talk to a person', intent: 'human_agent' },
    ]);
    return;
  }
  // "Do you ship to Canada?" answered with a text that never names Canada: say so, and offer a person.
  const unanswered = unansweredThings(getTurnInfo(context)?.text ?? '', intent, `${answer.title} ${answer.answer}`);
  if (unanswered.length) {
    const person: Choice = { title: 'Talk to a person', intent: 'human_agent' };
    await services.present.text(
      context,
      `Our page on ${answer.title.toLowerCase()} doesn't mention “${unanswered.join('” or “')}”, so I can't say for sure; a colleague can tell you. Here is what it says:\n\n**${answer.title}**\n\n${answer.answer}`,
      [person, ...entry.next.filter((c) => c.intent !== person.intent)],
    );
    return;
  }
  await services.present.text(context, `**${answer.title}**\n\n${answer.answer}`, entry.next);
}

export class FaqDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(DialogIds.faq);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await answerFaq(this.services, dc.context, getTurnInfo(dc.context)?.recognition.intent ?? '');
    return dc.endDialog();
  }
}
