/**
 * Adaptive Cards for Web Chat and Teams, kept to schema 1.5 (Teams renders nothing newer; Web Chat
 * goes to 1.6). Buttons are Action.Submit (their meaning in `data`, which comes back as the
 * activity's value) and Action.OpenUrl for a product's picture.
 */
import { type Attachment, CardFactory } from 'botbuilder';
import type { Choice } from '../../../dialogs/services.ts';
import { encodeButtonValue } from '../channels/buttonValue.ts';
import { type ProductView, productFollowUps } from './productView.ts';

export const ADAPTIVE_CARD_VERSION = '1.5';

/**
 * On Teams a plain Action.Submit posts nothing visible in the chat; `msteams.messageBack` shows the
 * button's title as the user's message and sends it as text, like Web Chat's messageBack.
 */
function submit(title: string, value: Record<string, string>, teams: boolean): Record<string, unknown> {
  const data: Record<string, unknown> = { ...value };
  // Teams merges msteams.value into the activity's value or passes it as a string; both are read back.
  if (teams) data.msteams = { type: 'messageBack', text: title, displayText: title, value: encodeButtonValue({ title, value }) };
  return { type: 'Action.Submit', title, data };
}

export function productCard(view: ProductView, options: { teams: boolean }): Attachment {
  const body: Record<string, unknown>[] = [];
  if (view.imageUrl) body.push({ type: 'Image', url: view.imageUrl, altText: view.name, size: 'Stretch' });
  body.push(
    { type: 'TextBlock', text: view.name, weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: view.priceLine, spacing: 'None' },
    { type: 'TextBlock', text: view.reason, isSubtle: true, wrap: true, size: 'Small' },
  );
  const actions = productFollowUps(view.id).map((b) => submit(b.title, b.value, options.teams));
  if (options.teams && view.imageUrl) actions.push({ type: 'Action.OpenUrl', title: 'See the picture', url: view.imageUrl });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body,
    actions,
  });
}

/** Choices as card buttons: for Teams chats where suggested actions are not allowed or too many. */
export function choicesCard(choices: Choice[], options: { teams: boolean }): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [],
    actions: choices.map((c) => submit(c.title, { intent: c.intent, ...c.data }, options.teams)),
  });
}
