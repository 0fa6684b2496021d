/**
 * Who a Teams user is, for the shop: the customer whose e-mail is the user's work account e-mail.
 * Believed only on an authenticated request (see channelTrust.ts) from the shop's own tenant,
 * because in another tenant an administrator can give an account any e-mail address. Anything
 * less and the user is an anonymous visitor, who proves an order with its number and e-mail or ZIP.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { CustomerStore } from '../../shop/ports.ts';
import type { VerifiedIdentity } from '../verifiedIdentity.ts';
import { trustedChannel } from './channelTrust.ts';

/** The user's e-mail as Teams knows it (its roster); undefined when it cannot be had. */
export type TeamsEmailLookup = (context: TurnContext) => Promise<string | undefined>;

/** Asks Teams for the sender's account (one call to the channel's service URL). */
export const teamsRosterEmail: TeamsEmailLookup = async (context) => {
  const member = await TeamsInfo.getMember(context, context.activity.from.id);
  return member.email ?? member.userPrincipalName ?? undefined;
};

const HOUR = 60 * 60 * 1000;

export class TeamsIdentity {
  /** aadObjectId → customer id (or none), so Teams is asked once an hour per user, not every turn. */
  private readonly cache = new Map<string, { customerId?: string; until: number }>();

  constructor(
    private readonly customers: CustomerStore,
    private readonly lookupEmail: TeamsEmailLookup = teamsRosterEmail,
    private readonly now: () => number = Date.now,
  ) {}

  async resolve(context: TurnContext): Promise<VerifiedIdentity | undefined> {
    const a = context.activity;
    if (a.channelId !== 'msteams') return undefined;
    const trust = trustedChannel(context);
    const tenant = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation?.tenantId;
    const user = a.from?.aadObjectId;
    if (!trust?.tenantId || !user || tenant !== trust.tenantId) return undefined;

    const cached = this.cache.get(user);
    if (cached && cached.until > this.now()) return cached.customerId ? { customerId: cached.customerId } : undefined;
    let customerId: string | undefined;
    try {
      const email = await this.lookupEmail(context);
      customerId = email ? (await this.customers.findCustomerByEmail(email))?.id : undefined;
    } catch {
      // Teams did not answer: treat the user as a visitor this time and ask again next turn.
      return undefined;
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(user, { customerId, until: this.now() + HOUR });
    return customerId ? { customerId } : undefined;
  }
}
