/**
 * The adapter behind the website's chat. It delivers the bot's replies into our own Direct Line
 * conversation log (src/server/directLine) instead of posting them to a channel's service URL, so
 * the website works with no Azure at all, and in both authentication modes: it never goes through
 * the Bot Framework token check that guards /api/messages. Proactive messages (staff replies) use
 * `continueConversationAsync` like any other adapter.
 */
import {
  type Activity,
  ActivityTypes,
  BotAdapter,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { ON_INCOMING_STORED } from './incomingStored.ts';
import { VERIFIED_IDENTITY, type VerifiedIdentity } from './verifiedIdentity.ts';

/** Where the adapter puts activities for the customer's Direct Line client to fetch. */
export interface DirectLineOutbox {
  /** Appends an activity to the conversation's log and returns the id it got. */
  deliver(conversationId: string, activity: Partial<Activity>): string;
  /** Replaces an activity already in the log (updateActivity). */
  replace(conversationId: string, activity: Partial<Activity>): boolean;
}

export const DIRECT_LINE_CHANNEL = 'directline';

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly outbox: DirectLineOutbox) {
    super();
  }

  /** Runs one turn for an activity that arrived through the Direct Line endpoint. */
  async processActivity(
    activity: Activity,
    identity: VerifiedIdentity,
    logic: (context: TurnContext) => Promise<void>,
    onIncomingStored?: () => void,
  ): Promise<{ incomingStored: boolean }> {
    const context = new TurnContext(this, activity);
    context.turnState.set(VERIFIED_IDENTITY, identity);
    let incomingStored = false;
    context.turnState.set(ON_INCOMING_STORED, () => {
      incomingStored = true;
      onIncomingStored?.();
    });
    await this.runMiddleware(context, logic);
    return { incomingStored };
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      // Trace activities are debugging output for the Emulator (botbuilder's state traces); Azure's
      // Direct Line never delivers them to a customer, and neither do we.
      if (activity.type === 'trace') {
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const outgoing: Partial<Activity> = {
        ...activity,
        timestamp: new Date(),
        channelId: DIRECT_LINE_CHANNEL,
        conversation: activity.conversation ?? context.activity.conversation,
      };
      responses.push({ id: this.outbox.deliver(conversationId, outgoing) });
    }
    return responses;
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    if (!this.outbox.replace(conversationId, activity)) throw new Error(`no activity ${activity.id} in conversation ${conversationId}`);
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('Direct Line conversations keep their history: deleting activities is not supported');
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    ) as Activity;
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  override async continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: ((context: TurnContext) => Promise<void>) | string,
    maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new Error('continueConversationAsync needs a logic callback');
    await this.continueConversation(reference, logic);
  }
}
