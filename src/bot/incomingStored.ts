/**
 * Turn-state key of a callback the transcript step calls once the customer's message is on disk.
 * The Direct Line endpoint uses it to echo the message to the customer's client only then, so a
 * message that shows as sent is one the shop has kept.
 */
export const ON_INCOMING_STORED = Symbol('shopkeeper.onIncomingStored');
