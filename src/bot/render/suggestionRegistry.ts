/**
 * Carries the product ids an outgoing activity suggested to the transcript, without sending them to
 * the channel: a symbol-keyed property survives botbuilder's copy of the activity (Object.assign
 * copies enumerable symbols) and is left out of the JSON sent on the wire.
 */
import type { Activity } from 'botbuilder';

const SUGGESTED_PRODUCTS = Symbol('shopkeeper.suggestedProducts');

type Marked = Partial<Activity> & { [SUGGESTED_PRODUCTS]?: string[] };

export function markSuggestedProducts(activity: Partial<Activity>, productIds: string[]): void {
  (activity as Marked)[SUGGESTED_PRODUCTS] = productIds;
}

export function suggestedProductIdsOf(activity: Partial<Activity>): string[] {
  return (activity as Marked)[SUGGESTED_PRODUCTS] ?? [];
}
