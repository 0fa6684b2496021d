/**
 * Sees every customer message first. Routes it by intent to the dialog that handles it, lets a
 * request for a person or "stop" interrupt whatever is going on, asks which one was meant when the
 * top two intents are close, and never leaves the customer at a dead end: anything not understood
 * gets suggestions, and two misunderstandings in a row get a person offered.
 */
import {
  ChoicePrompt,
  ComponentDialog,
  ConfirmPrompt,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { CancelOrderDialog } from './cancelOrderDialog.ts';
import { type FactsAccessor, newFacts } from './conversationFacts.ts';
import { DialogIds } from './dialogIds.ts';
import { answerFaq, FAQ_INTENTS, FaqDialog, isFaqIntent } from './faqDialog.ts';
import { deservesApology } from '../src/sentiment/apology.ts';
import { ChangeOrderDialog } from './changeOrderDialog.ts';
import { HandoffDialog, WAITING_FOR_PERSON, type HandoffOptions } from './handoffDialog.ts';
import { activeDialogIds, innermostDialogId, promptText } from './innermostDialog.ts';
import { OrderStatusDialog } from './orderStatusDialog.ts';
import { asksForDetails, pointsBack, productAskedAbout } from './listPicks.ts';
import { type ProductQuestionOptions, ProductSuggestionsDialog } from './productSuggestionsDialog.ts';
import { relativePrice } from './relativePrice.ts';
import { asksOtherColours, asksToCompare } from './productVariants.ts';
import { asksForMore, asksToNarrow, isShortFollowUp } from './searchRefinement.ts';
import { asksToBuyHere, correctionOf, doubtsOrAsks, givesNoReason, isQuestion, isStopWord, reportsMissingItem, stopsThenAsks, wantsCancellationUndone, withdrawsPersonRequest } from './messagePhrases.ts';
import { settleIntent } from './settleIntent.ts';
import { PromptIds } from './promptIds.ts';
import { RefundStatusDialog } from './refundStatusDialog.ts';
import { ReturnDialog, type ReturnOptions } from './returnDialog.ts';
import type { OtherRequest } from '../src/nlu/types.ts';
import type { Choice, DialogServices } from './services.ts';
import { CAPABILITIES, MAIN_CHOICES, SmallTalkDialog } from './smallTalkDialog.ts';
import { getTurnInfo, type TurnInfo } from './turnInfo.ts';
import { VerifyOrderDialog, waitsForOrderDetails } from './verifyOrderDialog.ts';

const ROUTE = 'route';

/** Which dialog handles which intent. */
const ROUTES: Record<string, string> = {
  greet: DialogIds.smallTalk,
  thanks: DialogIds.smallTalk,
  goodbye: DialogIds.smallTalk,
  help: DialogIds.smallTalk,
  smalltalk: DialogIds.smallTalk,
  affirm: DialogIds.smallTalk,
  deny: DialogIds.smallTalk,
  order_status: DialogIds.orderStatus,
  order_history: DialogIds.orderStatus,
  cancel_order: DialogIds.cancelOrder,
  change_order: DialogIds.changeOrder,
  start_return: DialogIds.returns,
  damaged_or_wrong_item: DialogIds.returns,
  refund_status: DialogIds.refundStatus,
  product_search: DialogIds.productSuggestions,
  recommendation: DialogIds.productSuggestions,
  similar_items: DialogIds.productSuggestions,
  goes_with: DialogIds.productSuggestions,
  price_stock: DialogIds.productSuggestions,
  complaint: DialogIds.handoff,
  human_agent: DialogIds.handoff,
};

/** The order tasks that end in a yes/no question, by dialog: an order number given there is for the same task. */
const ORDER_TASK_OF_DIALOG: Record<string, string> = {
  [DialogIds.cancelOrder]: 'cancel_order',
  [DialogIds.changeOrder]: 'change_order',
  [DialogIds.returns]: 'start_return',
};

/** Readable names of intents, for "did you mean ...?" buttons. */
const INTENT_TITLES: Record<string, string> = {
  order_status: 'Track an order',
  order_history: 'See my orders',
  cancel_order: 'Cancel an order',
  change_order: 'Change an order',
  start_return: 'Start a return',
  return_policy: 'Return policy',
  refund_status: 'Check a refund',
  damaged_or_wrong_item: 'Report a damaged or wrong item',
  shipping_info: 'Shipping times and costs',
  payment_methods: 'Payment methods',
  product_search: 'Find a product',
  recommendation: 'Get recommendations',
  similar_items: 'Similar items',
  goes_with: 'What goes with it',
  price_stock: 'Price or stock',
  account_help: 'Account and password',
  discount_codes: 'Discount codes',
  contact_hours: 'Opening hours and contact',
  complaint: 'Make a complaint',
  human_agent: 'Talk to a person',
};

/**
 * What the bot takes up from a second clause of a message ("..., and where is my order?"): the shop's
 * answers and tasks that only look something up or ask. Never a cancellation from a side clause.
 */
export const ANSWERABLE_ALONGSIDE: ReadonlySet<string> = new Set([
  ...FAQ_INTENTS, 'order_status', 'order_history', 'start_return', 'refund_status', 'product_search', 'recommendation', 'price_stock',
]);

/** The shop's tasks: a message may ask for several ("cancel SK-105577 and return SK-105428"). */
export const TASK_INTENTS: ReadonlySet<string> = new Set(
  Object.entries(ROUTES)
    .filter(([, dialog]) => dialog !== DialogIds.smallTalk && dialog !== DialogIds.handoff)
    .map(([intent]) => intent),
);

/** Every intent the dialogs act on: a button may carry any of these. */
export const ROUTABLE_INTENTS: ReadonlySet<string> = new Set([...Object.keys(ROUTES), ...Object.keys(INTENT_TITLES)]);

/** Intents that interrupt any dialog in progress, when recognized with at least this confidence. */
const INTERRUPTING_INTENTS = new Set(['human_agent', 'complaint']);
const INTERRUPT_CONFIDENCE = 0.7;
/**
 * Intents that leave the order-number (or proof) question when said confidently and without an order
 * number, e-mail or ZIP code:
 * the customer has moved on ("how much is shipping", "do you have linen shirts"). Intents about an
 * order, and short answers, stay with the question.
 */
const LEAVES_ORDER_QUESTION = new Set([
  'product_search', 'recommendation', 'similar_items', 'goes_with', 'price_stock', 'shipping_info', 'payment_methods',
  'contact_hours', 'return_policy', 'discount_codes', 'account_help', 'help', 'goodbye',
]);

const PROMPTS: ReadonlySet<string> = new Set(Object.values(PromptIds));

/** Product questions answered on top of a question of ours, which is then asked again. */
const PRODUCT_QUESTIONS: ReadonlySet<string> = new Set(['price_stock', 'product_search', 'recommendation']);

function waitsAtConfirm(dc: DialogContext): boolean {
  return innermostDialogId(dc) === PromptIds.confirm;
}

/** An intent that starts a task other than the one whose yes/no question is open (the dialog under the prompt). */
function isNewTask(intent: string, dc: DialogContext): boolean {
  const target = ROUTES[intent];
  if (!target || target === DialogIds.smallTalk || target === DialogIds.handoff) return false;
  const taskUnderPrompt = dc.stack[1]?.id;
  return target !== taskUnderPrompt;
}

function waitsAtTextOrConfirm(dc: DialogContext): boolean {
  const id = innermostDialogId(dc);
  return id === PromptIds.text || id === PromptIds.confirm;
}

/** Whether the innermost dialog under `dc` is a prompt waiting for the customer's answer. */
function waitsAtPrompt(dc: DialogContext): boolean {
  return PROMPTS.has(innermostDialogId(dc) ?? '');
}


export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly facts: FactsAccessor,
  ) {
    super(DialogIds.main);
    // An answer in words: "?" or "👍" as a return's reason is asked again (found by chatting: "?" became
    // the reason staff read).
    // Nor an order number alone ("SK-105273" became a reason).
    this.addDialog(
      new TextPrompt(PromptIds.text, async (prompt) => {
        const answer = prompt.recognized.value ?? '';
        return /[\p{L}\p{N}]/u.test(answer) && !/^\W*(?:sk|order)?[-\s#]*\d{6}\W*$/i.test(answer) && !givesNoReason(answer);
      }),
    );
    // "the belt" picks "Brown Leather Belt": customers name a thing by part of its name.
    const choice = new ChoicePrompt(PromptIds.choice);
    choice.recognizerOptions = { allowPartialMatches: true };
    this.addDialog(choice);
    // Only a clear yes confirms: these questions cancel orders and start returns.
    this.addDialog(
      new ConfirmPrompt(PromptIds.confirm, async (prompt) => {
        if (!prompt.recognized.succeeded) return false;
        return prompt.recognized.value === false || !doubtsOrAsks(prompt.context.activity.text ?? '');
      }),
    );
    this.addDialog(new VerifyOrderDialog(services, facts));
    this.addDialog(new OrderStatusDialog(services, facts));
    this.addDialog(new CancelOrderDialog(services, facts));
    this.addDialog(new ChangeOrderDialog(services, facts));
    this.addDialog(new ReturnDialog(services, facts));
    this.addDialog(new RefundStatusDialog(services, facts));
    this.addDialog(new ProductSuggestionsDialog(services, facts));
    this.addDialog(new HandoffDialog(services));
    this.addDialog(new FaqDialog(services));
    this.addDialog(new SmallTalkDialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  /** Runs before an unfinished dialog gets the message: the place for interruptions. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(innerDc.context);
    if (info && isStopWord(info.text)) {
      await innerDc.cancelAllDialogs();
      await this.services.present.text(innerDc.context, `OK, I've stopped that. What else can I do for you?`, MAIN_CHOICES);
      return innerDc.endDialog();
    }
    if (info && stopsThenAsks(info.text)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    const r = info?.recognition;
    if (r && INTERRUPTING_INTENTS.has(r.intent) && r.confidence >= INTERRUPT_CONFIDENCE) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    const givesOrderDetails = r !== undefined && (r.entities.orderIds.length > 0 || r.entities.emails.length > 0 || r.entities.postcodes.length > 0);
    const confident = r !== undefined && r.confidence >= INTERRUPT_CONFIDENCE && !r.ambiguous;
    const waitsForOrder = !givesOrderDetails && waitsForOrderDetails(innerDc);
    // Asked a question of our own (an order number or its proof, the reason for a return, "cancel it?
    // yes or no"), a customer who asks a shop question first ("actually, how much is shipping?") gets
    // the answer and then our question again: a prompt, or VerifyOrderDialog.resumeDialog, asks again
    // when the answer started on top of it ends. Before, the question became the return's reason, got
    // "please answer yes or no", or was dropped so the order number that followed got "what can I help you with?".
    if (confident && isFaqIntent(r.intent) && isQuestion(r.text) && (waitsForOrder || waitsAtPrompt(innerDc))) {
      return innerDc.beginDialog(DialogIds.faq);
    }
    // The same for a product question at a reason or yes/no question (found by chatting: "how much is the
    // yellow camping lantern?" became a return's reason). Not at a choice, where "the blue one?" answers it.
    if (confident && PRODUCT_QUESTIONS.has(r.intent) && isQuestion(r.text) && waitsAtTextOrConfirm(innerDc)) {
      return innerDc.beginDialog(DialogIds.productSuggestions);
    }
    // At "cancel order X?" or "shall I pass your change on?", a message that asks for another task ("ok just
    // cancel the serum order then", "no, keep it. what's the status instead?") is that task, not a yes or a
    // no (found by chatting: its "ok" was taken as yes and a colleague called). The task under the question
    // is dropped and nothing is done in its name.
    // "ok thanks bye" at a yes/no question is leaving, not a yes (found by chatting: its "ok" called a colleague).
    if (confident && waitsAtConfirm(innerDc) && r.intent === 'goodbye') {
      await innerDc.cancelAllDialogs();
      await innerDc.context.sendActivity(`OK, I've left that as it is. Goodbye, and thanks for visiting ${this.services.shop.info.name}!`);
      return innerDc.endDialog();
    }
    // "what happens to my money if I cancel?" at "Cancel order X?": the shop's words on refunds after a
    // cancellation, then the question again (found by chatting: "please answer yes or no", then "ok" cancelled).
    if (r && waitsAtConfirm(innerDc) && isQuestion(r.text) && ASKS_ABOUT_MONEY.test(r.text) && activeDialogIds(innerDc).includes(DialogIds.cancelOrder)) {
      await innerDc.context.sendActivity(this.services.shop.policies.refundAfterCancel);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    // "SK-105510" at "Cancel order SK-105571?": the customer means that order for the same task (found by
    // chatting: "please answer yes or no" about the other order, again and again).
    const otherOrder = r && waitsAtConfirm(innerDc) && r.entities.orderIds.some((id) => !promptText(innerDc).includes(id));
    const taskAsked = otherOrder ? activeDialogIds(innerDc).find((id) => id in ORDER_TASK_OF_DIALOG) : undefined;
    if (r && taskAsked) {
      await innerDc.cancelAllDialogs();
      r.intent = ORDER_TASK_OF_DIALOG[taskAsked];
      r.confidence = 1;
      r.ambiguous = false;
      return innerDc.beginDialog(ROUTE);
    }
    if (confident && waitsAtConfirm(innerDc) && isNewTask(r.intent, innerDc) && r.text.trim().split(/\s+/).length >= 4) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    // Asked for an order number or its proof, a customer who says no ("please don't", "I don't have
    // it") or moves on ("I'm after a kettle") would otherwise be asked again for what they did not give.
    if (confident && waitsForOrder) {
      if (r.intent === 'deny') {
        await innerDc.cancelAllDialogs();
        await this.services.present.text(
          innerDc.context,
          `No problem, I won't look up an order. If you can't find the number, it's in your order confirmation e-mail, or a person from our team can help. What else can I do for you?`,
          MAIN_CHOICES,
        );
        return innerDc.endDialog();
      }
      if (LEAVES_ORDER_QUESTION.has(r.intent)) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROUTE);
      }
    }
    return super.onContinueDialog(innerDc);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(step.context);
    if (!info) return step.endDialog();
    const facts = await this.facts.get(step.context, newFacts());
    const { ambiguous, ranking, entities } = info.recognition;
    // "🍕🍕🍕", "👍", "?": no words, whatever the classifier made of them (it read emoji as a greeting).
    // A button that sends the customer's own words again (intent "ask", see pendingChoice) is read like typing.
    const pressedIntent = (step.context.activity.value as { intent?: unknown } | undefined)?.intent;
    const pressed = typeof pressedIntent === 'string' && ROUTABLE_INTENTS.has(pressedIntent);
    if (!pressed && !/[\p{L}\p{N}]/u.test(info.text)) {
      await this.services.present.text(step.context, `What can I help you with today?`, MAIN_CHOICES);
      return step.endDialog();
    }
    // An e-mail address or ZIP code on its own, with no question open: an order's proof given early
    // (it used to be read as "goodbye" or "yes").
    const detail = entities.emails[0] ?? entities.postcodes[0];
    if (detail && info.text.trim().replace(/[.!]+$/, '') === detail && entities.orderIds.length === 0) {
      facts.misunderstandings = 0;
      await this.services.present.text(
        step.context,
        `Thanks. To look an order up I need its number as well: it looks like SK-123456 and is in your order confirmation e-mail.`,
        MAIN_CHOICES,
      );
      return step.endDialog();
    }
    // The intent to act on (settleIntent.ts: the classifier's reading where rules found by chatting overrule it).
    // "yes" right after "You also asked for this" with one order task on offer: that task, as if pressed
    // (found by chatting: "yes" got "OK. What can I help you with?").
    const offered = facts.offeredRequests?.atMessage === info.mood.messages - 1 ? facts.offeredRequests.requests : [];
    facts.offeredRequests = undefined;
    if (!pressed && offered.length === 1 && ORDER_TASK_TITLES[offered[0].intent] && PLAIN_YES.test(info.text)) {
      info.recognition.intent = offered[0].intent;
      info.recognition.confidence = 1;
      info.recognition.ambiguous = false;
      if (offered[0].orderId) info.recognition.entities.orderIds = [offered[0].orderId];
    }
    const settled = settleIntent(info.recognition, info.text, facts, pressed, (i) => i in INTENT_TITLES);
    let { intent } = settled;
    const { asksAboutBot } = settled;
    if (settled.cancelUnclear) {
      await this.services.present.text(step.context, 'Just to be sure: do you want to cancel an order, or something else?', [
        { title: 'Cancel an order', intent: 'cancel_order' },
        { title: 'Track an order', intent: 'order_status' },
        { title: 'Something else', intent: 'help' },
      ]);
      return step.endDialog();
    }
    const asksWhichOne = ambiguous && ranking.length >= 2 && ranking[0].intent in INTENT_TITLES && ranking[1].intent in INTENT_TITLES;

    let target = ROUTES[intent] ?? (isFaqIntent(intent) ? DialogIds.faq : undefined);
    // "show me cheaper ones", "too pricey" after a list or about a product: that list or product again at
    // another price, however the classifier reads the words (often a complaint or nothing at all).
    const comparesPrice = relativePrice(info.text) && (facts.lastSuggestedProductIds.length > 0 || facts.lastProductId || entities.products.length > 0);
    if (comparesPrice && (!target || target === DialogIds.smallTalk || intent === 'complaint')) target = DialogIds.productSuggestions;
    // "in blue?" after a list narrows it, and "2" or "tell me more about the third one" asks about one of
    // its items: the classifier has no intent for these, so no question about which intent was meant (it
    // asked "Similar items or Change an order?").
    // A correction ("sorry, I meant green") is read for what it says instead.
    const said = correctionOf(info.text) ?? info.text;
    const asksAboutListed = productAskedAbout(said, facts.lastSuggestedProductIds, facts.lastListAtMessage === info.mood.messages - 1) !== undefined;
    const aboutAProduct =
      (asksForDetails(info.text) && (entities.products.length > 0 || ((facts.lastProductId !== undefined || facts.lastSuggestedProductIds.length > 0) && pointsBack(info.text)))) ||
      // "which is better, X or Y?": compared, whatever the classifier made of it.
      (entities.products.length >= 2 && asksToCompare(said));
    // "navy", "any other colours?" after one product was answered: that product in another colour.
    const justListed = facts.lastListAtMessage === info.mood.messages - 1;
    const aboutTheProduct = !facts.lastSearch && (facts.lastProductId !== undefined || justListed) && ((asksToNarrow(said, entities) && isShortFollowUp(said)) || asksOtherColours(said));
    if (asksAboutListed || aboutAProduct || aboutTheProduct || (facts.lastSearch && asksForMore(info.text)) || (facts.lastSearch && asksToNarrow(said, entities) && (!target || target === DialogIds.smallTalk || target === DialogIds.productSuggestions || intent === 'change_order' || isShortFollowUp(said)))) {
      facts.misunderstandings = 0;
      return step.beginDialog(DialogIds.productSuggestions);
    }
    // "add it to my cart", "can I order them here?": the chat takes no orders (found by chatting: it
    // answered with the shipping text, or that no order could still be changed).
    if (asksToBuyHere(info.text)) {
      const product = facts.lastProductId ? await this.services.catalog.getProduct(facts.lastProductId) : undefined;
      await this.services.present.text(
        step.context,
        `I can't add things to your basket or place orders from this chat. ${product ? `Find the ${product.name} on our website` : 'Find the product on our website'} and press "Add to basket"; I'm happy to answer questions about it here.`,
        MAIN_CHOICES,
      );
      return step.endDialog();
    }
    // "never mind, I figured it out" while waiting for a person: nobody needs to come (found by chatting:
    // the request could not be taken back).
    if (info.waitingForPerson && withdrawsPersonRequest(info.text)) {
      await this.services.handoff.withdrawRequest(step.context);
      await this.services.present.text(step.context, `OK, I've told our team you no longer need a person. What else can I do for you?`, MAIN_CHOICES);
      return step.endDialog();
    }
    // "wait, no! I wanted to keep it": only a person can put a cancelled order back.
    if (wantsCancellationUndone(info.text)) {
      const handoff: HandoffOptions = {
        reason: 'undo a cancellation',
        opening: "I'm sorry, I can't undo a cancellation in this chat, but a colleague can help you get the order back.",
      };
      return step.beginDialog(DialogIds.handoff, handoff);
    }
    // Waiting for a person, "hello?? anyone???" or "oh wonderful, another bot" gets told a person is
    // coming, not the bot's welcome, menu or small talk. Tasks ("where is my order") are still answered.
    if (info.waitingForPerson && (!target || target === DialogIds.smallTalk)) {
      await step.context.sendActivity(WAITING_FOR_PERSON);
      return step.endDialog();
    }
    if (!target) {
      facts.misunderstandings += 1;
      await this.fallback(step, info, facts.misunderstandings);
      return step.endDialog();
    }
    facts.misunderstandings = 0;

    // Two product readings ("find a product" or "price or stock"?) lead to the same answer: not worth a question.
    const bothProducts = ROUTES[ranking[0]?.intent] === DialogIds.productSuggestions && ROUTES[ranking[1]?.intent] === DialogIds.productSuggestions;
    if (asksWhichOne && ranking[0].intent !== ranking[1].intent && !bothProducts) {
      const choices: Choice[] = ranking.slice(0, 2).map((r) => ({ title: INTENT_TITLES[r.intent], intent: r.intent }));
      await this.services.present.text(step.context, 'Just to be sure, which of these do you mean?', [...choices, { title: 'Something else', intent: 'help' }]);
      return step.endDialog();
    }

    const missingItem = intent === 'damaged_or_wrong_item' && reportsMissingItem(info.text);
    if (missingItem) target = DialogIds.handoff;
    // A correction's "sorry" is the customer's apology, not a sign of upset.
    const apologized = info.mood.negative && target !== DialogIds.handoff && !asksAboutBot && !correctionOf(info.text) && (await this.acknowledgeMood(step, info));
    // "how long does shipping take and can I pay with PayPal?": the shop's answers to the other
    // questions first, then the main one (which may ask something back). A task asked next to a shop
    // question ("what are your hours, and where is my order SK-105510") is done after the answer.
    const alsoAsked = info.recognition.alsoAsked ?? [];
    const answers = alsoAsked.filter((other) => isFaqIntent(other.intent) && !TASK_INTENTS.has(other.intent) && other.intent !== intent).map((o) => o.intent);
    const tasks = alsoAsked.filter((other) => TASK_INTENTS.has(other.intent));
    const task = isFaqIntent(intent) && !TASK_INTENTS.has(intent) ? tasks.find((other) => ANSWERABLE_ALONGSIDE.has(other.intent)) : undefined;
    if (task) {
      answers.unshift(intent);
      intent = task.intent;
      target = ROUTES[task.intent];
    }
    for (const question of answers) await answerFaq(this.services, step.context, question);
    // The other tasks are offered once this one is done (doneStep), never dropped (found by chatting:
    // "cancel SK-105577 and return SK-105428" did neither).
    facts.pendingRequests = tasks.filter((other) => other !== task).slice(0, 3);

    if (missingItem) {
      const handoff: HandoffOptions = {
        reason: 'an item missing from a delivery',
        opening: "I'm sorry something was missing from your parcel. There's nothing to send back, so a person needs to check the packing and send it on.",
      };
      return step.beginDialog(DialogIds.handoff, handoff);
    }
    const options: ReturnOptions | undefined = intent === 'damaged_or_wrong_item' ? { reason: 'arrived damaged or wrong' } : undefined;
    if (intent === 'damaged_or_wrong_item') {
      // One apology: found by chatting, "sorry it arrived damaged" was followed by a second one here.
      await step.context.sendActivity(`${apologized ? '' : "I'm sorry your order didn't arrive as it should. "}Let's get it sent back and sorted out.`);
    }
    // The product dialog reads the intent settled on here ("black boots" as a search, not goes-with).
    return step.beginDialog(target, target === DialogIds.productSuggestions ? ({ intent } satisfies ProductQuestionOptions) : options);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = await this.facts.get(step.context, newFacts());
    const pending = facts.pendingRequests ?? [];
    facts.pendingRequests = [];
    if (pending.length) {
      await this.services.present.text(step.context, `You also asked for this: tap it when you are ready.`, pending.map(pendingChoice));
      facts.offeredRequests = { requests: pending, atMessage: getTurnInfo(step.context)?.mood.messages ?? 0 };
    }
    return step.endDialog(step.result);
  }

  /** The customer is unhappy: say sorry in words that fit, and offer a person once. True when it said sorry. */
  private async acknowledgeMood(step: WaterfallStepContext, info: TurnInfo): Promise<boolean> {
    // Not for a plain "where is my order?" or a score with no cause it can name (src/sentiment/apology.ts).
    if (!deservesApology(info.sentiment)) return false;
    const facts = await this.facts.get(step.context, newFacts());
    const apology = info.apology ?? "I'm sorry for the trouble.";
    // Waiting for a person already: offering one again reads like the request was lost.
    if (facts.offeredPerson || info.waitingForPerson) {
      await step.context.sendActivity(apology);
      return true;
    }
    facts.offeredPerson = true;
    await this.services.present.text(step.context, `${apology} If you'd rather talk to a person, I can bring someone from our team in.`, [
      { title: 'Talk to a person', intent: 'human_agent' },
    ]);
    return true;
  }

  private async fallback(step: WaterfallStepContext, info: TurnInfo, misunderstandings: number): Promise<void> {
    if (!/[\p{L}\p{N}]/u.test(info.text)) {
      // Emoji, punctuation or nothing at all: there are no words to misunderstand.
      await this.services.present.text(step.context, `What can I help you with today?`, MAIN_CHOICES);
      return;
    }
    if (looksNonEnglish(info.text)) {
      await this.services.present.text(step.context, `Sorry, I can only chat in English for now. ${CAPABILITIES}`, MAIN_CHOICES);
      return;
    }
    if (misunderstandings >= 2) {
      await this.services.present.text(
        step.context,
        `Sorry, I'm still not getting it. Would you like me to bring in a person from our team?`,
        MAIN_CHOICES.slice().reverse(),
      );
      return;
    }
    await this.services.present.text(step.context, `Sorry, I didn't quite get that. ${CAPABILITIES}`, MAIN_CHOICES);
  }
}

/** Mostly letters outside the Latin alphabet: the customer is writing in another language. */
function looksNonEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  return letters.length >= 3 && latin.length / letters.length < 0.5;
}

/** "what happens to my money", "will I get a refund", "when do I get my money back". */
const ASKS_ABOUT_MONEY = /\b(?:money|refund\w*|charged?|paid|payment|card)\b/i;

/** A yes and nothing else: "yes", "yes please", "ok go ahead". */
const PLAIN_YES = /^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please|go ahead|do it)(?:\W+(?:please|go ahead|do it|thanks))*\W*$/i;

/** What a button does to one order: "Return SK-105428". */
const ORDER_TASK_TITLES: Record<string, string> = {
  order_status: 'Track',
  order_history: 'Track',
  cancel_order: 'Cancel',
  change_order: 'Change',
  start_return: 'Return',
  damaged_or_wrong_item: 'Report a problem with',
  refund_status: 'Refund for',
};

/**
 * A button for a request made beside another: a task on an order names both; anything else sends the
 * customer's own words again, as if typed (an unknown intent is read from the text), so nothing of
 * what they asked is lost ("how long do refunds take" is not just "Check a refund").
 */
function pendingChoice(request: OtherRequest): Choice {
  const verb = ORDER_TASK_TITLES[request.intent];
  if (request.orderId && verb) return { title: `${verb} ${request.orderId}`, intent: request.intent, data: { orderId: request.orderId } };
  if (request.text.length <= 60) return { title: request.text.replace(/[?.!\s]+$/, ''), intent: 'ask' };
  return { title: INTENT_TITLES[request.intent] ?? 'Ask about it', intent: request.intent };
}
