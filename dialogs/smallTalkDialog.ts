/** Greetings, help, thanks, goodbye and small talk: one answer each, always with a way forward. */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.ts';
import { firstName } from './orderStatusDialog.ts';
import type { Choice, DialogServices } from './services.ts';
import { smallTalkAnswer } from './smallTalkAnswers.ts';
import { getTurnInfo } from './turnInfo.ts';

/** The main things the bot can do, offered as buttons wherever the customer may be stuck. */
export const MAIN_CHOICES: Choice[] = [
  { title: 'Track my order', intent: 'order_status' },
  { title: 'Start a return', intent: 'start_return' },
  { title: 'Recommend something', intent: 'recommendation' },
  { title: 'Talk to a person', intent: 'human_agent' },
];

export const CAPABILITIES =
  'I can track your order, start a return or check a refund, cancel an order that has not shipped, answer questions about shipping, payment and our opening hours, and help you find products.';

export class SmallTalkDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(DialogIds.smallTalk);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    const name = info?.customer ? ` ${firstName(info.customer.name)}` : '';
    const shop = this.services.shop.info.name;
    switch (info?.recognition.intent) {
      case 'greet':
        await this.services.present.text(dc.context, `Hi${name}! Welcome to ${shop}. How can I help you today?`, MAIN_CHOICES);
        break;
      case 'help':
        await this.services.present.text(dc.context, `${CAPABILITIES} What would you like to do?`, MAIN_CHOICES);
        break;
      case 'thanks':
        await dc.context.sendActivity(`You're welcome${name}! Anything else I can do for you?`);
        break;
      case 'goodbye':
        await dc.context.sendActivity(`Goodbye${name}, and thanks for shopping with ${shop}!`);
        break;
      case 'affirm':
      case 'deny':
        await this.services.present.text(dc.context, `OK. What can I help you with?`, MAIN_CHOICES);
        break;
      default: {
        const answer = smallTalkAnswer(info?.text ?? '', shop, Math.max(0, (info?.mood.messages ?? 1) - 1));
        if (answer) {
          const person = MAIN_CHOICES.filter((c) => c.intent === 'human_agent');
          const choices = answer.offerPerson ? [...person, ...MAIN_CHOICES.filter((c) => c.intent !== 'human_agent')] : MAIN_CHOICES;
          await this.services.present.text(dc.context, answer.introduce ? `${answer.text} ${CAPABILITIES}` : answer.text, choices);
          break;
        }
        // "love it!", "you're actually pretty helpful": a warm word, not a question about the bot.
        if (info && info.sentiment.label === 'positive' && info.sentiment.score >= 0.5) {
          await this.services.present.text(dc.context, `That's lovely to hear, thank you! Anything else I can help you with?`, MAIN_CHOICES);
          break;
        }
        await this.services.present.text(
          dc.context,
          `I'm ${shop}'s virtual assistant, here around the clock. ${CAPABILITIES}`,
          MAIN_CHOICES,
        );
      }
    }
    return dc.endDialog();
  }
}
