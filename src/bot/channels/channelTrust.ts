/**
 * What the Azure-facing adapter may believe about an activity. An activity's body is whatever the
 * sender wrote: on an anonymous /api/messages (no MicrosoftAppId, development) anybody can post
 * `from.aadObjectId` or a tenant id. Only when the request carried a valid Bot Framework token
 * (CloudAdapter checked it and put the claims in turn state) did the body come from Azure Bot
 * Service, and only then are Teams' user and tenant fields facts.
 */
import type { Middleware, TurnContext } from 'botbuilder';

export interface ChannelTrust {
  /**
   * The shop's own Microsoft Entra tenant (MicrosoftAppTenantId of a SingleTenant or
   * UserAssignedMSI bot). Teams users of this tenant are the shop's to vouch for; in any other
   * tenant an administrator can give an account any e-mail address, so e-mails are not trusted there.
   */
  tenantId?: string;
}

const CHANNEL_TRUST = Symbol('shopkeeper.channelTrust');

/** Registered on the CloudAdapter only (never on the website's Direct Line adapter). */
export class TrustAzureChannels implements Middleware {
  constructor(private readonly trust: ChannelTrust) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(CHANNEL_TRUST, this.trust);
    await next();
  }
}

interface Claims {
  isAuthenticated?: boolean;
  authenticationType?: string | boolean;
}

/**
 * The trust settings when this turn's request was authenticated by a Bot Framework token;
 * undefined on the anonymous endpoint and on every other adapter.
 */
export function trustedChannel(context: TurnContext): ChannelTrust | undefined {
  const trust = context.turnState.get(CHANNEL_TRUST) as ChannelTrust | undefined;
  if (!trust) return undefined;
  const claims = context.turnState.get(context.adapter.BotIdentityKey) as Claims | undefined;
  // botframework-connector marks the no-app-id case with authenticationType "anonymous".
  if (!claims?.isAuthenticated || claims.authenticationType === 'anonymous') return undefined;
  return trust;
}
