/**
 * A complaint or a request for a person: acknowledged in words that fit, a handoff request recorded
 * and the conversation flagged for staff, who reply in this same chat.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.ts';
import { GENERIC_APOLOGY } from '../src/sentiment/apology.ts';
import type { DialogServices } from './services.ts';
import { getTurnInfo } from './turnInfo.ts';

/** What a customer waiting for a person hears, instead of the bot's menu or the handoff text again. */
export const WAITING_FOR_PERSON =
  "A colleague from our team has been asked to join and will reply right here; I've added your message for them. " +
  'Meanwhile I can still look up an order or answer a question.';

/** Set by a dialog that hands over for a reason of its own (an item missing from a parcel). */
export interface HandoffOptions {
  reason: string;
  /** The first sentence to the customer, before "I've asked a member of our team to join". */
  opening: string;
  /** For staff, when the message that asked is not the current one (a "yes" to "shall I ask a colleague?"). */
  summary?: string;
}

export class HandoffDialog extends Dialog<HandoffOptions> {
  constructor(private readonly services: DialogServices) {
    super(DialogIds.handoff);
  }

  override async beginDialog(dc: DialogContext, options?: HandoffOptions): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    const complaint = info?.recognition.intent === 'complaint';
    const reason =
      options?.reason ?? (complaint ? 'complaint' : info?.recognition.intent === 'human_agent' ? 'asked for a person' : 'the bot could not help');
    await this.services.handoff.requestPerson(dc.context, {
      reason,
      summary: options?.summary ?? `${reason}: "${(info?.text ?? '').slice(0, 200)}"`,
    });
    if (info?.waitingForPerson) {
      // Asked again while waiting: the flag is updated above; the whole handoff text again would read like a loop.
      await dc.context.sendActivity(WAITING_FOR_PERSON);
      return dc.endDialog();
    }
    const hours = this.services.shop.faq.contact_hours?.answer.split('\n')[0];
    // One apology: the one that names the cause, else a plain one ("I'm really sorry about this. I'm
    // sorry about this." was what a complaint without a named cause got).
    const specific = info?.apology && info.apology !== GENERIC_APOLOGY ? info.apology : undefined;
    const opening = options?.opening ?? (complaint ? (specific ?? "I'm really sorry about this.") : 'Of course.');
    await dc.context.sendActivity(
      `${opening} I've asked a member of our team to join this chat; they'll reply right here. ` +
        `You can keep writing, and anything you add helps them.${hours ? `\n\n${hours}` : ''}`,
    );
    return dc.endDialog();
  }
}
