/**
 * The bot and its turn pipeline, given the stores and models to use. The composition root picks
 * the concrete ones; tests hand in their own and run the very same pipeline on a TestAdapter.
 */
import { ConversationState, type Middleware, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { ConversationFacts } from '../../dialogs/conversationFacts.ts';
import { MainDialog, ROUTABLE_INTENTS, TASK_INTENTS } from '../../dialogs/mainDialog.ts';
import type { DialogServices, OrderProofThrottle } from '../../dialogs/services.ts';
import type { Recognizer } from '../nlu/types.ts';
import type { SentimentScorer } from '../sentiment/types.ts';
import type { ShopStores } from '../shop/ports.ts';
import { checkReturnEligibility } from '../shop/returnPolicy.ts';
import { MemoryOrderProofThrottle } from './services/orderProofThrottle.ts';
import type { ShopProfile } from '../shop/shopProfile.ts';
import type { Product } from '../shop/types.ts';
import { ChannelInbound } from './channels/channelInbound.ts';
import { TeamsIdentity } from './channels/teamsIdentity.ts';
import { DocumentBotStorage } from './lowdbBotStorage.ts';
import { IdentifyCustomer } from './pipeline/identifyCustomer.ts';
import { type MoodRules, MoodAndFlags } from './pipeline/moodAndFlags.ts';
import { RecordMessages } from './pipeline/recordMessages.ts';
import { ScoreSentiment } from './pipeline/scoreSentiment.ts';
import { SerializeConversation } from './pipeline/serializeConversation.ts';
import { UnderstandMessage } from './pipeline/understandMessage.ts';
import { ChannelPresenter } from './render/channelPresenter.ts';
import { RecordingHandoffService } from './services/handoffService.ts';
import { RecommenderSuggestionService, type SuggestionModel } from './services/suggestionService.ts';
import { ShopBot } from './shopBot.ts';
import { turnErrorHandler } from './turnErrorHandler.ts';

export interface BotRuntimeParts {
  stores: ShopStores;
  shop: ShopProfile;
  recognizer: Recognizer;
  sentiment: SentimentScorer;
  moodRules: MoodRules;
  /** The current recommender (it is refitted from time to time). */
  suggestionModel: () => SuggestionModel;
  productsById: Map<string, Product>;
  maxMessageLength: number;
  /** Public base URL of the server: product pictures on channels that fetch them from the internet. */
  publicUrl?: string;
  logger: Logger;
  now?: () => Date;
  /** Wrong order proofs across conversations (default: ten per order number an hour, in memory). */
  orderProofs?: OrderProofThrottle;
}

export interface BotRuntime {
  bot: ShopBot;
  /** The turn pipeline, in order; every adapter uses all of it. */
  middleware: Middleware[];
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
}

export function createBotRuntime(parts: BotRuntimeParts): BotRuntime {
  const { stores, shop, logger } = parts;
  const now = parts.now ?? (() => new Date());
  const presenter = new ChannelPresenter({ currencySymbol: shop.info.currencySymbol, publicUrl: parts.publicUrl });
  const services: DialogServices = {
    orders: stores.orders,
    returns: stores.returns,
    customers: stores.customers,
    catalog: stores.catalog,
    suggestions: new RecommenderSuggestionService(parts.suggestionModel, () => parts.productsById),
    handoff: new RecordingHandoffService(stores.transcripts, stores.flags),
    present: presenter,
    shop,
    orderProofs: parts.orderProofs ?? new MemoryOrderProofThrottle(),
    checkReturn: async (order, damaged) =>
      checkReturnEligibility(
        order,
        await stores.returns.returnsForOrder(order.id),
        parts.productsById,
        {
          returnWindowDays: shop.policies.returnWindowDays ?? shop.info.returnWindowDays,
          nonReturnableCategories: shop.policies.nonReturnableCategories,
        },
        now(),
        damaged,
      ),
    recordInteraction: (customerId, productId, type, conversationId) => {
      if (type === 'suggestion_clicked' && conversationId) {
        // For the dashboard: clicks of anonymous customers count too.
        stores.transcripts
          .getConversation(conversationId)
          .then((record) => record && stores.transcripts.saveConversation({ ...record, suggestionsClicked: (record.suggestionsClicked ?? 0) + 1 }))
          .catch((error) => logger.error({ err: error }, 'could not count a suggestion click'));
      }
      if (!customerId) return;
      stores.interactions
        .record([{ customerId, productId, type, timestamp: now().toISOString() }])
        .catch((error) => logger.error({ err: error }, 'could not record an interaction'));
    },
    now,
  };

  const conversationState = new ConversationState(new DocumentBotStorage(stores.state));
  const facts = conversationState.createProperty<ConversationFacts>('facts');
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const bot = new ShopBot({
    conversationState,
    dialog: new MainDialog(services, facts),
    dialogState,
    facts,
    presenter,
    transcripts: stores.transcripts,
    customers: stores.customers,
    shopName: shop.info.name,
    maxMessageLength: parts.maxMessageLength,
  });

  const teamsIdentity = new TeamsIdentity(stores.customers);
  const middleware: Middleware[] = [
    new ChannelInbound(presenter.offeredChoices),
    new SerializeConversation(),
    new RecordMessages(stores.transcripts, parts.maxMessageLength),
    new ScoreSentiment(parts.sentiment),
    new UnderstandMessage(parts.recognizer, stores.catalog, ROUTABLE_INTENTS, TASK_INTENTS),
    new IdentifyCustomer(stores.customers, stores.transcripts, (context) => teamsIdentity.resolve(context)),
    new MoodAndFlags(parts.moodRules, stores.transcripts, stores.flags),
  ];
  return { bot, middleware, onTurnError: turnErrorHandler(logger, conversationState) };
}
