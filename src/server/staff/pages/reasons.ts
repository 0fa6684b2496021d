/**
 * Reasons as staff read them. The bot records a hand-off's reason in its own words ("asked for a
 * person", "an item missing from a delivery"); one of them is an internal name, said here in words.
 */
const READABLE: Record<string, string> = {
  complaint: 'asked for a person while unhappy',
};

export function readableReason(reason: string): string {
  return READABLE[reason] ?? reason;
}
