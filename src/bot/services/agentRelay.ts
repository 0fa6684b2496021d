/**
 * Staff replies reach the customer the way the bot's own proactive messages do: the stored
 * conversation reference and the channel's adapter (`continueConversationAsync`). The website's
 * chat goes through our Direct Line adapter, Teams and Slack through the CloudAdapter. The work runs
 * through the same middleware as a customer's turn, so it waits its turn in that conversation.
 */
import { type BotAdapter, type ConversationReference, EventFactory, type TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../../shop/conversationTypes.ts';
import type { ConversationOutbox, ConversationRelay, StaffIdentity } from '../../staff/conversationRelay.ts';
import { DIRECT_LINE_CHANNEL } from '../directLineAdapter.ts';
import { AGENT_MARK } from '../pipeline/recordMessages.ts';

/** Channels that understand Bot Framework's handoff events (others would refuse an event activity). */
const HANDOFF_EVENT_CHANNELS = new Set([DIRECT_LINE_CHANNEL, 'emulator', 'webchat']);

export class AgentRelay implements ConversationRelay {
  constructor(
    private readonly adapters: { directLine: BotAdapter; cloud: BotAdapter },
    private readonly botAppId: string,
  ) {}

  async run(conversation: ConversationRecord, work: (outbox: ConversationOutbox) => Promise<void>): Promise<void> {
    if (!conversation.reference) throw new Error(`conversation ${conversation.id} has no stored reference: no message can reach it`);
    const reference = conversation.reference as Partial<ConversationReference>;
    const adapter = conversation.channelId === DIRECT_LINE_CHANNEL ? this.adapters.directLine : this.adapters.cloud;
    // An error inside the turn would reach the adapter's onTurnError, which apologizes to the
    // customer; a staff mistake (replying without taking over) is the staff member's to see instead.
    let failure: unknown;
    await adapter.continueConversationAsync(this.botAppId, reference, async (context: TurnContext) => {
      try {
        await work(outboxFor(context, conversation.channelId));
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure;
  }
}

function outboxFor(context: TurnContext, channelId: string): ConversationOutbox {
  return {
    async sayAsAgent(agent: StaffIdentity, text: string) {
      // Plain text: the customer sees exactly what the agent typed (and their name), never Markdown
      // or HTML rendered from it (Web Chat v4 and Teams honour textFormat 'plain').
      await context.sendActivity({
        type: 'message',
        text: `${agent.name}: ${text}`,
        textFormat: 'plain',
        channelData: { [AGENT_MARK]: agent.email },
      });
    },
    async handoffStatus(state) {
      if (!HANDOFF_EVENT_CHANNELS.has(channelId)) return;
      await context.sendActivity(EventFactory.createHandoffStatus(context.activity.conversation, state));
    },
  };
}
