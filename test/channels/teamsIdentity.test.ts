/**
 * When a Teams user counts as a shop customer: only on a request Azure authenticated, only for the
 * shop's own tenant, and only when the account's e-mail is a customer's. (The HTTP tests cannot
 * make a real Bot Framework token offline, so the claims are set here as CloudAdapter sets them.)
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TrustAzureChannels } from '../../src/bot/channels/channelTrust.ts';
import { TeamsIdentity } from '../../src/bot/channels/teamsIdentity.ts';
import type { CustomerStore } from '../../src/shop/ports.ts';
import type { Customer } from '../../src/shop/types.ts';
import { TENANT_ID, teamsPersonalMessage } from './fixtures.ts';

const ada = { id: 'C0001', email: 'ada@example.com' } as Customer;
const customers: CustomerStore = {
  getCustomer: async (id) => (id === ada.id ? ada : undefined),
  findCustomerByEmail: async (email) => (email.toLowerCase() === ada.email ? ada : undefined),
  upsertCustomers: async () => undefined,
};

interface Case {
  name: string;
  claims?: { isAuthenticated: boolean; authenticationType: string };
  trustTenant?: string | null; // null: the adapter has no TrustAzureChannels (the website's adapter)
  activityTenant?: string;
  email?: string | Error;
  want?: string;
}

const authenticated = { isAuthenticated: true, authenticationType: 'https://api.botframework.com' };
const cases: Case[] = [
  { name: 'authenticated, shop tenant, e-mail of a customer', claims: authenticated, email: 'Ada@Example.com', want: 'C0001' },
  { name: 'authenticated, but an e-mail no customer has', claims: authenticated, email: 'someone@example.com' },
  { name: 'anonymous endpoint (no app id): aadObjectId and tenant are only claims', claims: { isAuthenticated: true, authenticationType: 'anonymous' }, email: ada.email },
  { name: 'no claims at all', email: ada.email },
  { name: "another tenant (its admins can set any e-mail)", claims: authenticated, activityTenant: '99999999-0000-4000-8000-000000000000', email: ada.email },
  { name: 'a multi-tenant bot has no shop tenant to trust', claims: authenticated, trustTenant: '', email: ada.email },
  { name: 'not the CloudAdapter (no channel trust)', claims: authenticated, trustTenant: null, email: ada.email },
  { name: 'Teams does not answer the roster call', claims: authenticated, email: new Error('ECONNRESET') },
];

async function resolve(c: Case): Promise<string | undefined> {
  const adapter = new TestAdapter();
  const activity = teamsPersonalMessage('where is my order', '1') as unknown as Activity;
  if (c.activityTenant) activity.channelData = { tenant: { id: c.activityTenant } };
  const context = new TurnContext(adapter, activity);
  if (c.claims) context.turnState.set(adapter.BotIdentityKey, c.claims);
  const identity = new TeamsIdentity(customers, async () => {
    if (c.email instanceof Error) throw c.email;
    return c.email;
  });
  let customerId: string | undefined;
  const run = async () => {
    customerId = (await identity.resolve(context))?.customerId;
  };
  if (c.trustTenant === null) await run();
  else await new TrustAzureChannels({ tenantId: c.trustTenant === undefined ? TENANT_ID : c.trustTenant || undefined }).onTurn(context, run);
  return customerId;
}

describe('Teams user to shop customer', () => {
  for (const c of cases) {
    it(`${c.name} → ${c.want ?? 'a visitor'}`, async () => {
      expect(await resolve(c)).toBe(c.want);
    });
  }
});
