/**
 * Labelled messages from a file, in the three shapes public sentiment data comes in:
 *  - csv:   a header with `text` and `label` columns; labels negative / neutral / positive
 *           (two-label files are fine);
 *  - uci:   `sentence<TAB>0|1` (Kotzias et al. 2015); split on the LAST tab, since some IMDB
 *           sentences hold stray quotes and tabs;
 *  - vader: `id<TAB>mean<TAB>text` (Hutto & Gilbert 2014), the mean of human ratings on -4..+4,
 *           mapped mean <= -0.5 negative, >= 0.5 positive, else neutral.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SentimentLabel } from '../types.ts';

export const DATA_FORMATS = ['csv', 'uci', 'vader'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** The VADER mapping from a mean rating to a label (stated in `eval sentiment --help`). */
export const VADER_CUTOFF = 0.5;

export interface LabelledMessage {
  text: string;
  label: SentimentLabel;
}

export class LabelledFileError extends Error {
  override name = 'LabelledFileError';
}

const LABEL_NAMES: Record<string, SentimentLabel> = {
  negative: 'negative', neg: 'negative', '-1': 'negative',
  neutral: 'neutral', neu: 'neutral', '0': 'neutral',
  positive: 'positive', pos: 'positive', '1': 'positive',
};

export function readLabelledFile(file: string, format: DataFormat = guessFormat(file)): LabelledMessage[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LabelledFileError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const messages = parseLabelled(content.replace(/^\uFEFF/, ''), format, file);
  if (messages.length === 0) throw new LabelledFileError(`${file} holds no labelled messages`);
  return messages;
}

/** csv for *.csv; for other files, vader when the first line looks like `id<TAB>number<TAB>text`, else uci. */
export function guessFormat(file: string): DataFormat {
  if (/\.csv$/i.test(file)) return 'csv';
  try {
    const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
    return /^[^\t]+\t-?\d+(\.\d+)?\t/.test(firstLine) ? 'vader' : 'uci';
  } catch {
    return 'csv';
  }
}

export function parseLabelled(content: string, format: DataFormat, source = 'input'): LabelledMessage[] {
  switch (format) {
    case 'csv':
      return parseCsv(content, source);
    case 'uci':
      return lines(content).map((line, i) => {
        const tab = line.lastIndexOf('\t');
        const value = line.slice(tab + 1).trim();
        if (tab < 0 || (value !== '0' && value !== '1')) throw new LabelledFileError(`${source}:${i + 1}: expected "sentence<TAB>0|1"`);
        return { text: line.slice(0, tab), label: value === '1' ? 'positive' : 'negative' };
      });
    case 'vader':
      return lines(content).map((line, i) => {
        const [, mean, ...rest] = line.split('\t');
        const value = Number(mean);
        if (rest.length === 0 || mean === undefined || mean.trim() === '' || !Number.isFinite(value)) {
          throw new LabelledFileError(`${source}:${i + 1}: expected "id<TAB>mean<TAB>text"`);
        }
        return { text: rest.join('\t'), label: value <= -VADER_CUTOFF ? 'negative' : value >= VADER_CUTOFF ? 'positive' : 'neutral' };
      });
  }
}

function parseCsv(content: string, source: string): LabelledMessage[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(content, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new LabelledFileError(`${source}: ${(error as Error).message}`);
  }
  return rows.map((row, i) => {
    if (row.text === undefined || row.label === undefined) throw new LabelledFileError(`${source}: the header must name the columns text and label`);
    const label = LABEL_NAMES[row.label.toLowerCase()];
    if (!label) throw new LabelledFileError(`${source}:${i + 2}: unknown label "${row.label}" (use negative, neutral or positive)`);
    return { text: row.text, label };
  });
}

function lines(content: string): string[] {
  return content.split(/\r?\n/).filter((line) => line.trim() !== '');
}
