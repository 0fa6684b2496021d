import { afterEach, describe, expect, it } from 'vitest';
import { converse, createTestBot, say, type TestBot, type Turn } from '../support/testBot.ts';

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

describe('product suggestions', () => {
  const cases: { name: string; turns: Turn[]; customerId?: string }[] = [
    {
      name: 'recommends in-stock products with a reason each',
      turns: [['recommend something', [/picks.*1\. \*\*.*\*\*, \$\d+\.\d\d: .+/s]]],
    },
    {
      name: 'honours a price limit',
      turns: [['a gift for my dad under 20', [/^Here are some popular picks under \$20\.(?![\s\S]*\*\*, \$(?:[2-9]\d|\d{3,})\.)[\s\S]*Ceramic Mug\*\*, \$12\.00/]]],
    },
    {
      name: 'a gift for a grown-up brings no toys; for a child, toys first',
      turns: [
        ['a gift for my dad under 20', [/^(?![\s\S]*Wooden Train Set)[\s\S]*Ceramic Mug/]],
        ['a gift for my nephew', [/^[^\n]*\n*[\s\S]*1\. \*\*Wooden Train Set\*\*/]],
      ],
    },
    {
      name: 'honours a colour and a category',
      turns: [['do you have white shirts', [/White Linen Shirt/]]],
    },
    {
      name: 'says what it searched for',
      turns: [['do you have linen shirts under 40', [/^Here are some popular picks: linen shirts under \$40\.\n\n1\. \*\*Blue Linen Shirt\*\*, \$39\.00(?![\s\S]*White Linen)/]]],
    },
    {
      name: 'relaxes a colour nothing matches, and says what it could not find',
      turns: [['do you have navy shirts', [/^I couldn't find navy shirts in stock, so here are the closest, in other colours:.*Linen Shirt/s]]],
    },
    {
      name: 'relaxes a price before a material',
      turns: [['looking for linen shirts under 30', [/^I couldn't find linen shirts under \$30 in stock, so here are the closest, at other prices:.*Blue Linen Shirt/s]]],
    },
    {
      name: 'a dropped price limit shows the nearest prices first',
      turns: [['do you have shirts over 50', [/^I couldn't find shirts over \$50 in stock, so here are the closest, at other prices:\n\n1\. \*\*White Linen Shirt\*\*, \$42\.00[^\n]*\n2\. \*\*Blue Linen Shirt\*\*/]]],
    },
    {
      name: 'relaxes one filter after another, and names each',
      turns: [['do you have navy shirts under 30', [/^I couldn't find navy shirts under \$30 in stock, so here are the closest, in other colours and at other prices:.*Blue Linen Shirt/s]]],
    },
    {
      name: 'searches the catalog for the words that are not filters',
      turns: [['do you have belts', [/^Here are some popular picks matching “belts”\.\n\n1\. \*\*Brown Leather Belt\*\*, \$25\.00: [^\n]+$/]]],
    },
    {
      name: 'keeps to the searched kind of thing when it relaxes a colour',
      turns: [['do you have white belts', [/^I couldn't find anything in white matching “belts” in stock, so here are the closest, in other colours:\n\n1\. \*\*Brown Leather Belt\*\*[^\n]+$/]]],
    },
    {
      name: 'the thing searched for wins over a category word that describes it ("coffee grinders")',
      turns: [['do you have kitchen belts', [/^Here are some popular picks matching “belts”\.\n\n1\. \*\*Brown Leather Belt\*\*/]]],
    },
    {
      name: 'says when the shop sells nothing of the kind asked for',
      turns: [['do you have bikes', [/^I couldn't find “bikes” in our shop, so here are some popular picks:/]]],
    },
    {
      name: 'a noun that names no product is not reported missing, nor one beside a category the shop has',
      turns: [
        ['do you have bikes in any colour', [/^I couldn't find “bikes” in our shop/]],
        ['do you have kitchen bikes', [/^(?![\s\S]*couldn't find)[\s\S]*Ceramic Mug/]],
      ],
    },
    {
      name: 'relaxes a material last',
      turns: [['do you have leather shirts', [/^I couldn't find leather shirts in stock, so here are the closest, in other materials:.*Linen Shirt/s]]],
    },
    {
      name: 'finds items similar to a named product, the same kind of thing first',
      turns: [['something like the Blue Linen Shirt', [/^Here are items similar to the Blue Linen Shirt\.\s*1\. \*\*White Linen Shirt\*\*.*2\. \*\*(?!White)/s]]],
    },
    {
      name: "a named product's own words are no filter; words beside it are",
      turns: [['something like the Blue Linen Shirt but in white', [/^Here are items similar to the Blue Linen Shirt in white\.\s*1\. \*\*White Linen Shirt\*\*(?![\s\S]*(Navy|Brown|Oak|Rose))/]]],
    },
    {
      name: '"what goes with it" refers to the product talked about last',
      turns: [
        ['something like the Blue Linen Shirt', [/similar to the Blue Linen Shirt/]],
        ['what goes with it', [/go well with the Blue Linen Shirt/]],
      ],
    },
    {
      name: 'asks which product when none is named',
      turns: [['something similar', ['Which product do you mean?']]],
    },
    {
      name: 'takes the best catalog match for a kind of product, and says which it took',
      turns: [
        ['something similar to a belt', [/^I took “belt” to mean the Brown Leather Belt\. Here are items similar to the Brown Leather Belt\./]],
        ['what goes with it', [/go well with the Brown Leather Belt/]],
      ],
    },
    {
      name: 'asks which product when the kind named is not in the catalog',
      turns: [['something similar to a leather bike', ['Which product do you mean?']]],
    },
    {
      name: '"show me cheaper ones" asks the last search again below its cheapest item, and says when there is nothing',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt\*\*, \$39\.00[\s\S]*White Linen Shirt/]],
        ['show me cheaper ones', [/^Sorry, there's nothing cheaper in stock: I looked for shirts under \$39\.\n/]],
      ],
    },
    {
      name: '"anything pricier?" and then "cheaper ones" move the price past the list, keep its search, and never repeat it',
      turns: [
        ['recommend something', [/1\. \*\*Ceramic Mug\*\*[\s\S]*Blue Linen Shirt/]],
        ['anything pricier?', [/^Here are pricier picks over \$39\.\n\n1\. \*\*White Linen Shirt\*\*, \$42\.00[^\n]*\n2\. \*\*Navy Chino Trousers\*\*, \$55\.00[^\n]*$/]],
        ['show me cheaper ones', [/^Here are cheaper picks under \$42\.\n\n1\. \*\*Ceramic Mug\*\*(?![\s\S]*(White Linen|Navy Chino))/]],
      ],
    },
    {
      name: 'a colour said with "pricier" narrows the list',
      turns: [
        ['recommend something', [/Ceramic Mug/]],
        ['anything pricier in white', [/^Here are pricier picks in white over \$39\.\n\n1\. \*\*White Linen Shirt\*\*[^\n]*$/]],
      ],
    },
    {
      name: '"cheaper than" a named product: similar items below its price, the same kind first',
      turns: [
        ['anything cheaper than the White Linen Shirt', [/^Here are cheaper items similar to the White Linen Shirt under \$42\.\n\n1\. \*\*Blue Linen Shirt\*\*(?![\s\S]*(White Linen|Navy Chino))/]],
      ],
    },
    {
      name: '"in white?" and "any under 40?" narrow the last list, and say what they relaxed',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt[\s\S]*White Linen Shirt/]],
        ['in white?', [/^Here are some popular picks: white shirts\.\n\n1\. \*\*White Linen Shirt\*\*[^\n]*$/]],
        ['any under 40?', [/^I couldn't find white shirts under \$40 in stock, so here are the closest, in other colours:\n\n1\. \*\*Blue Linen Shirt\*\*[^\n]*$/]],
      ],
    },
    {
      name: 'a follow-up that names something new is a new search, not a narrowed list',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['any white mugs?', [/^Here are some popular picks in white matching “mugs”\.\n\n1\. \*\*Ceramic Mug\*\*/]],
      ],
    },
    {
      name: 'a colour the product does not come in is said, with similar items that do',
      turns: [['is the Ceramic Mug in stock in blue', [/^The Ceramic Mug \(\$12\.00\) comes in white only, not in blue\.$/, /^Similar items in blue:[\s\S]*Blue Linen Shirt/]]],
    },
    {
      // Shops list each colour as its own product: the Blue and White Linen Shirts are one shirt in two colours.
      name: 'the same product in another colour is that product, and its colours are listed when asked',
      turns: [
        ['is the Blue Linen Shirt in stock in white', [/^The White Linen Shirt costs \$42\.00 and is in stock \(only 5 left\)\.$/]],
        ['is the Blue Linen Shirt in stock', [/^The Blue Linen Shirt costs \$39\.00 and is in stock \(only 10 left\)\.$/]],
        ['any other colours?', [/^Besides blue, the Linen Shirt comes in white:\n\n1\. \*\*White Linen Shirt\*\*/]],
        ['white', [/^The White Linen Shirt costs \$42\.00/]],
        ['still in stock?', [/^The White Linen Shirt costs \$42\.00 and is in stock \(only 5 left\)\.$/]],
        ['what about navy', [/^The Linen Shirt comes in blue and white, not in navy\.$/, /^Similar items in navy:[\s\S]*Navy Chino Trousers/]],
      ],
    },
    {
      name: '"which is better, X or Y?" puts the two side by side, with the price difference, and judges nothing',
      turns: [
        [
          'which is better, the Blue Linen Shirt or the White Linen Shirt?',
          [/^Here they are side by side:\n\n- \*\*Blue Linen Shirt\*\*: \$39\.00, only 10 left; blue, size m, linen\..*\n- \*\*White Linen Shirt\*\*: \$42\.00, only 5 left; white, size l, linen\..*The Blue Linen Shirt is \$3\.00 cheaper\..*\[More about the Blue Linen Shirt\] \[More about the White Linen Shirt\]/s],
        ],
      ],
    },
    {
      name: 'after an out-of-stock answer and its similar items, "it" is still the product asked about',
      turns: [
        ['is the Oak Cutting Board in stock', [/^The Oak Cutting Board costs \$35\.00 and is out of stock/, /^These similar items are in stock/]],
        ['what colours does it come in', [/^The Oak Cutting Board comes in natural only\.$/]],
      ],
    },
    {
      name: 'a product in one colour only says so',
      turns: [
        ['is the Ceramic Mug in stock', [/^The Ceramic Mug costs/]],
        ['what colours does it come in', [/^The Ceramic Mug comes in white only\.$/]],
      ],
    },
    {
      name: '"2" right after a list, or "tell me more about the first one", gives that product\'s details',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt[\s\S]*White Linen Shirt/]],
        // What the description already says (the fixture's is the name) is not said again.
        ['2', [/^\*\*White Linen Shirt\*\*, \$42\.00\. White Linen Shirt\. \(size L\.\) In stock \(only 5 left\)\..*\[Similar items\].*\[What goes with it\]/s]],
        ['tell me more about the first one', [/^\*\*Blue Linen Shirt\*\*, \$39\.00\./]],
      ],
    },
    {
      name: '"the second one" and a bare colour after a list are about that list',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt[\s\S]*White Linen Shirt/]],
        ["I'll take the second", [/^\*\*White Linen Shirt\*\*, \$42\.00\./]],
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['white', [/^Here are some popular picks: white shirts\./]],
      ],
    },
    {
      name: 'a correction is read for what it says instead ("sorry, I meant white")',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['sorry, I meant white', [/^Here are some popular picks: white shirts\./]],
      ],
    },
    {
      // (On this plain-text test channel a bare "1" after the details picks its first button, "Similar items".)
      name: 'after one listed product\'s details, another pick is still from the list; a one-item list is "it"',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['2', [/^\*\*White Linen Shirt\*\*/]],
        ['the first one', [/^\*\*Blue Linen Shirt\*\*/]],
        ['do you have belts', [/Brown Leather Belt/]],
        ['something similar', [/^Here are items similar to the Brown Leather Belt\./]],
      ],
    },
    {
      name: 'a bare number long after a list picks nothing from it',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['hello', [/Welcome/]],
        ['2', [/^(?![\s\S]*White Linen Shirt)/]],
      ],
    },
    {
      name: '"show me more" goes on down the last search, then says when that is all',
      turns: [
        ['recommend something', [/1\. \*\*Ceramic Mug\*\*[\s\S]*5\. \*\*Blue Linen Shirt\*\*/]],
        ['show me more', [/^Here are more\.\n\n1\. \*\*White Linen Shirt\*\*[^\n]*\n2\. \*\*Navy Chino Trousers\*\*[^\n]*$/]],
        ['any others?', [/^That's all I have in stock right now\./]],
      ],
    },
    {
      name: '"what\'s it made of?" and "is it dishwasher safe?" get the product\'s details',
      turns: [
        ['is the Brown Leather Belt in stock', [/Brown Leather Belt costs \$25\.00/]],
        ["what's it made of?", [/^\*\*Brown Leather Belt\*\*, \$25\.00\. Brown Leather Belt\. In stock\./]],
        ["what's the Navy Chino Trousers' fabric", [/^\*\*Navy Chino Trousers\*\*, \$55\.00\. Navy Chino Trousers\. \(size M, made of cotton twill\.\)/]],
        ['is the Ceramic Mug dishwasher safe?', [/^\*\*Ceramic Mug\*\*, \$12\.00\..*Its care instructions are not in our catalog: a person from our team can check\./s]],
      ],
    },
    {
      name: '"what\'s it made of?" after a list: its only item, or a question which one',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ["what's it made of?", [/^Which one do you mean\?.*\[Blue Linen Shirt\].*\[White Linen Shirt\]/s]],
        ['do you have belts', [/Brown Leather Belt/]],
        ["what's it made of?", [/^\*\*Brown Leather Belt\*\*, \$25\.00\./]],
      ],
    },
    {
      name: 'after a price answer, "anything cheaper?" compares with that product, not an earlier list',
      turns: [
        ['do you have shirts', [/Blue Linen Shirt/]],
        ['how much is the White Linen Shirt', [/White Linen Shirt costs \$42\.00/]],
        ['anything cheaper?', [/^Here are cheaper items similar to the White Linen Shirt under \$42\.\n\n1\. \*\*Blue Linen Shirt\*\*/]],
      ],
    },
    {
      name: '"add it to my cart" is told the chat takes no orders, naming the product talked about',
      turns: [
        ['is the Brown Leather Belt in stock', [/Brown Leather Belt costs/]],
        ['add it to my cart', [/^I can't add things to your basket or place orders from this chat\. Find the Brown Leather Belt on our website/]],
      ],
    },
    {
      name: 'answers price and stock, and offers in-stock alternatives when it is out of stock',
      turns: [['is the Oak Cutting Board in stock', [/Oak Cutting Board costs \$35\.00 and is out of stock/, /similar items are in stock/]]],
    },
  ];
  for (const c of cases) it(c.name, () => play(c.turns, c.customerId).then(() => undefined));

  it('after a list, "the first one" and "number 2" pick from it, and "which product?" offers its items', async () => {
    bot = await createTestBot();
    const list = (await say(bot.adapter, 'recommend something')).map((r) => r.text ?? '').join(' ');
    const listed = [...list.matchAll(/\d\. \*\*([^*]+)\*\*/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(1);
    await converse(bot.adapter, [
      ['something like the first one', [new RegExp(`similar to the ${listed[0]}`)]],
      ['recommend something', [/picks/]],
      ['what goes with number 2', [new RegExp(`go well with the ${listed[1]}`)]],
      ['recommend something', [/picks/]],
      ['something similar', [new RegExp(`Which product do you mean\\?.*or pick one.*\\[${listed[0]}\\]`, 's')]],
    ]);
  });

  it('never suggests what the customer has returned', async () => {
    bot = await createTestBot({ customerId: 'C0002' });
    const replies = await say(bot.adapter, 'recommend shirts');
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toContain('White Linen Shirt');
    expect(text).not.toContain('Blue Linen Shirt');
  });

  it('records the suggestions shown as interactions of the customer, and the product ids on the transcript', async () => {
    bot = await createTestBot({ customerId: 'C0001' });
    await say(bot.adapter, 'recommend something from kitchen');
    await new Promise((r) => setTimeout(r, 50));
    const shown = (await bot.stores.interactions.all()).filter((i) => i.type === 'suggestion_shown');
    expect(shown.map((i) => i.productId)).toEqual(['P0006']);
    const [conversation] = await bot.stores.transcripts.listConversations();
    const messages = await bot.stores.transcripts.messages(conversation.id);
    expect(messages.find((m) => m.role === 'bot')?.suggestedProductIds).toEqual(['P0006']);
  });

  it('a pressed "Similar items" button is understood from its value and recorded as a click', async () => {
    bot = await createTestBot({ customerId: 'C0001' });
    const replies = await say(bot.adapter, { type: 'message', text: '', value: { intent: 'similar_items', productId: 'P0001', clicked: 'P0001' } });
    expect(replies.find((r) => r.type === 'message')?.text).toContain('similar to the Blue Linen Shirt');
    await new Promise((r) => setTimeout(r, 50));
    expect((await bot.stores.interactions.all()).some((i) => i.type === 'suggestion_clicked' && i.productId === 'P0001')).toBe(true);
  });
});
