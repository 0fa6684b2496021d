/**
 * Hero cards for Slack: Azure's Slack channel turns them into Slack messages with real buttons
 * (Adaptive Cards would become a picture that expires, with no buttons). A button carries its
 * meaning as a string (see channels/buttonValue.ts); the click comes back in channelData.Payload.
 */
import { type Attachment, type CardAction, CardFactory } from 'botbuilder';
import type { Choice } from '../../../dialogs/services.ts';
import { encodeButtonValue } from '../channels/buttonValue.ts';
import { type ProductView, productFollowUps } from './productView.ts';

function button(title: string, value: Record<string, string>): CardAction {
  return { type: 'postBack', title, value: encodeButtonValue({ title, value }) };
}

export function productHeroCard(view: ProductView): Attachment {
  return CardFactory.heroCard(
    view.name,
    view.reason,
    view.imageUrl ? [{ url: view.imageUrl, alt: view.name }] : [],
    productFollowUps(view.id).map((b) => button(b.title, b.value)),
    { subtitle: view.priceLine },
  );
}

export function choicesHeroCard(choices: Choice[]): Attachment {
  return CardFactory.heroCard('', [], choices.map((c) => button(c.title, { intent: c.intent, ...c.data })));
}
