/**
 * What happens when a turn throws: the error is logged with the conversation it broke, the
 * customer gets an apology instead of silence, and the dialog state is cleared so the next message
 * starts fresh instead of failing the same way. The customer's message was stored before the
 * failure (RecordMessages), so staff can still see it.
 */
import type { ConversationState, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

export function turnErrorHandler(logger: Logger, conversationState: ConversationState) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId }, 'turn failed');
    try {
      await conversationState.delete(context);
      if (context.activity.type === 'message') {
        await context.sendActivity(`Sorry, something went wrong on my side. Please try again, or ask for a person if it keeps happening.`);
      }
    } catch (secondary) {
      logger.error({ err: secondary }, 'could not tell the customer about a failed turn');
    }
  };
}
