/** Writes labelled utterances as `text,intent` CSV (RFC 4180 quoting), the format readIntentCsv reads. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledUtterance } from '../types.ts';

export function intentCsv(utterances: LabelledUtterance[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = utterances.map((u) => `${field(u.text.replace(/\s+/g, ' ').trim())},${field(u.intent)}`);
  return `text,intent\n${lines.join('\n')}\n`;
}

export function writeIntentCsv(file: string, utterances: LabelledUtterance[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, intentCsv(utterances));
}
