/**
 * A conversation as a file staff can keep or hand on: JSON (everything) or CSV (one row per
 * message). Customer text stays text: CSV cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe (OWASP's advice on CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { ConversationView } from './conversationView.ts';

export function transcriptAsJson(view: ConversationView): string {
  return JSON.stringify(
    {
      conversation: view.conversation,
      flags: view.flags,
      messages: view.messages,
    },
    null,
    2,
  );
}

const CSV_COLUMNS = ['timestamp', 'role', 'from', 'text', 'sentiment_score', 'sentiment_label', 'sentiment_reasons', 'intent', 'intent_confidence', 'flag_reasons', 'suggested_products'];

export function transcriptAsCsv(view: ConversationView): string {
  const rows = view.messages.map((m) => [
    m.timestamp,
    m.role,
    m.fromName ?? m.fromId,
    m.text,
    m.sentiment?.score ?? '',
    m.sentiment?.label ?? '',
    (m.sentiment?.reasons ?? []).join('; '),
    m.understanding?.intent ?? '',
    m.understanding?.confidence ?? '',
    m.flagReasons.join('; '),
    m.suggestedProducts.map((p) => p.name).join('; '),
  ]);
  return stringify([CSV_COLUMNS, ...rows], { cast: { string: defuseFormula } });
}

/** Cells starting with = + - @ or a tab/return are formulas to a spreadsheet. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
