/**
 * Teams, Slack and the Emulator through POST /api/messages over real HTTP (anonymous, as in
 * development), replies collected with deliveryMode expectReplies: what form each answer takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTIVE, type ChannelServer, HERO, postActivity, type Reply, startChannelServer } from './channelServer.ts';
import {
  emulatorMessage,
  slackButtonClick,
  slackDirectMessage,
  teamsChannelMessage,
  teamsInstall,
  teamsPersonalMessage,
} from './fixtures.ts';

let server: ChannelServer;
beforeAll(async () => {
  server = await startChannelServer();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const cardsOf = (replies: Reply[]) => replies.flatMap((r) => r.attachments ?? []);
const actionsOf = (replies: Reply[]) => cardsOf(replies).flatMap((a) => (a.content.actions ?? []) as { type: string; title: string }[]);

describe('the server says how /api/messages is protected', () => {
  it('warns at start that /api/messages is anonymous when no MicrosoftAppId is set', () => {
    expect(server.logs.some((l) => l.level === 40 && /\/api\/messages is anonymous/.test(l.msg))).toBe(true);
  });
});

describe('an activity the bot cannot answer (anonymous mode)', () => {
  const post = (body: unknown) =>
    fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it.each([
    ['only a type', { type: 'message' }, /conversation\.id, from\.id, channelId, serviceUrl/],
    ['no conversation', { ...teamsPersonalMessage('hi', '71'), conversation: undefined }, /no conversation\.id:/],
    ['no from', { ...teamsPersonalMessage('hi', '72'), from: {} }, /no from\.id:/],
    ['no channelId', { ...teamsPersonalMessage('hi', '73'), channelId: '' }, /no channelId:/],
    ['no serviceUrl and no expectReplies', { ...teamsPersonalMessage('hi', '74'), serviceUrl: undefined }, /no serviceUrl:/],
  ])('%s: 400 with a message, before the bot runs, and nothing is logged as an error', async (_name, body, message) => {
    const before = server.logs.length;
    const res = await post(body);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(message);
    expect(text).toMatch(/conversation, from, channelId and serviceUrl are required/);
    expect(server.logs.slice(before).filter((l) => l.level >= 50)).toEqual([]);
    const conversationId = (body as { conversation?: { id: string } }).conversation?.id;
    if (conversationId) expect(await server.shopkeeper.stores.transcripts.messages(conversationId)).toEqual([]);
  });
});

describe('Microsoft Teams', () => {
  it('personal chat: product suggestions as Adaptive Cards 1.5 with Action.Submit / Action.OpenUrl only', async () => {
    const { status, replies } = await postActivity(server.base, teamsPersonalMessage('recommend something', '1'));
    expect(status).toBe(200);
    const cards = cardsOf(replies);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.contentType).toBe(ADAPTIVE);
      expect(Number(card.content.version)).toBeLessThanOrEqual(1.5);
    }
    const actionTypes = new Set(actionsOf(replies).map((a) => a.type));
    expect([...actionTypes].every((t) => t === 'Action.Submit' || t === 'Action.OpenUrl')).toBe(true);
    for (const r of replies) expect(r.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('personal chat: a clicked card button (messageBack with its value) is understood like on the website', async () => {
    const first = await postActivity(server.base, teamsPersonalMessage('recommend something', '2'));
    const similar = actionsOf(first.replies).find((a) => a.title === 'Similar items') as { data: Record<string, unknown> } | undefined;
    expect(similar).toBeDefined();
    const { msteams, ...value } = similar!.data;
    expect(msteams).toMatchObject({ type: 'messageBack', text: 'Similar items' });
    const click = await postActivity(server.base, teamsPersonalMessage('Similar items', '2', value));
    expect(click.replies.map((r) => r.text).join('\n')).toMatch(/items similar to the /);
    expect(cardsOf(click.replies).every((c) => c.contentType === ADAPTIVE)).toBe(true);
  });

  it('a card click is understood in each shape Teams may deliver its value', async () => {
    const first = await postActivity(server.base, teamsPersonalMessage('recommend something', '6'));
    const similar = actionsOf(first.replies).find((a) => a.title === 'Similar items') as { data: Record<string, any> } | undefined;
    const { msteams, ...plain } = similar!.data;
    const shapes: [string, unknown][] = [
      ['the data as sent, msteams included', similar!.data],
      ['msteams.value as a string', msteams.value],
      ['the data without msteams', plain],
    ];
    for (const [i, [name, value]] of shapes.entries()) {
      const click = await postActivity(server.base, teamsPersonalMessage('Similar items', `6${i}`, value));
      const said = click.replies.map((r) => r.text).join('\n');
      expect(said, name).toMatch(/items similar to the /);
    }
  });

  it('channel: answers an @mention in the thread, with the mention cut before recognition', async () => {
    const activity = teamsChannelMessage('how much is shipping', '3', true);
    const { replies } = await postActivity(server.base, activity);
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) {
      expect(r.conversation?.id).toBe((activity.conversation as { id: string }).id);
      expect(r.replyToId).toBe(activity.id);
      expect(r.suggestedActions).toBeUndefined();
    }
    const stored = await server.shopkeeper.stores.transcripts.messages((activity.conversation as { id: string }).id);
    const customer = stored.find((m) => m.role === 'customer');
    expect(customer?.text).toBe('how much is shipping');
    expect(customer?.understanding?.intent).toBe('shipping_info');
  });

  it('channel: says nothing to a message that does not mention the bot, and stores nothing', async () => {
    const activity = teamsChannelMessage('how much is shipping', '4', false);
    const { status, replies } = await postActivity(server.base, activity);
    expect(status).toBe(200);
    expect(replies).toEqual([]);
    expect(await server.shopkeeper.stores.transcripts.messages((activity.conversation as { id: string }).id)).toEqual([]);
  });

  it('install (conversationUpdate with the bot added): a welcome, choices as card buttons (more than three)', async () => {
    const { replies } = await postActivity(server.base, teamsInstall('5'));
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/Test Shop assistant/);
    expect(replies[0].suggestedActions).toBeUndefined();
    const card = replies[0].attachments?.[0];
    expect(card?.contentType).toBe(ADAPTIVE);
    expect(card?.content.version).toBe('1.5');
    expect(actionsOf(replies).map((a) => a.title)).toEqual(['Track my order', 'Start a return', 'Recommend something', 'Talk to a person']);
  });
});

describe('Slack', () => {
  it('direct message: product suggestions as hero cards with buttons, never Adaptive Cards', async () => {
    const { replies } = await postActivity(server.base, slackDirectMessage('recommend something', '1'));
    const cards = cardsOf(replies);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.contentType === HERO)).toBe(true);
    expect(cards[0].content.buttons.map((b: { title: string }) => b.title)).toEqual(['Similar items', 'Goes with it']);
  });

  it('a button click (channelData.Payload) runs what the button says', async () => {
    const first = await postActivity(server.base, slackDirectMessage('recommend something', '2'));
    const card = cardsOf(first.replies)[0].content as { title: string; buttons: { title: string; value: string }[] };
    const goesWith = card.buttons.find((b) => b.title === 'Goes with it')!;
    const click = await postActivity(server.base, slackButtonClick(goesWith.value, '2'));
    expect(click.status).toBe(200);
    const said = click.replies.map((r) => r.text).join('\n');
    expect(said).toMatch(new RegExp(`goes with|go with|${card.title}`, 'i'));
    expect(cardsOf(click.replies).every((c) => c.contentType === HERO)).toBe(true);
    const stored = await server.shopkeeper.stores.transcripts.messages('B0BOT1234:T0TEAM123:D0DM2');
    const clickMessage = stored.filter((m) => m.role === 'customer').at(-1);
    expect(clickMessage?.text).toBe('Goes with it');
    expect(clickMessage?.understanding?.intent).toBe('goes_with');
  });

  it('choices come as a hero card with buttons', async () => {
    const { replies } = await postActivity(server.base, slackDirectMessage('hello', '3'));
    const buttons = cardsOf(replies).flatMap((c) => (c.contentType === HERO ? c.content.buttons : []));
    expect(buttons.map((b: { title: string }) => b.title)).toContain('Track my order');
    expect(replies.every((r) => !r.suggestedActions)).toBe(true);
  });
});

describe('the Emulator and unknown channels: plain text with numbered lists', () => {
  it('suggestions as a numbered list, no cards', async () => {
    const { replies } = await postActivity(server.base, emulatorMessage('recommend something', '1'));
    expect(cardsOf(replies)).toEqual([]);
    expect(replies.map((r) => r.text).join('\n')).toMatch(/\n1\. \*\*.+\*\*, \$\d+\.\d\d: .+\n2\. /);
  });

  it('choices as a numbered list, and a reply "1" picks the first', async () => {
    const hello = await postActivity(server.base, emulatorMessage('hello', '2'));
    expect(hello.replies.map((r) => r.text).join('\n')).toMatch(/1\. Track my order\n2\. Start a return/);
    const picked = await postActivity(server.base, emulatorMessage('1', '2'));
    expect(picked.replies.map((r) => r.text).join('\n')).toMatch(/order number/);
  });
});

describe('product pictures on channels that fetch them from the internet', () => {
  let withPublicUrl: ChannelServer;
  beforeAll(async () => {
    withPublicUrl = await startChannelServer({ SHOPKEEPER_PUBLIC_URL: 'https://bot.shop.example/' });
  }, 120_000);
  afterAll(() => withPublicUrl?.stop());

  const imagesOf = (replies: Reply[]) =>
    cardsOf(replies).flatMap((card) => [
      ...((card.content.body ?? []) as { type: string; url?: string }[]).filter((b) => b.type === 'Image').map((b) => b.url),
      ...((card.content.images ?? []) as { url: string }[]).map((i) => i.url),
    ]);

  it.each([
    ['Teams, no public URL', () => server, teamsPersonalMessage('recommend something', '71'), []],
    ['Teams, SHOPKEEPER_PUBLIC_URL set', () => withPublicUrl, teamsPersonalMessage('recommend something', '72'), ['https://bot.shop.example/']],
    ['Slack, SHOPKEEPER_PUBLIC_URL set', () => withPublicUrl, slackDirectMessage('recommend something', '73'), ['https://bot.shop.example/']],
  ])('%s', async (_case, target, activity, prefixes) => {
    const { replies } = await postActivity(target().base, activity);
    const images = imagesOf(replies);
    if (!prefixes.length) return expect(images).toEqual([]);
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) expect(url).toMatch(/^https:\/\/bot\.shop\.example\/images\/products\//);
  });
});
