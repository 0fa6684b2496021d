import { afterEach, describe, expect, it } from 'vitest';
import { MemoryOrderProofThrottle } from '../../src/bot/services/orderProofThrottle.ts';
import { converse, createTestBot, replyText, say, type TestBot, type Turn } from '../support/testBot.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function play(turns: Turn[], customerId?: string) {
  bot = await createTestBot({ customerId });
  await converse(bot.adapter, turns);
}

describe('where is my order: an anonymous visitor', () => {
  const cases: { name: string; turns: Turn[] }[] = [
    {
      name: 'asks for the number, then the e-mail, and answers with status, carrier, tracking, delivery date and items',
      turns: [
        ['where is my order', ['What is your order number?']],
        ['SK-100002', ['e-mail address or the ZIP code']],
        ['ada.lovelace@example.com', [/Order SK-100002.*on its way.*UPS.*1Z999AA10123456784.*Expected delivery.*Navy Chino Trousers/s]],
      ],
    },
    {
      name: 'accepts the ZIP code instead of the e-mail',
      turns: [
        ['where is my order SK-100001', ['ZIP code']],
        ['it is 10001', [/SK-100001.*being prepared.*Blue Linen Shirt/s]],
      ],
    },
    {
      name: 'an order number in other spellings',
      turns: [
        ['where is my order', ['order number']],
        ['sk 100003 please', ['ZIP code']],
        ['ADA.LOVELACE@EXAMPLE.COM', [/SK-100003.*delivered.*USPS/s]],
      ],
    },
    {
      name: 'an empty message or the same request again does not use up the question',
      turns: [
        ['where is my order', ['order number']],
        ['   ', ['What is your order number?']],
        ['where is my order', ['What is your order number?']],
        ['where is my order', ['What is your order number?']],
        ['SK-100002', ['ZIP code']],
      ],
    },
    {
      name: 'after a proof, "where is it" and "cancel it" mean that order, without asking its number again',
      turns: [
        ['where is my order SK-100001, email is ada.lovelace@example.com', [/Order SK-100001.*being prepared/s]],
        ['where is my order', [/^\*\*Order SK-100001\*\*.*being prepared/s]],
        ['cancel it', [/^Cancel order SK-100001 /]],
      ],
    },
    {
      name: 'takes a proof given before the order number, once the number comes',
      turns: [
        ['where is my order, my email is ada.lovelace@example.com', ['What is your order number?']],
        ["it's SK 100002", [/Order SK-100002.*on its way/s]],
      ],
    },
    {
      name: 'takes the proof given with the order number in one message',
      turns: [['where is my order SK-100002, email is ada.lovelace@example.com', [/Order SK-100002.*on its way/s]]],
    },
    {
      name: 'a wrong proof given with the order number counts as one',
      turns: [
        ['where is my order SK-100002 zip 90210', ["doesn't match what we have for order SK-100002"]],
        ['10001', [/SK-100002.*on its way/s]],
      ],
    },
    {
      name: 'answers a wrong proof the same way whether or not the order exists',
      turns: [
        ['where is my order SK-999999', ['ZIP code order SK-999999']],
        ['ada.lovelace@example.com', ["doesn't match what we have for order SK-999999"]],
      ],
    },
    {
      name: 'three failed attempts end the attempt and offer a person, without revealing anything',
      turns: [
        ['where is my order SK-100002', ['ZIP code']],
        ['wrong@example.com', ["doesn't match"]],
        ['12345', ["doesn't match"]],
        ['other@example.com', [/can't try again.*\[Talk to a person\]/s]],
        ['ada.lovelace@example.com', [/^(?!.*(UPS|Chino|on its way)).*need its number as well/s]],
      ],
    },
    {
      name: 'asking again after three failed attempts starts no new count: no more checks in that chat',
      turns: [
        ['where is my order SK-100002', ['ZIP code']],
        ['11111', ["doesn't match"]],
        ['22222', ["doesn't match"]],
        ['33333', [/can't try again/]],
        ['where is my order', [/can't check order details in this chat any more.*\[Talk to a person\]/s]],
        ['where is my order SK-100002', [/can't check order details in this chat any more/]],
      ],
    },
    {
      name: 'once verified, the same order is not asked about again',
      turns: [
        ['where is my order SK-100002', ['ZIP code']],
        ['10001', [/SK-100002.*on its way/s]],
        ['track SK-100002 again', [/SK-100002.*on its way/s]],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => play(c.turns));

  it('two order numbers: the proven one is answered, the other offered as its own check, never shown unproven', async () => {
    await play([['track SK-100002 and SK-100003', ['ZIP code']]]);
    const replies = (await say(bot!.adapter, '10001')).map(replyText);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatch(/^\*\*Order SK-100002\*\*.*on its way/s);
    expect(replies[1]).toMatch(/^You also asked about SK-100003\..*\[Status of SK-100003\]/s);
    expect(replies.join('\n')).not.toMatch(/USPS|White Linen Shirt/);
  });

  it('after three failed attempts, even the right ZIP code in a later question shows nothing', async () => {
    bot = await createTestBot();
    await converse(bot.adapter, [
      ['where is my order SK-100002', ['ZIP code']],
      ['11111', ["doesn't match"]],
      ['22222', ["doesn't match"]],
      ['33333', [/can't try again/]],
      ['where is my order SK-100002', [/can't check order details in this chat any more/]],
    ]);
    const text = (await say(bot.adapter, '10001')).map((r) => r.text ?? '').join(' ');
    expect(text).not.toMatch(/UPS|1Z999|Chino|on its way/);
  });

  it('counts wrong proofs per order number across chats, and says the same for numbers that do not exist', async () => {
    const orderProofs = new MemoryOrderProofThrottle({ wrongProofsPerOrder: 2, windowSeconds: 3600 });
    for (const orderId of ['SK-100002', 'SK-999999']) {
      bot = await createTestBot({ orderProofs });
      await converse(bot.adapter, [
        [`where is my order ${orderId}`, ['ZIP code']],
        ['11111', ["doesn't match"]],
        ['22222', ["doesn't match"]],
      ]);
      await bot.close();
      // A new chat, as a guesser would open one: the number is locked, the right ZIP code shows nothing.
      bot = await createTestBot({ orderProofs });
      await converse(bot.adapter, [[`where is my order ${orderId}`, [`I can't check order ${orderId} in chat right now`]]]);
      const afterRightZip = (await say(bot.adapter, '10001')).map((r) => r.text ?? '').join(' ');
      expect(afterRightZip).not.toMatch(/UPS|1Z999|Chino|on its way/);
      await bot.close();
      bot = undefined;
    }
  });

  it('never shows order details before the proof', async () => {
    bot = await createTestBot();
    const replies = await say(bot.adapter, 'where is my order SK-100002');
    const text = replies.map((r) => r.text ?? '').join(' ');
    expect(text).not.toMatch(/UPS|1Z999|Chino|shipped|on its way/);
  });
});

describe('where is my order: a signed-in customer', () => {
  it('shows the latest order directly, with a cancel button while it is being prepared', () =>
    play([['where is my order', [/SK-100001.*being prepared.*\[Cancel this order\]/s]]], 'C0001'));

  it('shows the order with the thing the customer names, not the newest', () =>
    play([['where is my order with the chino trousers', [/^\*\*Order SK-100002\*\*.*on its way/s]]], 'C0001'));

  it('"what\'s in it?" after an order was shown is about that order, not products', () =>
    play(
      [
        ['where is my order with the chino trousers', [/^\*\*Order SK-100002\*\*/]],
        ["what's in it?", [/^\*\*Order SK-100002\*\*.*Navy Chino Trousers/s]],
      ],
      'C0001',
    ));

  it('"it" after an order was shown is that order, for its status and for cancelling', () =>
    play(
      [
        ['where is my order with the chino trousers', [/^\*\*Order SK-100002\*\*/]],
        ['can you track it', [/^\*\*Order SK-100002\*\*/]],
        ['cancel it', [/^Order SK-100002 has already shipped/]],
      ],
      'C0001',
    ));

  it('lists the latest orders when asked what they ordered', () =>
    play([["what did i order", [/SK-100001.*SK-100002.*SK-100003/s]]], 'C0001'));

  it.each([
    // Both on the account: both answered.
    ['track SK-100002 and SK-100003', [/^\*\*Order SK-100002\*\*.*on its way/s, /^\*\*Order SK-100003\*\*.*delivered/s]],
    // One not on the account: a button that checks it the usual way, nothing shown.
    ['track SK-100002 and SK-100005', [/^\*\*Order SK-100002\*\*/, /^You also asked about SK-100005\./]],
  ])('two order numbers in one message: %s', (message, answers) => play([[message, answers]], 'C0001'));

  it('"the other one" after an order was shown is another order', () =>
    play(
      [
        ['track SK-100001', [/^\*\*Order SK-100001\*\*/]],
        ['track the other one', [/^\*\*Order SK-100002\*\*/]],
      ],
      'C0001',
    ));

  it('"and the other one?" right after an order is another order\'s status', () =>
    play(
      [
        ['track SK-100001', [/^\*\*Order SK-100001\*\*/]],
        ['and the other one?', [/^\*\*Order SK-100002\*\*/]],
      ],
      'C0001',
    ));

  it('an order number in a message understood no other way is looked up ("Wo ist meine Bestellung SK-100002?")', () =>
    play([['Wo ist meine Bestellung SK-100002?', [/^\*\*Order SK-100002\*\*/]]], 'C0001'));

  it('refuses an order on somebody else\'s account', () =>
    play([['where is my order SK-100005', ["can't find order SK-100005 on your account"]]], 'C0001'));

  it('shows a delivered order with a return button', () =>
    play([['where is my order SK-100003', [/delivered.*\[Start a return\]/s]]], 'C0001'));
});
