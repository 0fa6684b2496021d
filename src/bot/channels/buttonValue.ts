/**
 * What a pressed button means, carried the same way on every channel. Dialogs attach
 * `{intent, ...data}` to a button (see Choice in dialogs/services.ts); UnderstandMessage reads it
 * back from `activity.value`. Channels that cannot carry an object (Slack's buttons carry a string)
 * get it as JSON, and clicks come back in channel-specific places, which `decodeButtonValue` reads.
 */

/** The marker that tells our own button values from anything a person could type. */
const MARK = 'shopkeeper';

export interface ButtonMeaning {
  /** The button's title: what the customer "said" by pressing it. */
  title: string;
  /** `{intent, ...data}`, as UnderstandMessage expects in activity.value. */
  value: Record<string, string>;
}

/** A button's meaning as one string (Slack button values are strings of up to 2,000 characters). */
export function encodeButtonValue(meaning: ButtonMeaning): string {
  return JSON.stringify({ [MARK]: 1, title: meaning.title, ...meaning.value });
}

/** Reads a button meaning from a string made by encodeButtonValue; anything else gives undefined. */
export function decodeButtonValue(raw: unknown): ButtonMeaning | undefined {
  if (typeof raw !== 'string' || !raw.startsWith('{') || !raw.includes(MARK)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as Record<string, unknown>)[MARK] !== 1) return undefined;
  const { [MARK]: _mark, title, ...rest } = parsed as Record<string, unknown>;
  const value: Record<string, string> = {};
  for (const [key, v] of Object.entries(rest)) if (typeof v === 'string') value[key] = v;
  if (typeof value.intent !== 'string') return undefined;
  return { title: typeof title === 'string' ? title : '', value };
}
