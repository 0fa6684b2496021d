/**
 * Who the customer is, as proven by the channel rather than claimed by the activity. The Direct
 * Line endpoint sets it from its signed token; an activity's own `from` field is never trusted to
 * say which customer it is (on an anonymous /api/messages anybody could write any id there).
 */
export interface VerifiedIdentity {
  /** The shop's customer id, when the conversation was opened for a signed-in customer. */
  customerId?: string;
}

export const VERIFIED_IDENTITY = Symbol('shopkeeper.verifiedIdentity');
