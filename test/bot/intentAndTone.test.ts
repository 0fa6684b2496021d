import { describe, expect, it } from 'vitest';
import { reconcileWithTone } from '../../src/bot/pipeline/intentAndTone.ts';
import type { Recognition } from '../../src/nlu/types.ts';
import type { SentimentResult } from '../../src/sentiment/types.ts';

const recognition = (intent: string): Recognition => ({
  text: 'x',
  intent,
  confidence: 0.8,
  ranking: [{ intent, confidence: 0.8 }],
  ambiguous: false,
  entities: { orderIds: [], emails: [], postcodes: [], quantities: [], dates: [], colours: [], sizes: [], materials: [], products: [], categories: [] },
});
const tone = (label: SentimentResult['label'], score: number): SentimentResult => ({ label, score, confidence: 0.9, reasons: [] });

describe('reconcileWithTone', () => {
  it.each([
    ['complaint', tone('positive', 0.9), 'thanks'], // "I love this shop"
    ['complaint', tone('positive', 0.3), 'complaint'], // "fine, I guess": not clearly praise
    ['complaint', tone('negative', -0.8), 'complaint'],
    ['thanks', tone('negative', -0.6), 'complaint'], // "thanks a lot, another late order"
    ['thanks', tone('positive', 0.7), 'thanks'],
    ['order_status', tone('positive', 0.9), 'order_status'],
  ] as const)('%s with %o -> %s', (intent, sentiment, expected) => {
    expect(reconcileWithTone(recognition(intent), sentiment).intent).toBe(expected);
  });
});
