/**
 * Step 4: who the customer is, loaded once per turn. Only an identity the channel proved counts
 * (the website's signed Direct Line token); see verifiedIdentity.ts.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { CustomerStore, TranscriptStore } from '../../shop/ports.ts';
import { VERIFIED_IDENTITY, type VerifiedIdentity } from '../verifiedIdentity.ts';
import { getDraft } from './turnDraft.ts';

export class IdentifyCustomer implements Middleware {
  constructor(
    private readonly customers: CustomerStore,
    private readonly transcripts: TranscriptStore,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const draft = getDraft(context);
    const identity = context.turnState.get(VERIFIED_IDENTITY) as VerifiedIdentity | undefined;
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
