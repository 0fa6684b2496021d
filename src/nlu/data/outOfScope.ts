/** How the data files mark a message the shop bot should not try to answer. */
export const OUT_OF_SCOPE_LABEL = 'oos';

/** An empty label or `oos` means out of scope. */
export function isOutOfScope(intent: string): boolean {
  const label = intent.trim().toLowerCase();
  return label === '' || label === OUT_OF_SCOPE_LABEL;
}
