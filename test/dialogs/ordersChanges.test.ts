import { afterEach, describe, expect, it } from 'vitest';
import { converse, createTestBot, type TestBot, type Turn } from '../support/testBot.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function play(turns: Turn[], customerId?: string): Promise<TestBot> {
  bot = await createTestBot({ customerId });
  await converse(bot.adapter, turns);
  return bot;
}

describe('cancelling an order', () => {
  it.each([
    // An unsure guess of cancel_order with no word of cancelling is not taken ("is my french press order late?").
    ['is my order late lowconf-c', /^\*\*Order SK-100001\*\*.*being prepared/s],
    // The same guess with the word is.
    ['cancle it lowconf-c', /^Cancel order SK-100001 /],
    ['call the whole thing off lowconf-c', /^Cancel order SK-100001 /],
  ])('an unsure cancellation needs a word of cancelling: %s', (message, asked) => play([[message, [asked]]], 'C0001').then(() => undefined));

  it('"cancel my trousers order" means that order, and says why it can no longer be cancelled', () =>
    play([['cancel my trousers order', [/^Order SK-100002 has already shipped.*can't be cancelled/s]]], 'C0001'));

  it('cancels a processing order after the customer confirms, and records it', async () => {
    const b = await play(
      [
        ['cancel my order', [/Cancel order SK-100001 .*Blue Linen Shirt.*can't be undone/s]],
        // Refund times in the shop's own words (shop.json policies), never the bot's.
        ['yes', [/order SK-100001 is cancelled, and its \$64\.00 will be refunded\. Refunds for cancelled orders are issued at once/s]],
      ],
      'C0001',
    );
    const order = await b.stores.orders.getOrder('SK-100001');
    expect(order?.status).toBe('cancelled');
    expect(order?.cancelledAt).toBeDefined();
  });

  it('"what happens to my money if I cancel?" at "cancel it?" gets the shop\'s refund words, then the question again', async () => {
    const b = await play(
      [
        ['cancel my order', ['Cancel order SK-100001']],
        ['hmm, what happens to my money if I cancel?', [/Refunds for cancelled orders are issued at once/, /^Cancel order SK-100001 /]],
        ['yes', [/order SK-100001 is cancelled/]],
      ],
      'C0001',
    );
    expect((await b.stores.orders.getOrder('SK-100001'))?.status).toBe('cancelled');
  });

  it('a regretted cancellation goes to a person, who can put the order back', async () => {
    const b = await play(
      [
        ['cancel my order', ['Cancel order SK-100001']],
        ['yes', ['is cancelled']],
        ['wait, no! I wanted to keep it', [/^I'm sorry, I can't undo a cancellation in this chat, but a colleague can help you get the order back\..*asked a member of our team/s]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('waiting_for_person');
  });

  it('"no I don\'t want a person" while waiting takes the request back instead of calling one again', async () => {
    const b = await play(
      [
        ['I want to talk to a person', [/asked a member of our team/]],
        ["no I don't want a person, I want you to fix it", [/^OK, I've told our team you no longer need a person\./]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('bot');
  });

  it('does nothing when the customer says no', async () => {
    const b = await play(
      [
        ['cancel my order', ['Cancel order SK-100001']],
        ['no', ['I have not cancelled order SK-100001']],
      ],
      'C0001',
    );
    expect((await b.stores.orders.getOrder('SK-100001'))?.status).toBe('processing');
  });

  it.each(['not sure', 'hmm not sure', "are you sure this can't be undone?", 'maybe', "I'm not so sure", 'not 100% sure', 'ok but actually no'])(
    'a doubt at "cancel it?" is asked again, never taken as yes: %s',
    async (doubt) => {
      const b = await play(
        [
          ['cancel my order', ['Cancel order SK-100001']],
          [doubt, ['Please answer yes or no: cancel order SK-100001?']],
        ],
        'C0001',
      );
      expect((await b.stores.orders.getOrder('SK-100001'))?.status).toBe('processing');
    },
  );

  it.each(['i didnt cancel it!', 'who cancelled my order?', 'i never ordered this'])('a cancellation the customer disowns goes to a person, never starts one: %s', async (message) => {
    const b = await play(
      [
        ['track SK-100005', [/^\*\*Order SK-100005\*\*.*cancelled/s]],
        [message, [/asked a member of our team/]],
      ],
      'C0002',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('waiting_for_person');
  });

  it('another order number at "cancel order X?" is the order to cancel; the same number is no new question', async () => {
    const b = await play(
      [
        ['cancel my order', ['Cancel order SK-100001']],
        ['SK-100002', [/^Order SK-100002 has already shipped.*can't be cancelled/s]],
        ['cancel my order', ['Cancel order SK-100001']],
        ['yes, SK-100001', [/order SK-100001 is cancelled/]],
      ],
      'C0001',
    );
    expect((await b.stores.orders.getOrder('SK-100001'))?.status).toBe('cancelled');
  });

  const refusals: [string, RegExp][] = [
    ['cancel SK-100002', /already shipped.*can't be cancelled/s],
    ['cancel SK-100003', /already delivered/],
    ['cancel SK-100004', /already delivered/],
  ];
  for (const [message, answer] of refusals) {
    it(`refuses "${message}"`, () => play([[message, [answer]]], 'C0001'));
  }

  it('asks an anonymous visitor to prove the order first', () =>
    play([
      ['cancel order SK-100001', ['ZIP code']],
      ['10001', ['Cancel order SK-100001']],
      ['yes', ['is cancelled']],
    ]));
});

describe('changing an order', () => {
  it('an order being prepared: the change goes to a colleague with the order and the request, after a yes', async () => {
    const b = await play(
      [
        ['can I change the address on my order', [/^Order SK-100001 \(1 × Blue Linen Shirt, 1 × Brown Leather Belt\) hasn't shipped yet, so it can still be changed\..*pass your change to a colleague/s]],
        ['yes', [/^Thanks\. Your change to order SK-100001 goes to our team.*asked a member of our team/s]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('waiting_for_person');
    expect(conversation.handoff?.reason).toBe('change to order SK-100001');
  });

  it('no leaves the order as it is and calls no one', async () => {
    const b = await play(
      [
        ['can I change the address on my order', [/can still be changed/]],
        ['no', [/^OK, order SK-100001 stays as it is\./]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('bot');
  });

  it('another task asked at the yes/no question is that task, not a yes', async () => {
    const b = await play(
      [
        ['can I change the address on my order', [/pass your change to a colleague/]],
        ['ok just cancel my order then', [/^Cancel order SK-100001 /]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('bot');
  });

  it('a goodbye at the yes/no question leaves the order as it is and calls no one', async () => {
    const b = await play(
      [
        ['can I change the address on my order', [/pass your change to a colleague/]],
        ['ok bye', [/^OK, I've left that as it is\. Goodbye/]],
      ],
      'C0001',
    );
    const [conversation] = await b.stores.transcripts.listConversations();
    expect(conversation.mode).toBe('bot');
  });

  it('a yes in a sentence is still a yes', () =>
    play(
      [
        ['can I change the address on my order', [/pass your change to a colleague/]],
        ['yes please go ahead with it', [/^Thanks\. Your change to order SK-100001 goes to our team/]],
      ],
      'C0001',
    ));

  it('an order that has shipped can no longer change, and the customer hears why', () =>
    play([['change the size on my trousers order', [/^Order SK-100002 has already shipped, so it can't be changed any more\./]]], 'C0001'));

  it('a visitor proves the order first', () =>
    play([
      ['can I change the address on my order', ['What is your order number?']],
      ['SK-100001', ['ZIP code']],
      ['10001', [/^Order SK-100001 .*hasn't shipped yet/s]],
    ]));
});

describe('returns', () => {
  it('starts a return for a delivered order inside the window, leaving out what cannot be returned', async () => {
    const b = await play(
      [
        ['I want to return SK-100003', [/can be returned until .*Not returnable: Rose Face Cream \(beauty can't be returned\).*White Linen Shirt/s]],
        ['too small', ['Start a return for 1 × White Linen Shirt from order SK-100003?']],
        ['yes', [/Your return \*\*R-000002\*\* is started.*The refund will be \$42\.00\. Once your return reaches our warehouse we check it/s]],
      ],
      'C0001',
    );
    const created = await b.stores.returns.getReturn('R-000002');
    expect(created).toMatchObject({ orderId: 'SK-100003', reason: 'too small', status: 'requested' });
  });

  it('answers a shop question asked instead of the reason, then asks for the reason again', async () => {
    const b = await play(
      [
        ['I want to return SK-100003', [/can be returned until/s]],
        ['actually, how much is shipping?', [/Shipping.*3-5 business days/s, /reason for the return/]],
        ['too small', ['Start a return for 1 × White Linen Shirt from order SK-100003?']],
        ['can I pay with paypal?', [/Visa, Mastercard and PayPal/, /Start a return for 1 × White Linen Shirt/]],
        ['yes', [/Your return \*\*R-000002\*\* is started/]],
      ],
      'C0001',
    );
    expect(await b.stores.returns.getReturn('R-000002')).toMatchObject({ reason: 'too small' });
  });

  it('picks the item to return by part of its name, and says how to answer when it cannot tell', async () => {
    const b = await play(
      [
        ['I want to return SK-100007', [/Which item would you like to return\?/]],
        ['it arrived broken', [/type its number or part of its name \(for example "trousers"\)/]],
        ['the belt', [/reason for the return/]],
        ['too short', ['Start a return for 1 × Brown Leather Belt from order SK-100007?']],
        ['yes', [/is started/]],
      ],
      'C0002',
    );
    const [created] = await b.stores.returns.returnsForOrder('SK-100007');
    expect(created.items.map((i) => i.name)).toEqual(['Brown Leather Belt']);
  });

  it('a reason that gives none ("hmm not sure", "ok") is asked for again, and the real one kept', async () => {
    const b = await play(
      [
        ['I want to return SK-100007', [/Which item would you like to return\?/]],
        ['the belt', [/reason for the return/]],
        ['hmm not sure', [/reason for the return/]],
        ['ok', [/reason for the return/]],
        ['too short i guess', ['Start a return for 1 × Brown Leather Belt from order SK-100007?']],
        ['yes', [/is started/]],
      ],
      'C0002',
    );
    const [created] = await b.stores.returns.returnsForOrder('SK-100007');
    expect(created.reason).toBe('too short i guess');
  });

  it('an item returned meanwhile from another chat is not returned twice: the customer is told which return has it', async () => {
    const b = await play(
      [
        ['I want to return SK-100007', [/Which item would you like to return\?/]],
        ['the belt', [/reason for the return/]],
        ['too short', ['Start a return for 1 × Brown Leather Belt from order SK-100007?']],
      ],
      'C0002',
    );
    const other = await b.stores.returns.createReturn({
      orderId: 'SK-100007',
      customerId: 'C0002',
      items: [{ productId: 'P0004', name: 'Brown Leather Belt', quantity: 1 }],
      reason: 'from another tab',
      status: 'requested',
      createdAt: new Date().toISOString(),
      refund: { amount: 25, status: 'not_started' },
    });
    await converse(b.adapter, [['yes', [`A return for the Brown Leather Belt from order SK-100007 is already started (**${other.id}**), so I haven't started another.`]]]);
    expect(await b.stores.returns.returnsForOrder('SK-100007')).toHaveLength(1);
  });

  it('an order in the window whose items cannot go back is said so, not "no order within the window"', async () => {
    bot = await createTestBot({ customerId: 'C0001' });
    await bot.stores.returns.createReturn({
      orderId: 'SK-100003',
      customerId: 'C0001',
      items: [{ productId: 'P0002', name: 'White Linen Shirt', quantity: 1 }],
      reason: 'too big',
      status: 'requested',
      createdAt: new Date().toISOString(),
      refund: { amount: 42, status: 'not_started' },
    });
    await converse(bot.adapter, [
      ['I want to return something', [/^Nothing in order SK-100003 can be returned: White Linen Shirt \(already being returned\), Rose Face Cream \(beauty can't be returned\)\./]],
    ]);
  });

  it('says when an order is outside the return window', () =>
    play([['return SK-100004', [/more than 30 days ago.*outside our return window/s]]], 'C0001'));

  it('"no wait, it arrived damaged" after an order past the window is that order, and damage goes to a person', () =>
    play(
      [
        ['return SK-100004', [/outside our return window/]],
        ['no wait, it arrived damaged', [/sorry your order didn't arrive/, /^Order SK-100004 was delivered more than 30 days ago.*a colleague can still look at it with you\./s]],
      ],
      'C0001',
    ));

  it('"it" after an order was answered is that order for a return, not the newest returnable one', () =>
    play(
      [
        ['track SK-100004', [/^\*\*Order SK-100004\*\*/]],
        ['I want to return it', [/^Order SK-100004 was delivered more than 30 days ago/]],
      ],
      'C0001',
    ));

  it('"it arrived damaged" right after a product was talked about is about the order with that product', () =>
    play(
      [
        ['is the Navy Chino Trousers in stock', [/Navy Chino Trousers/]],
        // The carrier has not reported it delivered: not "still on its way", which contradicts the customer.
        ['it arrived damaged', [/sorry/i, /^Our records still show order SK-100002 on its way, so I can't start a return for it here\. As the items arrived damaged, a colleague can still look at it with you\..*\[Talk to a person\]/s]],
      ],
      'C0001',
    ));

  it('says a shipped order can be returned once delivered', () =>
    play([['return SK-100002', [/still on its way/]]], 'C0001'));

  it('a damaged item starts a return with the reason known, beauty items too (the shop takes damaged ones back)', () =>
    play(
      [
        ['my item arrived damaged SK-100003', [/sorry your order didn't arrive/, /can be returned until.*Which item.*White Linen Shirt.*Rose Face Cream/s]],
        ['2', [/Start a return for 1 × Rose Face Cream from order SK-100003\?/]],
        ['yes', [/Your return .* is started/s]],
      ],
      'C0001',
    ));

  it('a damaged item named in the message is the one returned', () =>
    play(
      [
        ['my face cream arrived damaged SK-100003', [/sorry your order didn't arrive/, /I'll start a return for the Rose Face Cream\./]],
        ['yes', [/Your return .* is started/s]],
      ],
      'C0001',
    ));

  it('an item that cannot go back is said so by name, and no other item is offered in its place', () =>
    play([['I want to return the face cream from SK-100003', [/^The Rose Face Cream can't be returned\. Not returnable: Rose Face Cream \(beauty can't be returned\)\./]]], 'C0001'));

  it('an item whose order is past the window is named, with why, instead of another item returned', () =>
    play([['I want to return the mug', [/^The Ceramic Mug is in order SK-100004\. Order SK-100004 was delivered more than 30 days ago/]]], 'C0001'));

  it('"actually forget it, where is my order?" drops the return and answers the question', () =>
    play(
      [
        ['I want to return something', [/I'll start a return for the White Linen Shirt/, /reason/]],
        ['actually forget it, where is my order', [/^\*\*Order SK-100001\*\*.*being prepared/s]],
      ],
      'C0001',
    ));

  it('a reason without words is asked again, and a product question at the reason is answered before it', () =>
    play(
      [
        ['I want to return something', [/I'll start a return for the White Linen Shirt/, /reason/]],
        ['?', [/^What's the reason for the return\?/]],
        ['SK-100003', [/^What's the reason for the return\?/]],
        ['how much is the Ceramic Mug?', [/^The Ceramic Mug costs \$12\.00/, /^What's the reason for the return\?/]],
        ['too small', [/^Start a return for 1 × White Linen Shirt from order SK-100003\?/]],
      ],
      'C0001',
    ));

  it('the return policy comes from the shop data', () =>
    play([['what is your return policy', ['Return anything within 30 days of delivery.']]]));
});

describe('refund status', () => {
  it('shows the returns of a verified order and their refunds', () =>
    play([
      ['where is my refund for SK-100006', ['ZIP code']],
      ['alan.turing@example.org', [/Return R-000001.*complete.*Refund of \$39\.00 issued/s]],
    ]));

  it('explains that an order without a return has no refund yet', () =>
    play([['where is my refund SK-100003', [/no return on order SK-100003.*\[Start a return\]/s]]], 'C0001'));

  it('"how long does a refund take?" gets the shop\'s refund times; a visitor is not asked for an order number', () =>
    play([['how long does a refund take?', [/^\*\*Refund times\*\*\n\nRefunds reach your card 5-10 business days/]]]).then(async (b) => {
      const replies = (await b.stores.transcripts.messages((await b.stores.transcripts.listConversations())[0].id)).filter((m) => m.role === 'bot');
      expect(replies.map((m) => m.text).join(' ')).not.toMatch(/order number/);
    }));

  it('a signed-in customer asking when the refund comes gets the times and their refunds', () =>
    play([['when will I get my refund', [/^\*\*Refund times\*\*/, /^\*\*Order SK-100005\*\* was cancelled/]]], 'C0002'));

  it('a signed-in customer without returns or cancelled orders hears so', () =>
    play([['where is my refund', ['You have no returns or cancelled orders on your account']]], 'C0001'));

  it('a signed-in customer sees the refunds of returns and of cancelled orders, newest first', () =>
    play([['where is my refund', [/^\*\*Order SK-100005\*\* was cancelled on .*\n\n\*\*Return R-000001\*\*/s]]], 'C0002'));

  it.each([
    ['did you refund my cancelled order?'],
    ['any news on the refund for the cutting board'],
  ])('"%s" means that order', (message) => play([[message, [/^\*\*Order SK-100005\*\* was cancelled on /]]], 'C0002').then(() => undefined));
});
