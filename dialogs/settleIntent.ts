/**
 * The intent the main dialog acts on, from the classifier's reading and the rules found by chatting
 * where that reading is not to be taken as it is. One place, in the order they apply: each rule reads
 * the intent the one before settled on.
 */
import { NO_INTENT, type Recognition } from '../src/nlu/types.ts';
import type { ConversationFacts } from './conversationFacts.ts';
import { asksAboutService, asksForAMatch, asksOrderContents, disownsCancellation, rulesOutPerson, asksWhereOrderIs, rulesOutCancel, saysCancel } from './messagePhrases.ts';
import { asksAboutOtherOrder } from './orderMentioned.ts';
import { asksWhetherPerson } from './smallTalkAnswers.ts';

/** Intents never promoted over a close small-talk reading: a complaint or a request for a person is no task. */
const ESCALATIONS = new Set(['human_agent', 'complaint']);
/** Small talk that an order number beside it turns into a question about that order. */
const PLEASANTRIES = new Set(['thanks', 'greet', 'goodbye', 'affirm', 'smalltalk']);
/** Tasks on the customer's own orders: "cancel the engraved mug order" is about the order. */
const ORDER_TASKS = new Set(['order_status', 'order_history', 'cancel_order', 'change_order', 'start_return', 'refund_status', 'damaged_or_wrong_item']);
/**
 * A guess of cancel_order below this, in a message with no word of cancelling, is not taken: "is my
 * french press order late?" got "Cancel order ...?" (the runner-up is meant).
 */
const SURE_CANCEL = 0.6;
/** A runner-up this likely may stand in for a cancellation the customer did not ask for. */
const RUNNER_UP = 0.15;

export interface SettledIntent {
  intent: string;
  /** "am I talking to a real person?": answered as small talk, whose answer offers a person itself. */
  asksAboutBot: boolean;
  /** A cancellation ruled out in words ("don't cancel it") with nothing else likely: ask what is meant. */
  cancelUnclear: boolean;
}

/** `isTask`: whether an intent is one of the shop's tasks (not small talk). `pressed`: a button said it exactly. */
export function settleIntent(
  recognition: Recognition,
  text: string,
  facts: ConversationFacts,
  pressed: boolean,
  isTask: (intent: string) => boolean,
): SettledIntent {
  const { ambiguous, ranking, entities } = recognition;
  let intent = recognition.intent;
  const runnerUp = () => ranking.find((r) => r.intent !== 'cancel_order' && isTask(r.intent) && r.confidence >= RUNNER_UP)?.intent;
  // Close to small talk ("ada@example.com" between goodbye and see-my-orders): the task is meant; two
  // small-talk intents are not worth a question. A complaint or a request for a person is no task to
  // promote (found by chatting: "great shop, love it", thanks 0.27 against complaint 0.26, called a colleague).
  if (ambiguous && ranking.length >= 2 && !isTask(ranking[0].intent) && isTask(ranking[1].intent) && !ESCALATIONS.has(ranking[1].intent)) {
    intent = ranking[1].intent;
  }
  // A cancellation is the one thing never to start against the customer's words: not on an unsure guess
  // with no word of cancelling, and not when ruled out ("I don't want to cancel my order, I just want to
  // know when it ships", which the classifier, even with such rows in training, still read as cancel).
  if (intent === 'cancel_order' && recognition.confidence < SURE_CANCEL && !saysCancel(text)) intent = runnerUp() ?? intent;
  if (disownsCancellation(text)) intent = 'complaint';
  let cancelUnclear = false;
  if (intent === 'cancel_order' && rulesOutCancel(text)) {
    const next = runnerUp();
    if (next) intent = next;
    else cancelUnclear = true;
  }
  // "thanks. and SK-105420?": an order number beside a pleasantry asks about that order (found by chatting:
  // "You're welcome!" and the number dropped).
  // "Wo ist meine Bestellung SK-105571?": not understood, but the order number is (found by chatting: it was ignored).
  if ((PLEASANTRIES.has(intent) || intent === NO_INTENT) && entities.orderIds.length > 0) intent = 'order_status';
  // "and the other one?" right after an order: another order's status (found by chatting: "Which product do you mean?").
  if (facts.lastOrderId !== undefined && !ORDER_TASKS.has(intent) && asksAboutOtherOrder(text) && entities.products.length === 0) intent = 'order_status';
  // "where is my french press order": the classifier can turn it away (found by chatting); a status question.
  if ((intent === NO_INTENT || recognition.confidence < 0.5) && asksWhereOrderIs(text)) intent = 'order_status';
  // "what's in it?", "how much did it cost?" after an order was shown: that order's details, not products.
  if (asksOrderContents(text) && (facts.lastOrderId !== undefined || facts.verifiedOrderIds.length > 0)) intent = 'order_status';
  // "black boots" read as similar or goes-with (found by chatting: "I took “black boots” to mean the Black
  // Chelsea Boots. These go well with..."): with no word of matching, it is a search.
  if ((intent === 'similar_items' || intent === 'goes_with') && !pressed && entities.products.length === 0 && !asksForAMatch(text)) {
    intent = 'product_search';
  }
  // "do you do gift wrapping?": a service, answered from the shop's text on services or by a person;
  // not a product list, and not another topic's text ("price match" read as discount codes).
  if (!ESCALATIONS.has(intent) && !ORDER_TASKS.has(intent) && asksAboutService(text)) intent = 'shop_services';
  // "no I don't want a person, I want you to fix it": not a request for one (found by chatting: it called
  // a colleague again). The likeliest task, or help.
  if (intent === 'human_agent' && rulesOutPerson(text)) intent = ranking.find((r) => isTask(r.intent) && !ESCALATIONS.has(r.intent))?.intent ?? 'help';
  // "am I talking to a real person?" is a question about the bot, answered with a person offered first.
  const asksAboutBot = intent === 'human_agent' && asksWhetherPerson(text);
  if (asksAboutBot) intent = 'smalltalk';
  return { intent, asksAboutBot, cancelUnclear };
}
