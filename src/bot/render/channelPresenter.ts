/**
 * The one place that decides how things look on each channel. Dialogs say "these products with
 * these reasons" or "this text with these choices"; this turns it into an Adaptive Card carousel
 * (Web Chat, Teams: cards kept to schema 1.5, Teams' limit) or numbered plain text (the Emulator,
 * Slack and unknown channels, where cards are missing or turned into pictures).
 */
import { type Activity, type Attachment, CardFactory, type CardAction, type TurnContext } from 'botbuilder';
import type { Choice, Presenter, ProductSuggestion } from '../../../dialogs/services.ts';
import { markSuggestedProducts } from './suggestionRegistry.ts';

const CARD_CHANNELS = new Set(['directline', 'webchat', 'msteams']);

export interface PresenterOptions {
  currencySymbol: string;
  /** Absolute base URL for product images when the channel needs one (e.g. https://shop.example). */
  publicUrl?: string;
}

export class ChannelPresenter implements Presenter {
  constructor(private readonly options: PresenterOptions) {}

  async text(context: TurnContext, text: string, choices: Choice[] = []): Promise<void> {
    const activity: Partial<Activity> = { type: 'message', text };
    if (choices.length) {
      activity.suggestedActions = { to: [], actions: choices.map(toAction) };
    }
    await context.sendActivity(activity);
  }

  async products(context: TurnContext, intro: string, suggestions: ProductSuggestion[]): Promise<void> {
    const ids = suggestions.map((s) => s.product.id);
    if (!CARD_CHANNELS.has(context.activity.channelId)) {
      const lines = suggestions.map(
        (s, i) => `${i + 1}. **${s.product.name}**, ${this.price(s.product.price)}: ${s.reason.text}`,
      );
      const activity: Partial<Activity> = { type: 'message', text: `${intro}\n\n${lines.join('\n')}` };
      markSuggestedProducts(activity, ids);
      await context.sendActivity(activity);
      return;
    }
    const base = this.options.publicUrl ?? context.activity.serviceUrl ?? '';
    const activity: Partial<Activity> = {
      type: 'message',
      text: intro,
      attachmentLayout: 'carousel',
      attachments: suggestions.map((s) => this.productCard(s, base)),
    };
    markSuggestedProducts(activity, ids);
    await context.sendActivity(activity);
  }

  private productCard(s: ProductSuggestion, base: string): Attachment {
    const p = s.product;
    const image = /^https?:\/\//.test(p.image) ? p.image : `${base.replace(/\/$/, '')}${p.image}`;
    return CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'Image', url: image, altText: p.name, size: 'Stretch' },
        { type: 'TextBlock', text: p.name, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: this.price(p.price) + (p.stock > 0 ? '' : ' · out of stock'), spacing: 'None' },
        { type: 'TextBlock', text: s.reason.text, isSubtle: true, wrap: true, size: 'Small' },
      ],
      actions: [
        { type: 'Action.Submit', title: 'Similar items', data: { intent: 'similar_items', productId: p.id, clicked: p.id } },
        { type: 'Action.Submit', title: 'Goes with it', data: { intent: 'goes_with', productId: p.id, clicked: p.id } },
      ],
    });
  }

  private price(amount: number): string {
    return `${this.options.currencySymbol}${amount.toFixed(2)}`;
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
