/**
 * Reads labelled utterances from a CSV file with the header `text,intent` (RFC 4180 quoting).
 * An empty intent or `oos` marks an out-of-scope message; it is returned with the label `oos`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { LabelledUtterance } from '../types.ts';
import { isOutOfScope, OUT_OF_SCOPE_LABEL } from './outOfScope.ts';

/** A data file that cannot be used, with where and why. */
export class IntentDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntentDataError';
  }
}

export function readIntentCsv(file: string): LabelledUtterance[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IntentDataError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`);
  }
  return parseIntentCsv(content, file);
}

export function parseIntentCsv(content: string, file = 'intents.csv'): LabelledUtterance[] {
  let rows: string[][];
  try {
    rows = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new IntentDataError(`${file}${lines ? ` line ${lines}` : ''}: not valid CSV (${message})`);
  }
  if (rows.length === 0) throw new IntentDataError(`${file}: the file is empty (expected the header text,intent)`);
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const textColumn = header.indexOf('text');
  const intentColumn = header.indexOf('intent');
  if (textColumn < 0 || intentColumn < 0) {
    throw new IntentDataError(`${file} line 1: expected the header text,intent, found ${rows[0].join(',')}`);
  }

  // Line numbers: csv-parse skips empty lines, so count lines through the raw records instead.
  const lineOf = recordLines(content);
  const utterances: LabelledUtterance[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = lineOf[i + 1] ?? i + 2;
    if (row.length !== header.length) {
      throw new IntentDataError(`${file} line ${line}: expected ${header.length} fields, found ${row.length}`);
    }
    const text = (row[textColumn] ?? '').trim();
    const intent = (row[intentColumn] ?? '').trim();
    if (!text) throw new IntentDataError(`${file} line ${line}: the text is empty`);
    if (!isOutOfScope(intent) && /\s/.test(intent)) {
      throw new IntentDataError(`${file} line ${line}: "${intent}" is not an intent name (no spaces allowed)`);
    }
    utterances.push({ text, intent: isOutOfScope(intent) ? OUT_OF_SCOPE_LABEL : intent });
  });
  if (utterances.length === 0) throw new IntentDataError(`${file}: no utterances after the header`);
  return utterances;
}

/** The 1-based line on which each non-empty CSV record starts (quoted fields may span lines). */
function recordLines(content: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordStarted = false;
  let recordLine = 1;
  for (let i = 0; i < content.length; i += 1) {
    const ch = content[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n') {
      if (!inQuotes) {
        if (recordStarted) starts.push(recordLine);
        recordStarted = false;
      }
      line += 1;
      continue;
    }
    if (!recordStarted && ch !== '\r') {
      recordStarted = true;
      recordLine = line;
    }
  }
  if (recordStarted) starts.push(recordLine);
  return starts;
}
