import { afterEach, describe, expect, it } from 'vitest';
import { converse, createTestBot, say, type TestBot, type Turn } from '../support/testBot.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function play(turns: Turn[], options: { customerId?: string; maxMessageLength?: number } = {}): Promise<TestBot> {
  bot = await createTestBot(options);
  await converse(bot.adapter, turns);
  return bot;
}

describe('small talk, help and shop questions', () => {
  const cases: [string, Turn[], string?][] = [
    ['greets with the shop name and the main choices', [['hello', [/Welcome to Test Shop.*\[Track my order\].*\[Talk to a person\]/s]]]],
    ['greets a signed-in customer by name', [['hi there', ['Hi Ada!']]], 'C0001'],
    ['says what it can do', [['help', [/track your order.*returns?.*shipping/s]]]],
    ['thanks', [['thank you', ["You're welcome"]]]],
    ['goodbye', [['bye', [/Goodbye.*Test Shop/s]]]],
    ['shipping answer from the shop data', [['how much is shipping', ['Standard shipping takes 3-5 business days']]]],
    ['payment answer from the shop data', [['how can I pay', ['Visa, Mastercard and PayPal']]]],
    // The shop's text never names the thing asked: said, with a person offered first, and the text still shown.
    ['a payment method the shop text does not name is said to be unknown', [['can I pay with klarna?', [/^Our page on payment methods doesn't mention “klarna”, so I can't say for sure.*Visa, Mastercard and PayPal.*\n\n1\. Talk to a person/s]]]],
    ['a destination the shipping text does not name is said to be unknown', [['is there shipping to Canada?', [/doesn't mention “Canada”.*Standard shipping takes 3-5 business days/s]]]],
    ['a service asked about is a question for the shop, not a product list', [['do you do gift wrapping?', [/^I don't have that written down, but a person from our team can answer it\..*\[Talk to a person\]/s]]]],
    ['price matching is a service question, not the discount-code text', [['do you price match? found it cheaper elsewhere', [/^I don't have that written down/]]]],
    ['a payment method the shop text names is answered plainly', [['can I pay with paypal?', [/^\*\*Payment methods\*\*\n\nWe accept Visa, Mastercard and PayPal\.(?![\s\S]*doesn't mention)/]]]],
    ['a question the shop has no text for gets a person offered', [['do you have discount codes', [/don't have that written down.*\[Talk to a person\]/s]]]],
    ['a joke gets a joke, and the next one another', [['tell me a joke', [/^Why did the sock/]], ['another joke', [/^I'd tell you a joke about delivery/]]]],
    ['how are you gets an answer, not the introduction', [['how are you?', [/^I'm doing well, thanks for asking!(?![\s\S]*virtual assistant)/]]]],
    ['"are you a robot" is answered honestly, with a person offered first', [['are you a robot', [/^I'm a virtual assistant, a bot, not a person\..*\n\n1\. Talk to a person/s]]]],
    ['"am I talking to a real person?" is answered, not passed to a colleague, and its offer is the only one', [['am I talking to a real person? this is ridiculous', [/^I'm a virtual assistant, a bot(?![\s\S]*asked a member)/]]]],
    ['"are you human? I want to talk to a person" still calls one', [['are you human? I want to talk to a person', [/asked a member of our team/]]]],
  ];
  for (const [name, turns, customerId] of cases) it(name, () => play(turns, { customerId }).then(() => undefined));
});

describe('never a dead end', () => {
  it('suggests what it can do, and after two misunderstandings in a row offers a person first', () =>
    play([
      ['blorp fizzle', [/didn't quite get that.*\[Track my order\]/s]],
      ['qwerty uiop', [/still not getting it.*\[Talk to a person\]/s]],
    ]));

  it('understanding something resets the count', () =>
    play([
      ['blorp fizzle', ["didn't quite get that"]],
      ['hello', ['Welcome']],
      ['qwerty uiop', ["didn't quite get that"]],
    ]));

  const oddInputs: [string, string, RegExp][] = [
    ['emoji only', '👍🎉', /What can I help you with/],
    ['empty', '   ', /What can I help you with/],
    ['non-English', 'Где мой заказ? Я жду уже неделю', /only chat in English/],
    ['HTML', '<img src=x onerror=alert(1)> hello', /Welcome/],
  ];
  for (const [name, text, answer] of oddInputs) it(`handles ${name} input`, () => play([[text, [answer]]]));

  it('reads only the first characters of a very long message, says so, and stores what it read', async () => {
    const b = await play([[`where is my order ${'x'.repeat(3000)}`, [/first 2,000 characters/, 'order number']]]);
    const [conversation] = await b.stores.transcripts.listConversations();
    const [message] = await b.stores.transcripts.messages(conversation.id);
    expect(message.text).toHaveLength(2000);
    expect(message.truncated).toBe(true);
  });

  it('asks which one was meant when the top two intents are close', () =>
    play([['ambiguous test', [/which of these do you mean\?.*\[Track an order\].*\[Start a return\]/s]]]));

  it.each(['ada.lovelace@example.com', '10001'])('an order proof given with no question open ("%s") asks for the order number', async (message) => {
    await play([[message, [/need its number as well.*\[Track my order\]/s]]]);
  });

  it.each([
    ["I don't want to cancel my order, just tell me where it is", /^(?![\s\S]*Cancel order)[\s\S]*(do you want to cancel an order, or something else|order number)/],
    ['please do not cancel it', /do you want to cancel an order, or something else\?.*\[Cancel an order\].*\[Track an order\]/s],
  ])('never starts a cancellation the customer ruled out: "%s"', async (message, reply) => {
    await play([[message, [reply]]]);
  });

  it('answers every shop question a message asks, then the main one', () =>
    play([
      ['how much is shipping and can I pay with paypal?', [/Visa, Mastercard and PayPal/, /Standard shipping takes 3-5 business days/]],
      ['where is my order? also how much is shipping', [/Standard shipping takes/, /What is your order number\?/]],
      ['stop', [/stopped/]],
      // The whole message reads as the shop question; the search in its other clause is still done.
      ['how much is shipping, and do you have linen shirts', [/Standard shipping takes/, /Linen Shirt/]],
    ]));

  it('two tasks in one message: the first is done with its own order, the second offered with its order, never dropped', async () => {
    await play(
      [
        ['cancel SK-100001 and return SK-100003', [/^Cancel order SK-100001 /]],
        ['yes', [/order SK-100001 is cancelled/, /^You also asked for this: tap it when you are ready\..*\[Return SK-100003\]/s]],
        // A plain "yes" takes the one request on offer, for the order it names.
        ['yes', [/^Order SK-100003 can be returned until/]],
      ],
      { customerId: 'C0001' },
    );
  });

  it('a list of questions: the first answered, the others offered in the customer\'s own words', () =>
    play(
      [
        ['3 questions: 1) track SK-100002 2) do you have linen shirts', [/^\*\*Order SK-100002\*\*/, /^You also asked for this.*\[do you have linen shirts\]/s]],
        // Pressed, the words are read as if typed.
        ['1', [/Linen Shirt/]],
      ],
      { customerId: 'C0001' },
    ));

  it('questions split at a comma are each answered ("what payment do you take, how much is shipping")', () =>
    play([['what payment do you take, how much is shipping', [/Visa, Mastercard and PayPal|Standard shipping/, /Visa, Mastercard and PayPal|Standard shipping/]]]));

  it('one request in two clauses gets no stray "you also asked" button', async () => {
    await play([], { customerId: 'C0001' });
    const replies = (await say(bot!.adapter, 'track SK-100002 and can you give me the tracking number')).map((r) => r.text ?? '');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^\*\*Order SK-100002\*\*/);
  });

  it('"thanks. and SK-100002?" asks about that order, it is not just thanks', () =>
    play([['thanks. and SK-100002?', [/^\*\*Order SK-100002\*\*/]]], { customerId: 'C0001' }));

  it('a message that fits no intent as a whole but asks two questions gets both answered', () =>
    play([['where is my order? how much is shipping too', [/Standard shipping takes/, /What is your order number\?/]]]));

  it('two product readings close together are not asked about: both lead to the same answer', () =>
    play([['ambiguous product_search price_stock test', [/^(?![\s\S]*which of these)[\s\S]*picks/]]]));

  it('answers a single question once', async () => {
    bot = await createTestBot();
    const replies = (await say(bot.adapter, 'how much is shipping?')).filter((r) => r.type === 'message');
    expect(replies).toHaveLength(1);
  });

  // A bare e-mail address or ZIP code read as close to "goodbye" or "yes": no button may show an
  // intent's name, and a task beats small talk.
  it.each([
    ['ambiguous goodbye order_history test', /order number/],
    ['ambiguous order_status affirm test', /order number/],
    ['ambiguous affirm greet test', /^(?![\s\S]*(which of these|\[affirm\]|\[greet\]))/],
  ])('does not ask about small talk when "%s"', async (message, reply) => {
    await play([[message, [reply]]]);
  });

  it('"no" to the order-number question leaves it, with the way to a person', () =>
    play([
      ['where is my order', ['order number']],
      ['12', ["couldn't find an order number"]],
      ['no', [/won't look up an order.*confirmation e-mail.*\[Talk to a person\]/s]],
      ['where is my order', ['order number']],
      ['SK-100002', ['ZIP code']],
    ]));

  it('a shop question while the bot waits for an order number is answered, and the number asked for again', () =>
    play([
      ['where is my order', ['order number']],
      ['how much is shipping', ['Standard shipping takes 3-5 business days', 'Back to your order: what is its number?']],
      ['SK-100002', ['ZIP code']],
    ]));

  it('a shop question while the bot waits for the e-mail or ZIP code is answered too, then the proof asked for again', () =>
    play([
      ['where is my order SK-100002', ['ZIP code']],
      ['how much is shipping', ['Standard shipping takes 3-5 business days', 'Back to order SK-100002: what is the e-mail address or ZIP code']],
      ['10001', [/SK-100002.*on its way/s]],
    ]));

  it('a product search while the bot waits for an order number leaves the question', () =>
    play([
      ['where is my order', ['order number']],
      ['do you have white shirts', [/White Linen Shirt/]],
      ['hello', ['Welcome']],
    ]));

  it('an order question while the bot waits for an order number stays with the question', () =>
    play([
      ['where is my order', ['order number']],
      ['where is my order', ['What is your order number?']],
    ]));

  it('something the bot cannot help with, at the order-number question, is said so', () =>
    play([
      ['where is my order', ['order number']],
      ['blorp fizzle', [/can't help with that here.*SK-123456.*"stop"/s]],
      ['SK-100002', ['ZIP code']],
    ]));

  it('messages without an order number are no guesses: three end the question kindly, never with the security lock-out', () =>
    play([
      ['where is my order', ['order number']],
      ['12', ["couldn't find an order number"]],
      ['blorp fizzle', ["can't help with that here"]],
      ['hmm', [/^(?!.*can't try again).*leave it there.*order number.*order confirmation e-mail.*\[Talk to a person\]/s]],
      ['hello', ['Welcome']],
    ]));

  it('at the proof question too, three answers without an e-mail or ZIP code end it kindly', () =>
    play([
      ['where is my order SK-100002', ['ZIP code']],
      ['hang on', ['e-mail address or the 5-digit ZIP code']],
      ['not sure', ['e-mail address or the 5-digit ZIP code']],
      ['hmm', [/^(?!.*can't try again).*leave it there.*ZIP code order SK-100002 was placed with.*\[Talk to a person\]/s]],
    ]));

  it('a wrong order number still counts towards the lock-out after answers without one', () =>
    play(
      [
        ['track SK-100005', ["can't find order SK-100005 on your account"]],
        ['12', ["couldn't find an order number"]],
        ['SK-100006', ["can't find order SK-100006"]],
        ['SK-100007', [/can't try again.*\[Talk to a person\]/s]],
      ],
      { customerId: 'C0001' },
    ));

  it('"stop" leaves a question behind', () =>
    play([
      ['where is my order', ['order number']],
      ['never mind', ["I've stopped that"]],
      ['hello', ['Welcome']],
    ]));
});

describe('asking for a person and complaints', () => {
  it('while waiting for a person, says one is coming instead of the menu or the handoff text again, and still answers tasks', () =>
    play([
      ['I want to talk to a person', ['asked a member of our team to join this chat']],
      ['hello?? anyone???', [/^A colleague from our team has been asked to join/]],
      ['HUMAN NOW', [/^A colleague from our team has been asked to join/]],
      ['asdfgh', [/^A colleague from our team has been asked to join/]],
      ['where is my order', ['What is your order number?']],
    ]));

  it('records the handoff, flags the conversation and sends a handoff.initiate event', async () => {
    bot = await createTestBot();
    const replies = await say(bot.adapter, 'I want to talk to a person');
    expect(replies.find((r) => r.type === 'message')?.text).toContain('asked a member of our team to join this chat');
    const event = replies.find((r) => r.type === 'event');
    expect(event?.name).toBe('handoff.initiate');
    const [conversation] = await bot.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('waiting_for_person');
    const flag = await bot.stores.flags.openFlag(conversation.id);
    expect(flag?.reasons).toContain('asked for a person');
  });

  it('praise the classifier reads as a complaint is thanked, not handed to staff or flagged', async () => {
    const b = await play([['no complaints at all, love it', [/^You're welcome/]]]);
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).not.toBe('waiting_for_person');
    expect(await b.stores.flags.openFlag(conversation.id)).toBeUndefined();
    const [message] = await b.stores.transcripts.messages(conversation.id);
    expect(message.understanding?.intent).toBe('thanks');
  });

  it('praise close to a complaint is not promoted to one, and a warm word to the bot gets a warm answer', () =>
    play([
      ['ambiguous thanks complaint test', [/^You're welcome/]],
      ["you're the best, love it", [/^That's lovely to hear, thank you!/]],
    ]));

  it('thanks in a negative message is sarcasm: a complaint, not "you\'re welcome"', () =>
    play([['thanks a lot, terrible service', [/asked a member of our team/]]]));

  it('an item missing from the parcel goes to a person, not to a return', async () => {
    const b = await play([['wrong item, the belt was missing from the box', [/^I'm sorry something was missing from your parcel\..*asked a member of our team/s]]]);
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('waiting_for_person');
    expect(conversation.handoff?.reason).toBe('an item missing from a delivery');
  });

  it('"never mind, I figured it out" takes the request for a person back, and the bot answers as before', async () => {
    const b = await play([
      ['I want to talk to a person', ['asked a member of our team']],
      ['never mind, I figured it out', [/^OK, I've told our team you no longer need a person\./]],
      ['hello', [/Welcome to Test Shop/]],
    ]);
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('bot');
    expect((await b.stores.flags.openFlag(conversation.id))?.notes?.map((n) => n.text)).toEqual(['The customer said they no longer need a person.']);
  });

  it('a plain "where is my ..." (the where-is-my cue alone) gets no apology', () =>
    play([["where's my parcel, where is my order", [/^Sure, I can look that up\./]]]));

  it('"where is my lantern order", which the classifier may turn away, is a status question', () =>
    play([['where is my lantern order', [/What is your order number\?/]]]));

  it('a message scored negative with no reason gets no apology', () => play([['meh, where is my order', [/^Sure, I can look that up\. What is your order number\?/]]]));

  it('a customer already waiting for a person is not offered one again', () =>
    play([
      ['I want to talk to a person', ['asked a member of our team']],
      ['this is terrible, where is my order', [/^I'm sorry for the wait\.$/, 'order number']],
    ]));

  it('a request for a person interrupts a question in progress', () =>
    play([
      ['where is my order', ['order number']],
      ['just get me a human', ['asked a member of our team']],
    ]));

  it('a complaint is acknowledged with an apology and flagged as high severity', async () => {
    const b = await play([['this is unacceptable, I want to complain', [/^I'm sorry for the wait\. I've asked a member of our team to join this chat/]]]);
    const [conversation] = await b.stores.transcripts.listConversations();
    expect((await b.stores.flags.openFlag(conversation.id))?.severity).toBe('high');
  });

  it('when the customer turns angry the bot apologizes and offers a person once', () =>
    play([
      ['where is my order SK-100002, this is terrible', [/sorry.*\[Talk to a person\]/s, 'ZIP code']],
      ['10001', ['on its way']],
      ['awful, where is my order SK-100001', [/sorry/, 'ZIP code']],
    ]));
});

describe('the turn pipeline', () => {
  it('stores every customer message with its sentiment and intent, and every bot message', async () => {
    bot = await createTestBot();
    await say(bot.adapter, 'this is terrible, where is my order');
    const [conversation] = await bot.stores.transcripts.listConversations();
    const messages = await bot.stores.transcripts.messages(conversation.id);
    expect(messages[0]).toMatchObject({
      role: 'customer',
      text: 'this is terrible, where is my order',
      sentiment: { label: 'negative', reasons: ['angry words'] },
      understanding: { intent: 'order_status' },
    });
    expect(messages.slice(1).every((m) => m.role === 'bot')).toBe(true);
    expect(conversation.mood?.negative).toBe(true);
    const flag = await bot.stores.flags.openFlag(conversation.id);
    expect(flag?.messageIds).toEqual([messages[0].id]);
  });

  it('keeps the customer message when the turn throws, and apologizes', async () => {
    bot = await createTestBot();
    const orders = bot.stores.orders;
    orders.getOrder = async () => {
      throw new Error('disk on fire');
    };
    const replies = await say(bot.adapter, 'where is my order SK-100001');
    expect(replies.find((r) => r.type === 'message')?.text).toContain('something went wrong on my side');
    const [conversation] = await bot.stores.transcripts.listConversations();
    const messages = await bot.stores.transcripts.messages(conversation.id);
    expect(messages[0].text).toBe('where is my order SK-100001');
  });

  it('one flag per conversation, updated as it goes', async () => {
    bot = await createTestBot();
    await say(bot.adapter, 'this is terrible');
    await say(bot.adapter, 'awful, just awful');
    const flags = await bot.stores.flags.listFlags();
    expect(flags).toHaveLength(1);
    expect(flags[0].messageIds).toHaveLength(2);
    expect(flags[0].history).toHaveLength(2);
  });
});
