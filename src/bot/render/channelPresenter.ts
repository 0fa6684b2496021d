/**
 * The one place that decides how things look on each channel. Dialogs say "these products with
 * these reasons" or "this text with these choices"; this picks the form (channels/channelForm.ts):
 *
 * | form      | products                                   | choices                                         |
 * | --------- | ------------------------------------------ | ----------------------------------------------- |
 * | webchat   | Adaptive Card carousel                     | suggested actions                               |
 * | teams     | Adaptive Card 1.5 carousel                 | suggested actions in 1:1 chats (up to 3), else card buttons |
 * | slack     | hero cards with buttons                    | a hero card with buttons                        |
 * | plain     | numbered text                              | numbered text (a reply "2" picks the second)    |
 */
import type { Activity, CardAction, TurnContext } from 'botbuilder';
import type { Choice, Presenter, ProductSuggestion } from '../../../dialogs/services.ts';
import { channelFormOf, isTeamsSharedConversation } from '../channels/channelForm.ts';
import { choicesCard, productCard } from './adaptiveCards.ts';
import { choicesHeroCard, productHeroCard } from './heroCards.ts';
import { OfferedChoices } from './offeredChoices.ts';
import { numberedChoices, numberedProducts } from './plainText.ts';
import { productViewOf } from './productView.ts';
import { markSuggestedProducts } from './suggestionRegistry.ts';

/** Teams shows at most three suggested actions, and only in 1:1 chats. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

export interface PresenterOptions {
  currencySymbol: string;
  /** Absolute base URL for product images when the channel needs one (e.g. https://shop.example). */
  publicUrl?: string;
  /** Where plain-text channels' numbered choices are remembered (shared with ChannelInbound). */
  offeredChoices?: OfferedChoices;
}

export class ChannelPresenter implements Presenter {
  readonly offeredChoices: OfferedChoices;

  constructor(private readonly options: PresenterOptions) {
    this.offeredChoices = options.offeredChoices ?? new OfferedChoices();
  }

  async text(context: TurnContext, text: string, choices: Choice[] = []): Promise<void> {
    const a = context.activity;
    const activity: Partial<Activity> = { type: 'message', text };
    switch (channelFormOf(a)) {
      case 'webchat':
        if (choices.length) activity.suggestedActions = { to: [], actions: choices.map(toAction) };
        break;
      case 'teams':
        if (!choices.length) break;
        if (!isTeamsSharedConversation(a) && choices.length <= TEAMS_MAX_SUGGESTED_ACTIONS) {
          activity.suggestedActions = { to: [a.from.id], actions: choices.map(toAction) };
        } else {
          activity.attachments = [choicesCard(choices, { teams: true })];
        }
        break;
      case 'slack':
        if (choices.length) activity.attachments = [choicesHeroCard(choices)];
        break;
      case 'plain':
        activity.text = numberedChoices(text, choices);
        this.offeredChoices.remember(a.conversation.id, choices);
        // The Emulator shows these as buttons too; channels that cannot simply ignore them.
        if (choices.length) activity.suggestedActions = { to: [], actions: choices.map(toAction) };
        break;
    }
    await context.sendActivity(activity);
  }

  async products(context: TurnContext, intro: string, suggestions: ProductSuggestion[]): Promise<void> {
    const a = context.activity;
    const form = channelFormOf(a);
    // Our own page resolves images against our server; Teams and Slack fetch them from the
    // internet, so they get pictures only when a public URL is known.
    const imageBase = this.options.publicUrl ?? (form === 'webchat' ? (a.serviceUrl ?? '') : undefined);
    const views = suggestions.map((s) => productViewOf(s, this.options.currencySymbol, imageBase));
    const activity: Partial<Activity> = { type: 'message', text: intro };
    switch (form) {
      case 'webchat':
      case 'teams':
        activity.attachmentLayout = 'carousel';
        activity.attachments = views.map((v) => productCard(v, { teams: form === 'teams' }));
        break;
      case 'slack':
        activity.attachmentLayout = 'list';
        activity.attachments = views.map(productHeroCard);
        break;
      case 'plain':
        activity.text = numberedProducts(intro, views);
        this.offeredChoices.forget(a.conversation.id);
        break;
    }
    markSuggestedProducts(activity, views.map((v) => v.id));
    await context.sendActivity(activity);
  }
}

/** A button that sends its title as the customer's words and its meaning as the value. */
function toAction(choice: Choice): CardAction {
  return {
    type: 'messageBack',
    title: choice.title,
    text: choice.title,
    displayText: choice.title,
    value: { intent: choice.intent, ...choice.data },
  };
}
