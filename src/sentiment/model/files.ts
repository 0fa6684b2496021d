/**
 * Where the sentiment layer's shipped files live, and the error for a missing or stale one. Kept
 * apart from the model code so the feature code can load its tables without an import cycle.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SENTIMENT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'sentiment');

export class SentimentModelError extends Error {
  override name = 'SentimentModelError';
}
