/**
 * The bot: greets new conversations (and, on Teams, the chat or team it was just installed in), hands every understood customer message to the main dialog,
 * stays quiet while a staff member has taken the conversation over (and starts afresh once handed back), and saves state after each turn.
 */
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { type DialogState, runDialog } from 'botbuilder-dialogs';
import { newFacts, type ConversationFacts } from '../../dialogs/conversationFacts.ts';
import type { MainDialog } from '../../dialogs/mainDialog.ts';
import type { Presenter } from '../../dialogs/services.ts';
import { CAPABILITIES, MAIN_CHOICES } from '../../dialogs/smallTalkDialog.ts';
import { getTurnInfo } from '../../dialogs/turnInfo.ts';
import type { CustomerStore, TranscriptStore } from '../shop/ports.ts';
import { VERIFIED_IDENTITY, type VerifiedIdentity } from './verifiedIdentity.ts';

export interface ShopBotParts {
  conversationState: ConversationState;
  dialog: MainDialog;
  dialogState: StatePropertyAccessor<DialogState>;
  facts: StatePropertyAccessor<ConversationFacts>;
  presenter: Presenter;
  transcripts: TranscriptStore;
  customers: CustomerStore;
  shopName: string;
  maxMessageLength: number;
}

export class ShopBot extends ActivityHandler {
  constructor(private readonly parts: ShopBotParts) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (shouldWelcome(context)) await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.parts.conversationState.saveChanges(context, false);
  }

  private async answer(context: TurnContext): Promise<void> {
    const info = getTurnInfo(context);
    if (!info) return;
    const record = await this.parts.transcripts.getConversation(info.conversationId);
    // A staff member is answering this customer: the bot keeps recording but says nothing.
    if (record?.mode === 'with_agent') return;
    // Handed back by staff: whatever the bot asked before the takeover ("what is your order
    // number?") was answered by a person or is stale, so the next message starts afresh.
    if (record?.handedBackAt) {
      const facts = await this.parts.facts.get(context, newFacts());
      if (facts.resumedAfterHandBackAt !== record.handedBackAt) {
        facts.resumedAfterHandBackAt = record.handedBackAt;
        await this.parts.dialogState.delete(context);
      }
    }
    if (info.truncated) {
      await context.sendActivity(
        `Your message was long, so I read the first ${this.parts.maxMessageLength.toLocaleString('en-US')} characters.`,
      );
    }
    await runDialog(this.parts.dialog, context, this.parts.dialogState);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const identity = context.turnState.get(VERIFIED_IDENTITY) as VerifiedIdentity | undefined;
    const customer = identity?.customerId ? await this.parts.customers.getCustomer(identity.customerId) : undefined;
    const hello = customer ? `Hi ${customer.name.split(/\s+/)[0]}!` : 'Hi!';
    await this.parts.presenter.text(
      context,
      `${hello} I'm the ${this.parts.shopName} assistant. ${CAPABILITIES} How can I help?`,
      MAIN_CHOICES,
    );
  }
}

/**
 * Web Chat, the Emulator and Slack open a conversation by adding the customer: greet them. Teams
 * adds the bot itself when the app is installed in a chat or team: greet once then, and not every
 * colleague who later joins a team.
 */
function shouldWelcome(context: TurnContext): boolean {
  const botId = context.activity.recipient.id;
  const added = context.activity.membersAdded ?? [];
  if (context.activity.channelId === 'msteams') return added.some((m) => m.id === botId);
  return added.some((m) => m.id !== botId);
}
