/**
 * Step 0, before the message is stored or understood: makes every channel's message look the same
 * to the pipeline.
 *
 * - Teams: the bot's @mention is cut from the text (it is not the customer's words and would
 *   confuse recognition). In a channel or group chat the bot answers only when mentioned (or when a
 *   card it posted is clicked); anything else is colleagues talking among themselves and is neither
 *   stored nor answered.
 * - Slack: a button click arrives with the clicked button's value in channelData.Payload (or as the
 *   text); it becomes the title as text and the button's meaning as value, as on Web Chat.
 *   Mentions of the bot (`<@U123>`) are cut from the text.
 * - Teams card clicks: Action.Submit data comes as value, sometimes with our meaning as a JSON
 *   string; it is unpacked.
 * - Plain-text channels: a bare number picks one of the numbered choices just offered.
 */
import { type Activity, type Middleware, TurnContext } from 'botbuilder';
import type { OfferedChoices } from '../render/offeredChoices.ts';
import { decodeButtonValue } from './buttonValue.ts';
import { channelFormOf, isTeamsSharedConversation } from './channelForm.ts';

export class ChannelInbound implements Middleware {
  constructor(private readonly offered: OfferedChoices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    if (a.type !== 'message' || a.from?.role === 'bot') return next();
    if (a.channelId === 'msteams' && !takeTeamsMessage(a)) return;
    if (a.channelId === 'slack') takeSlackMessage(a);
    unpackValue(a);
    if (channelFormOf(a) === 'plain' && !a.value && a.conversation?.id) {
      const choice = this.offered.pick(a.conversation.id, a.text ?? '');
      if (choice) {
        a.text = choice.title;
        a.value = { intent: choice.intent, ...choice.data };
      }
    }
    await next();
  }
}

/** Strips the bot's mention; false when the message is not addressed to the bot. */
function takeTeamsMessage(a: Activity): boolean {
  const mentioned = TurnContext.getMentions(a).some((m) => m.mentioned?.id === a.recipient?.id);
  if (mentioned && typeof a.text === 'string') TurnContext.removeRecipientMention(a);
  if (typeof a.text === 'string') a.text = a.text.replace(/&nbsp;/g, ' ').trim();
  const cardClick = a.value !== undefined && a.value !== null;
  return mentioned || cardClick || !isTeamsSharedConversation(a);
}

interface SlackPayload {
  type?: string;
  actions?: { value?: unknown; selected_options?: { value?: unknown }[] }[];
}

function takeSlackMessage(a: Activity): void {
  const channelData = (a.channelData ?? {}) as { Payload?: SlackPayload };
  const action = channelData.Payload?.actions?.[0];
  const raw = action?.value ?? action?.selected_options?.[0]?.value;
  const pressed = decodeButtonValue(raw) ?? decodeButtonValue(a.text);
  if (pressed) {
    a.text = pressed.title;
    a.value = pressed.value;
    return;
  }
  if (typeof raw === 'string' && !a.text) a.text = raw;
  if (typeof a.text === 'string') a.text = a.text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '').trim();
}

/** Teams (and any channel) may hand a button's meaning back as a JSON string or wrapped in msteams data. */
function unpackValue(a: Activity): void {
  const pressed = decodeButtonValue(a.value);
  if (pressed) {
    a.value = pressed.value;
    if (!a.text) a.text = pressed.title;
    return;
  }
  if (a.value && typeof a.value === 'object' && 'msteams' in a.value) {
    const { msteams, ...rest } = a.value as Record<string, unknown>;
    a.value = rest;
    const text = (msteams as { text?: unknown } | undefined)?.text;
    if (!a.text && typeof text === 'string') a.text = text;
  }
}
