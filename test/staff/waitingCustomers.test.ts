/**
 * No customer is left waiting for nobody, over real HTTP: a flag cannot be closed while its customer
 * waits for a person (staff take over or hand back first), the waiting count and filter follow the
 * conversation whatever its flag says, a chat another agent holds can be freed by an admin, and
 * disabling an agent hands their chats back. Erasing a conversation erases the bot's state of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STILL_WAITING } from '../../src/staff/reviewService.ts';
import { addStaff, StaffClient } from '../support/staffClient.ts';
import { DirectLineClient, startTestServer, type TestServer } from '../support/testServer.ts';

interface QueueResult {
  entries: { flag: { id: string; conversationId: string; status: string }; conversation?: { mode: string } }[];
  total: number;
  waitingForPerson: number;
}

describe('customers waiting for a person', () => {
  let server: TestServer;
  let agent: StaffClient;
  let colleague: StaffClient;
  let admin: StaffClient;

  beforeAll(async () => {
    server = await startTestServer();
    await addStaff(server, 'sam@shop.example', 'agent', 'Sam');
    await addStaff(server, 'eve@shop.example', 'agent', 'Eve');
    await addStaff(server, 'kim@shop.example', 'agent', 'Kim');
    await addStaff(server, 'root@shop.example', 'admin', 'Ruth');
    agent = await StaffClient.signIn(server.base, 'sam@shop.example');
    colleague = await StaffClient.signIn(server.base, 'kim@shop.example');
    admin = await StaffClient.signIn(server.base, 'root@shop.example');
  }, 120_000);
  afterAll(() => server?.stop());

  async function waitingCustomer(): Promise<DirectLineClient> {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('I want to talk to a real person please');
    const record = await server.shopkeeper.stores.transcripts.getConversation(customer.conversationId);
    expect(record?.mode).toBe('waiting_for_person');
    return customer;
  }

  async function entryOf(conversationId: string, query: string) {
    const queue = await agent.json<QueueResult>(`/staff/api/queue?${query}&pageSize=200`);
    return { queue, entry: queue.entries.find((e) => e.flag.conversationId === conversationId) };
  }

  async function csrfFrom(client: StaffClient, path: string): Promise<string> {
    const html = await (await client.get(path)).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)![1];
  }

  it('refuses to resolve or dismiss the flag of a customer still waiting, with a reason (API and form)', async () => {
    const customer = await waitingCustomer();
    const { entry, queue: before } = await entryOf(customer.conversationId, 'status=open');
    const flagId = entry!.flag.id;

    for (const status of ['resolved', 'false_positive']) {
      const res = await agent.post(`/staff/api/flags/${flagId}/status`, { status });
      expect(res.status, status).toBe(409);
      expect(((await res.json()) as { error: string }).error).toBe(STILL_WAITING);
    }
    const flag = await server.shopkeeper.stores.flags.getFlag(flagId);
    expect(flag?.status).toBe('new');

    // The form: back on the conversation page, with the reason.
    const page = `/staff/conversations/${encodeURIComponent(customer.conversationId)}`;
    agent.csrf = await csrfFrom(agent, page);
    const form = await agent.postForm(`/staff/flags/${flagId}/status`, { status: 'resolved', _back: page });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(page);
    const shown = await (await agent.get(page)).text();
    expect(shown).toContain('the customer is still waiting for a person: take over or hand back first');
    expect(shown, 'the page offers both ways out').toContain('Hand back to the bot');

    const { queue: after } = await entryOf(customer.conversationId, 'status=open');
    expect(after.waitingForPerson).toBe(before.waitingForPerson);
  });

  it('counts and lists a waiting customer whatever their flag says', async () => {
    const customer = await waitingCustomer();
    const { entry, queue: before } = await entryOf(customer.conversationId, 'status=open');
    // A flag closed before this rule existed (or by a script): the customer still waits.
    const flag = (await server.shopkeeper.stores.flags.getFlag(entry!.flag.id))!;
    await server.shopkeeper.stores.flags.saveFlag({ ...flag, status: 'resolved' });

    const open = await entryOf(customer.conversationId, 'status=open');
    expect(open.queue.waitingForPerson, 'still counted').toBe(before.waitingForPerson);
    expect(open.entry?.flag.status, 'still in the open queue').toBe('resolved');
    expect((await entryOf(customer.conversationId, 'waiting=1')).entry, 'the waiting filter').toBeDefined();
    expect((await entryOf(customer.conversationId, 'status=open&waiting=1')).entry, 'the page\'s waiting filter').toBeDefined();
    const all = await agent.json<QueueResult>('/staff/api/queue?status=all&pageSize=200');
    const waitingConversations = new Set(all.entries.filter((e) => e.conversation?.mode === 'waiting_for_person').map((e) => e.flag.conversationId));
    expect(all.waitingForPerson).toBe(waitingConversations.size);
  });

  it('ends a wait by handing back to the bot: the customer is told, then the flag can be resolved', async () => {
    const customer = await waitingCustomer();
    const { entry, queue: before } = await entryOf(customer.conversationId, 'status=open');
    await customer.poll();
    const id = encodeURIComponent(customer.conversationId);
    expect((await agent.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    const told = (await customer.poll()).filter((a) => a.type === 'message').map((a) => String(a.text));
    expect(told.join('\n')).toMatch(/Sam: .*our assistant will carry on helping you/);
    expect((await server.shopkeeper.stores.transcripts.getConversation(customer.conversationId))?.mode).toBe('bot');

    const resolved = await agent.post(`/staff/api/flags/${entry!.flag.id}/status`, { status: 'resolved' });
    expect(resolved.status).toBe(200);
    const after = await entryOf(customer.conversationId, 'status=open');
    expect(after.entry).toBeUndefined();
    expect(after.queue.waitingForPerson).toBe(before.waitingForPerson - 1);
    expect((await customer.ask('hello')).length, 'the bot answers again').toBeGreaterThan(0);
  });

  it('lets an admin (not another agent) hand back or take over a chat a colleague holds', async () => {
    const eve = await StaffClient.signIn(server.base, 'eve@shop.example');
    const customer = await waitingCustomer();
    const id = encodeURIComponent(customer.conversationId);
    expect((await eve.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);

    const adminPage = await (await admin.get(`/staff/conversations/${id}`)).text();
    expect(adminPage).toContain('Eve is answering this customer.');
    expect(adminPage).toContain(`action="/staff/conversations/${id}/handback"`);
    expect(adminPage).toContain('Take over from Eve');
    const colleaguePage = await (await colleague.get(`/staff/conversations/${id}`)).text();
    expect(colleaguePage).not.toContain(`action="/staff/conversations/${id}/handback"`);
    expect((await colleague.post(`/staff/api/conversations/${id}/handback`)).status).toBe(403);

    await customer.poll();
    expect((await admin.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    expect((await customer.poll()).map((a) => a.text).join('\n')).toContain("Ruth: Hi, I'm Ruth from the team, taking over from Eve.");
    expect((await eve.post(`/staff/api/conversations/${id}/reply`, { text: 'still here' })).status).toBe(409);
    expect((await admin.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
    expect((await server.shopkeeper.stores.transcripts.getConversation(customer.conversationId))?.mode).toBe('bot');
  });

  it('hands back the chats of an agent who is disabled', async () => {
    await addStaff(server, 'leaver@shop.example', 'agent', 'Lee');
    const leaver = await StaffClient.signIn(server.base, 'leaver@shop.example');
    const customer = await waitingCustomer();
    const id = encodeURIComponent(customer.conversationId);
    expect((await leaver.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
    await customer.poll();

    const disabled = await admin.post('/staff/api/team/leaver@shop.example/disable');
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ disabled: true, handedBack: [customer.conversationId], failed: [] });
    expect((await server.shopkeeper.stores.transcripts.getConversation(customer.conversationId))?.mode).toBe('bot');
    expect((await customer.poll()).map((a) => a.text).join('\n')).toMatch(/handing you back to our assistant/);
    expect((await customer.ask('hello')).length, 'the bot answers again').toBeGreaterThan(0);
  });

  it("erases the bot's state of a conversation with it", async () => {
    const customer = await DirectLineClient.start(server.base);
    await customer.ask('where is my order');
    await customer.ask('This is useless, I hate this shop, terrible awful service!!');
    const record = (await server.shopkeeper.stores.transcripts.getConversation(customer.conversationId))!;
    const key = `${record.channelId}/conversations/${record.id}/`;
    expect(Object.keys(await server.shopkeeper.stores.state.read([key])), 'the bot keeps state for the chat').toEqual([key]);

    expect((await admin.post(`/staff/api/conversations/${encodeURIComponent(record.id)}/delete`)).status).toBe(200);
    expect(await server.shopkeeper.stores.state.read([key])).toEqual({});
    expect(await server.shopkeeper.stores.transcripts.getConversation(record.id)).toBeUndefined();
  });
});
