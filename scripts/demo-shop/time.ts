/**
 * The demo's clock. Every date is generated relative to ANCHOR (never the real clock): seeding moves
 * all dates so that the anchor becomes "today" whenever someone starts the demo.
 */
export const ANCHOR_DATE = '2026-11-20';
export const ANCHOR_MS = Date.UTC(2026, 10, 20, 12, 0, 0);
/**
 * The data's clock stops at the start of the anchor day: seeding shifts dates by whole days, so
 * whatever the hour someone starts the demo, nothing in it lies in the future (except promised
 * delivery dates). Statuses are read at this moment.
 */
export const CLOCK_STOPS_MS = Date.UTC(2026, 10, 20, 0, 0, 0);
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** Order history covers about eighteen months before the anchor. */
export const HISTORY_DAYS = 548;
export const HISTORY_START_MS = ANCHOR_MS - HISTORY_DAYS * DAY_MS;

export const iso = (ms: number): string => new Date(ms).toISOString();
export const daysBeforeAnchor = (days: number): number => ANCHOR_MS - days * DAY_MS;
/** Month 0-11 (UTC) of a timestamp. */
export const monthOf = (ms: number): number => new Date(ms).getUTCMonth();
/** Whole seconds, so timestamps read cleanly and orders never collide on milliseconds. */
export const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;
