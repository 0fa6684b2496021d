/**
 * The review workflow and takeover over real HTTP: a customer's chat turns sour on the website, the
 * flag shows in the queue, staff assign, note, filter, search, export, resolve or mark a false
 * positive; an agent takes the chat over, the customer sees the agent's words in their Direct Line
 * stream, the bot stays quiet until handed back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, StaffClient } from '../support/staffClient.ts';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

const ANGRY = [
  'where is my order, it is three weeks late',
  'This is the third time I am asking and nobody answers. Absolutely useless, I want a refund NOW!!',
];

interface QueueResult {
  entries: { flag: { id: string; conversationId: string; status: string; severity: string; assignee?: string; reasons: string[] }; conversation?: { mode: string } }[];
  total: number;
  waitingForPerson: number;
}

describe('staff review and takeover', () => {
  let server: TestServer;
  let agent: StaffClient;
  let colleague: StaffClient;

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'sam@shop.example', 'agent', 'Sam');
    await addStaff(server, 'kim@shop.example', 'agent', 'Kim');
    agent = await StaffClient.signIn(server.base, 'sam@shop.example');
    colleague = await StaffClient.signIn(server.base, 'kim@shop.example');
  }, 120_000);
  afterAll(() => server?.stop());

  async function angryChat(extra: string[] = [], customerId?: string): Promise<DirectLineClient> {
    const customer = await DirectLineClient.start(server.base, customerId);
    for (const text of [...ANGRY, ...extra]) await customer.ask(text);
    return customer;
  }

  /** The angry chat asked a colleague to join: a flag is closed only once nobody waits (hand back). */
  async function endWait(conversationId: string) {
    const record = await server.shopkeeper.stores.transcripts.getConversation(conversationId);
    expect(record?.mode).toBe('waiting_for_person');
    const refused = await agent.post(`/staff/api/flags/${(await flagOf(conversationId))!.flag.id}/status`, { status: 'resolved' });
    expect(refused.status, 'not while the customer waits').toBe(409);
    expect((await agent.post(`/staff/api/conversations/${encodeURIComponent(conversationId)}/handback`)).status).toBe(200);
  }

  async function flagOf(conversationId: string, query = 'status=all') {
    const queue = await agent.json<QueueResult>(`/staff/api/queue?${query}&pageSize=200`);
    return queue.entries.find((e) => e.flag.conversationId === conversationId);
  }

  it('lists a conversation that turned negative, with its reasons, and opens it with scores and intents', async () => {
    const customer = await angryChat([], 'C0001');
    const entry = await flagOf(customer.conversationId, 'status=open');
    expect(entry, 'the negative chat is in the open queue').toBeDefined();
    expect(entry!.flag.status).toBe('new');
    expect(entry!.flag.reasons.length).toBeGreaterThan(0);

    const view = await agent.json(`/staff/api/conversations/${encodeURIComponent(customer.conversationId)}`);
    const customerMessages = view.messages.filter((m: any) => m.role === 'customer');
    expect(customerMessages.map((m: any) => m.text)).toEqual(ANGRY);
    expect(customerMessages[1].sentiment.label).toBe('negative');
    expect(customerMessages[1].understanding.intent).toEqual(expect.any(String));
    expect(view.messages.some((m: any) => m.flagReasons.length > 0)).toBe(true);
    expect(view.profile.customer.id).toBe('C0001');
    expect(view.profile.orders.map((o: any) => o.id)).toContain('SK-100001');

    const page = await agent.get(`/staff/conversations/${encodeURIComponent(customer.conversationId)}`);
    const html = await page.text();
    expect(html).toContain('class="sentiment negative"');
    expect(html).toContain('⚑ Flagged');
    expect(html).toContain('Ada Lovelace');
  });

  it('assigns, notes, moves through the statuses, and keeps the audit trail', async () => {
    const customer = await angryChat();
    const { flag } = (await flagOf(customer.conversationId))!;

    const assigned = await agent.post(`/staff/api/flags/${flag.id}/assign`, { assignee: 'me' }).then((r) => r.json());
    expect(assigned).toMatchObject({ assignee: 'sam@shop.example', status: 'in_review' });
    const noted = await agent.post(`/staff/api/flags/${flag.id}/notes`, { text: 'Called the courier, parcel is at the depot.' }).then((r) => r.json());
    expect(noted.notes.map((n: any) => n.text)).toEqual(['Called the courier, parcel is at the depot.']);

    const mine = await agent.json<QueueResult>('/staff/api/queue?assignee=me');
    expect(mine.entries.map((e) => e.flag.id)).toContain(flag.id);
    const unassigned = await agent.json<QueueResult>('/staff/api/queue?assignee=none');
    expect(unassigned.entries.map((e) => e.flag.id)).not.toContain(flag.id);

    await endWait(customer.conversationId);
    const resolved = await agent.post(`/staff/api/flags/${flag.id}/status`, { status: 'resolved' }).then((r) => r.json());
    expect(resolved.status).toBe('resolved');
    expect(resolved.events.map((e: any) => e.action)).toEqual(['assigned', 'note', 'handed_back', 'status']);
    expect((await flagOf(customer.conversationId, 'status=open'))).toBeUndefined();
    expect((await flagOf(customer.conversationId, 'status=resolved'))?.flag.id).toBe(flag.id);

    const bad = await agent.post(`/staff/api/flags/${flag.id}/status`, { status: 'done' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/unknown status "done"/);
  });

  it('does not raise the same messages again once staff closed the flag', async () => {
    const customer = await angryChat();
    const { flag } = (await flagOf(customer.conversationId))!;
    await endWait(customer.conversationId);
    await agent.post(`/staff/api/flags/${flag.id}/status`, { status: 'resolved' });
    await customer.ask('ok thanks');
    expect((await flagOf(customer.conversationId, 'status=open'))).toBeUndefined();
  });

  it('keeps a false positive as feedback for the sentiment scorer', async () => {
    const customer = await angryChat();
    const { flag } = (await flagOf(customer.conversationId))!;
    await endWait(customer.conversationId);
    const res = await agent.post(`/staff/api/flags/${flag.id}/status`, { status: 'false_positive' });
    expect((await res.json()).status).toBe('false_positive');
    const feedback = await server.shopkeeper.stores.staff.listFeedback();
    const mine = feedback.filter((f) => f.conversationId === customer.conversationId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ scoredLabel: 'negative', label: 'neutral', by: 'sam@shop.example' });
  });

  it.each([
    ['severity=high', (e: QueueResult['entries'][number]) => e.flag.severity === 'high'],
    ['channel=directline', () => true],
    ['status=all&sort=newest', () => true],
  ])('filters the queue by %s', async (query, holds) => {
    const result = await agent.json<QueueResult>(`/staff/api/queue?${query}`);
    expect(result.entries.every(holds)).toBe(true);
  });

  it('finds conversations by words in their messages', async () => {
    const customer = await angryChat(['my parcel number is ZX-99 and the courier is Hermes']);
    const hit = await agent.json<QueueResult>(`/staff/api/queue?status=all&q=${encodeURIComponent('hermes zx-99')}`);
    expect(hit.entries.map((e) => e.flag.conversationId)).toEqual([customer.conversationId]);
    const miss = await agent.json<QueueResult>(`/staff/api/queue?status=all&q=${encodeURIComponent('hermes dpd')}`);
    expect(miss.total).toBe(0);
  });

  it('pages the queue', async () => {
    const all = await agent.json<QueueResult & { pages: number }>('/staff/api/queue?status=all&pageSize=1');
    expect(all.total).toBeGreaterThan(1);
    expect(all.pages).toBe(all.total);
    const second = await agent.json<QueueResult & { page: number }>('/staff/api/queue?status=all&pageSize=1&page=2');
    expect(second.page).toBe(2);
    expect(second.entries[0].flag.id).not.toBe(all.entries[0].flag.id);
  });

  it('lets an agent take over: the customer sees them, the bot stays quiet until handed back', async () => {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('hi');
    await customer.ask('I want to talk to a real person please');
    const queue = await agent.json<QueueResult>('/staff/api/queue');
    expect(queue.waitingForPerson).toBeGreaterThan(0);
    const waiting = queue.entries.find((e) => e.flag.conversationId === customer.conversationId);
    expect(waiting?.conversation?.mode).toBe('waiting_for_person');
    expect(queue.entries[0].conversation?.mode, 'people waiting come first').toBe('waiting_for_person');

    const id = encodeURIComponent(customer.conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    const joined = await customer.poll();
    expect(joined.filter((a) => a.type === 'message').map((a) => a.text)).toEqual([
      "Sam: Hi, I'm Sam from the team. I've read our conversation so far and I'm here to help.",
    ]);
    expect(joined.find((a) => a.type === 'event')).toMatchObject({ name: 'handoff.status', value: { state: 'accepted' } });

    expect(await customer.ask('where is my order?'), 'the bot is quiet while Sam answers').toEqual([]);
    expect((await colleague.post(`/staff/api/conversations/${id}/reply`, { text: 'me too' })).status).toBe(409);
    expect((await colleague.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(409);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'It left our warehouse this morning.' })).status).toBe(200);
    expect((await customer.poll()).map((a) => a.text)).toEqual(['Sam: It left our warehouse this morning.']);

    const view = await agent.json(`/staff/api/conversations/${id}`);
    expect(view.messages.filter((m: any) => m.role === 'agent').map((m: any) => m.text)).toContain('Sam: It left our warehouse this morning.');
    expect(view.messages.filter((m: any) => m.role === 'customer').map((m: any) => m.text)).toContain('where is my order?');

    expect((await agent.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    const back = await customer.poll();
    expect(back.find((a) => a.type === 'message')?.text).toMatch(/handing you back/);
    expect(back.find((a) => a.type === 'event')).toMatchObject({ name: 'handoff.status', value: { state: 'completed' } });
    expect((await customer.ask('hello')).length, 'the bot answers again').toBeGreaterThan(0);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'late' })).status).toBe(409);
  });

  it('after a hand-back the bot starts afresh: no question from before the takeover', async () => {
    const customer = await DirectLineClient.start(server.base);
    expect((await customer.ask('where is my order')).join(' ')).toMatch(/order number/);
    const id = encodeURIComponent(customer.conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    expect((await agent.post(`/staff/api/conversations/${id}/reply`, { text: 'Found it: it arrives tomorrow.' })).status).toBe(200);
    expect((await agent.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    await customer.poll();
    const reply = (await customer.ask('great, thanks')).join(' ');
    expect(reply).not.toMatch(/order number/);
    expect(reply.length).toBeGreaterThan(0);
  });

  it('takes over and replies through the HTML forms too', async () => {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('I want to speak to a human');
    const id = encodeURIComponent(customer.conversationId);
    const page = await agent.get(`/staff/conversations/${id}`);
    agent.csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
    const taken = await agent.postForm(`/staff/conversations/${id}/takeover`, {});
    expect(taken.status).toBe(303);
    expect(taken.headers.get('location')).toBe(`/staff/conversations/${id}`);
    const after = await (await agent.get(`/staff/conversations/${id}`)).text();
    expect(after).toContain('You are answering this customer now');
    expect(after).toContain('id="reply-form"');
    expect((await agent.postForm(`/staff/conversations/${id}/reply`, { text: 'Hello from the form' })).status).toBe(303);
    expect((await customer.poll()).map((a) => a.text)).toContain('Sam: Hello from the form');
  });

  it('exports the transcript as JSON and as CSV, with spreadsheet formulas defused', async () => {
    const customer = await angryChat(['=HYPERLINK("http://evil.example","click me")']);
    const id = encodeURIComponent(customer.conversationId);
    const json = await agent.get(`/staff/conversations/${id}/export.json`);
    expect(json.headers.get('content-disposition')).toMatch(/attachment; filename="?conversation-.*\.json"?/);
    const body = (await json.json()) as { messages: { text: string }[] };
    expect(body.messages.map((m) => m.text)).toContain('=HYPERLINK("http://evil.example","click me")');

    const csv = await agent.get(`/staff/conversations/${id}/export.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('timestamp,role,from,text,sentiment_score,sentiment_label,sentiment_reasons,intent,intent_confidence,flag_reasons,suggested_products');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click me"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('renders customer HTML as text on the conversation page', async () => {
    const customer = await angryChat(['<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> still waiting!!']);
    const html = await (await agent.get(`/staff/conversations/${encodeURIComponent(customer.conversationId)}`)).text();
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;');
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');

    const queue = await (await agent.get('/staff/queue?status=all&q=pwned')).text();
    expect(queue, 'the queue shows the latest customer words, as text').toContain('“&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(queue).not.toContain('<script>window.pwned');
  });

  it("shows the bot's bold as bold, never customer Markdown or HTML, and names signed-in customers in the queue", async () => {
    const customer = await angryChat(['**not bold** <b>nor this</b>'], 'C0001');
    const id = encodeURIComponent(customer.conversationId);
    const view = await agent.json(`/staff/api/conversations/${id}`);
    const bold = view.messages.find((m: any) => m.role === 'bot' && /\*\*[^*]+\*\*/.test(m.text));
    expect(bold, 'the bot answered with Markdown bold').toBeDefined();
    const html = await (await agent.get(`/staff/conversations/${id}`)).text();
    const [, boldText] = /\*\*([^*]+)\*\*/.exec(bold.text)!;
    expect(html).toContain(`<strong>${boldText}</strong>`);
    expect(html).toContain('**not bold** &lt;b&gt;nor this&lt;/b&gt;');

    const queue = await (await agent.get(`/staff/queue?status=all&q=${encodeURIComponent('nor this')}`)).text();
    expect(queue).toContain('Ada Lovelace <span class="muted">C0001</span>');
    expect(queue).toMatch(/\d+ messages/);
    expect(queue).toContain('What the severities and scores mean');
  });

  it('shows the dashboard figures for a period', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const figures = await agent.json(`/staff/api/dashboard?from=${today}&to=${today}`);
    expect(figures.conversations).toBeGreaterThan(3);
    expect(figures.flaggedConversations).toBeGreaterThan(0);
    expect(figures.flaggedRate).toBeGreaterThan(0);
    expect(figures.personRequests).toBeGreaterThan(0);
    expect(figures.byDay).toEqual([expect.objectContaining({ day: today, conversations: figures.conversations })]);
    expect(figures.topIntents.length).toBeGreaterThan(0);
    const page = await agent.get(`/staff/dashboard?from=${today}&to=${today}`);
    expect(await page.text()).toContain('id="chart-sentiment"');
    expect((await agent.get('/staff/api/dashboard?from=2026-02-01&to=2026-01-01')).status).toBe(400);
  });

  it('lets only an admin erase a conversation', async () => {
    await addStaff(server, 'root@shop.example', 'admin');
    const admin = await StaffClient.signIn(server.base, 'root@shop.example');
    const customer = await angryChat();
    const id = encodeURIComponent(customer.conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/delete`)).status).toBe(403);
    expect((await admin.post(`/staff/api/conversations/${id}/delete`)).status).toBe(200);
    expect((await admin.get(`/staff/api/conversations/${id}`)).status).toBe(404);
    expect(await flagOf(customer.conversationId)).toBeUndefined();
    const search = await admin.json<QueueResult>(`/staff/api/queue?status=all&q=useless`);
    expect(search.entries.map((e) => e.flag.conversationId)).not.toContain(customer.conversationId);
  });
});
