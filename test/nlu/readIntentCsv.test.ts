import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IntentDataError, parseIntentCsv, readIntentCsv } from '../../src/nlu/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'nlu-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readIntentCsv', () => {
  it('reads quoted fields and marks empty or oos intents as out of scope', () => {
    const rows = parseIntentCsv('text,intent\n"hi, there",greet\n"say ""hello""",greet\nwho won the game,oos\nwhat is 2+2,\n');
    expect(rows).toEqual([
      { text: 'hi, there', intent: 'greet' },
      { text: 'say "hello"', intent: 'greet' },
      { text: 'who won the game', intent: 'oos' },
      { text: 'what is 2+2', intent: 'oos' },
    ]);
  });

  it.each([
    ['', 'the file is empty'],
    ['utterance,label\nhi,greet\n', 'line 1: expected the header text,intent'],
    ['text,intent\nhi,greet\n\n,greet\n', 'line 4: the text is empty'],
    ['text,intent\nhi,greet\nhello,greet,extra\n', 'line 3: expected 2 fields, found 3'],
    ['text,intent\nhi,greet\n"multi\nline",greet\nbye,good bye\n', 'line 5: "good bye" is not an intent name'],
    ['text,intent\nhi,greet\n"unclosed,greet\n', 'not valid CSV'],
    ['text,intent\n', 'no utterances after the header'],
  ])('rejects %j with a clear message', (content, message) => {
    expect(() => parseIntentCsv(content, 'bad.csv')).toThrow(IntentDataError);
    expect(() => parseIntentCsv(content, 'bad.csv')).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => readIntentCsv(path.join(dir, 'missing.csv'))).toThrow(/missing\.csv: no such file/);
    const file = path.join(dir, 'ok.csv');
    writeFileSync(file, '\uFEFFtext,intent\nhello,greet\n');
    expect(readIntentCsv(file)).toEqual([{ text: 'hello', intent: 'greet' }]);
  });
});
