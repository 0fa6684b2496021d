/**
 * Step 4: who the customer is, loaded once per turn. Only an identity the channel proved counts:
 * the website's signed Direct Line token (see verifiedIdentity.ts), or a channel's own proof, such
 * as a Teams user of the shop's tenant on an authenticated request (channels/teamsIdentity.ts).
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { CustomerStore, TranscriptStore } from '../../shop/ports.ts';
import { VERIFIED_IDENTITY, type VerifiedIdentity } from '../verifiedIdentity.ts';
import { getDraft } from './turnDraft.ts';

export class IdentifyCustomer implements Middleware {
  constructor(
    private readonly customers: CustomerStore,
    private readonly transcripts: TranscriptStore,
    /** Asked when the adapter proved nobody: a channel that can vouch for its user (Teams). */
    private readonly channelIdentity?: (context: TurnContext) => Promise<VerifiedIdentity | undefined>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    let identity = context.turnState.get(VERIFIED_IDENTITY) as VerifiedIdentity | undefined;
    if (draft && !identity && this.channelIdentity) {
      identity = await this.channelIdentity(context);
      if (identity) context.turnState.set(VERIFIED_IDENTITY, identity);
    }
    if (draft && identity?.customerId) {
      draft.customer = await this.customers.getCustomer(identity.customerId);
      if (draft.customer && draft.conversation.customerId !== draft.customer.id) {
        draft.conversation.customerId = draft.customer.id;
        await this.transcripts.saveConversation(draft.conversation);
      }
    }
    await next();
  }
}
