/**
 * Stand-ins for the three models in dialog tests: deterministic and obvious, so a dialog test
 * fails only when the dialog is wrong. (The real models have tests of their own, and the HTTP and
 * browser tests run the real ones.)
 */
import type { SuggestionModel } from '../../src/bot/services/suggestionService.ts';
import type { MoodRules } from '../../src/bot/pipeline/moodAndFlags.ts';
import type { Entities, Recognition, Recognizer } from '../../src/nlu/types.ts';
import type { CatalogSearchResult, Suggestion, SuggestionRequest } from '../../src/recommender/types.ts';
import type { SentimentResult, SentimentScorer } from '../../src/sentiment/types.ts';
import type { Product } from '../../src/shop/types.ts';

/** Phrase patterns → intent, first match wins. */
const RULES: [RegExp, string][] = [
  // Stand-in for a message that, read whole, fits no intent while each of its questions does
  // ("where is my order? how much is shipping too"): its clauses, split at "?", match the rules below.
  [/\?\s*\w.*\btoo$/i, 'none'],
  [/\b(hi|hello|hey)\b/i, 'greet'],
  [/\bthank/i, 'thanks'],
  [/\b(bye|goodbye)\b/i, 'goodbye'],
  [/\b(joke|how are you|are you a (robot|bot)|you're the best)\b/i, 'smalltalk'],
  [/^help$|what can you do/i, 'help'],
  [/\b(person|human|agent)\b/i, 'human_agent'],
  [/\bcomplain|unacceptable/i, 'complaint'],
  [/\bmy (last )?orders?\b.*\b(list|history)|what did i order/i, 'order_history'],
  [/\bcancel\b/i, 'cancel_order'],
  [/\brefund\b/i, 'refund_status'],
  [/\bdamaged|broken|wrong item/i, 'damaged_or_wrong_item'],
  [/\breturn policy\b/i, 'return_policy'],
  [/\breturn\b/i, 'start_return'],
  [/\bwhere is my order|order status|track/i, 'order_status'],
  [/\bdiscount|promo code/i, 'discount_codes'],
  [/\bshipping\b/i, 'shipping_info'],
  [/\bpay\b|payment/i, 'payment_methods'],
  [/\bchange\b.*\border|address/i, 'change_order'],
  [/\bsomething like|similar/i, 'similar_items'],
  [/\bgoes with|go with\b/i, 'goes_with'],
  [/\bin stock|how much is/i, 'price_stock'],
  [/\brecommend|gift|suggest/i, 'recommendation'],
  [/\bdo you have|looking for/i, 'product_search'],
  [/^(yes|yeah|sure|ok)$/i, 'affirm'],
  [/^(no|nope)$/i, 'deny'],
  [/which one|ambiguous test/i, 'order_status'],
];

export class TableRecognizer implements Recognizer {
  constructor(private readonly products: Product[]) {}

  recognize(text: string): Recognition {
    const rule = RULES.find(([pattern]) => pattern.test(text));
    // "ambiguous <first> <second> test": the two intents come out close, in that order.
    const close = /ambiguous (\w+) (\w+) test/i.exec(text);
    // "lowconf-c": an unsure guess of cancel_order (0.41) over order_status (0.23), not close enough to ask
    // (named so that the message itself holds no word of cancelling).
    if (/\blowconf-c\b/i.test(text)) {
      const ranking = [
        { intent: 'cancel_order', confidence: 0.41 },
        { intent: 'order_status', confidence: 0.23 },
      ];
      return { text, intent: 'cancel_order', confidence: 0.41, ranking, ambiguous: false, entities: this.entities(text) };
    }
    const ambiguous = /ambiguous test/i.test(text) || close !== null;
    const ranking = close
      ? [
          { intent: close[1], confidence: 0.45 },
          { intent: close[2], confidence: 0.42 },
        ]
      : ambiguous
        ? [
            { intent: 'order_status', confidence: 0.45 },
            { intent: 'start_return', confidence: 0.42 },
          ]
        : [{ intent: rule?.[1] ?? 'none', confidence: rule ? 0.9 : 0.1 }];
    const intent = ranking[0].intent;
    return { text, intent, confidence: ranking[0].confidence, ranking, ambiguous, entities: this.entities(text) };
  }

  private entities(text: string): Entities {
    const lower = text.toLowerCase();
    const under = /under \$?(\d+)/i.exec(text);
    const over = /over \$?(\d+)/i.exec(text);
    return {
      orderIds: [...text.matchAll(/\bSK-?(\d{6})\b/gi)].map((m) => `SK-${m[1]}`),
      emails: [...text.matchAll(/[^\s@]+@[^\s@]+\.[a-z]+/gi)].map((m) => m[0]),
      postcodes: [...text.matchAll(/\b(\d{5})\b/g)].map((m) => m[1]),
      price: under ? { max: Number(under[1]) } : over ? { min: Number(over[1]) } : undefined,
      quantities: [],
      dates: [],
      colours: ['blue', 'white', 'navy', 'brown'].filter((c) => new RegExp(`\\b${c}\\b`).test(lower)),
      sizes: [],
      materials: ['linen', 'cotton', 'leather'].filter((m) => new RegExp(`\\b${m}\\b`).test(lower)),
      products: this.products
        .filter((p) => lower.includes(p.name.toLowerCase()))
        .map((p) => ({ productId: p.id, name: p.name, text: p.name })),
      categories: ['shirts', 'kitchen', 'trousers'].filter((c) => lower.includes(c)),
    };
  }
}

/** Negative when the message has an obviously angry word; positive on "thanks"/"great". */
export class KeywordSentiment implements SentimentScorer {
  score(text: string): SentimentResult {
    if (/angry|terrible|awful|worst|unacceptable|ridiculous/i.test(text)) {
      return { score: -0.8, label: 'negative', confidence: 0.9, reasons: ['angry words'] };
    }
    if (/thank|great|love/i.test(text)) return { score: 0.6, label: 'positive', confidence: 0.8, reasons: ['kind words'] };
    // A plain "where's my parcel": negative by the where-is-my cue alone.
    if (/\bwhere'?s my parcel\b/i.test(text)) return { score: -0.7, label: 'negative', confidence: 0.7, reasons: ['asks where: "where\'s my parcel"'] };
    // Stand-in for a message the scorer calls negative without a reason it can name ("k").
    if (/\bmeh\b/i.test(text)) return { score: -0.6, label: 'negative', confidence: 0.5, reasons: [] };
    return { score: 0, label: 'neutral', confidence: 0.6, reasons: [] };
  }
}

export const simpleMoodRules: MoodRules = {
  describeMood(messages) {
    const scores = messages.map((m) => m.score);
    const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
    const worst = messages.reduce<{ messageId: string; score: number } | undefined>(
      (w, m) => (!w || m.score < w.score ? { messageId: m.id, score: m.score } : w),
      undefined,
    );
    const last = scores[scores.length - 1] ?? 0;
    return { messages: messages.length, average, movingAverage: average, trend: 0, worst, negative: last < -0.5 };
  },
  decideFlag(messages) {
    const bad = messages.filter((m) => m.score <= -0.5 || m.intent === 'human_agent' || m.intent === 'complaint');
    if (!bad.length) return undefined;
    return { severity: 'high', reasons: ['one strongly negative message'], messageIds: bad.map((m) => m.id) };
  },
  apologyFor: () => "I'm sorry for the wait.",
};

/** Suggests catalog products that pass the filter, cheapest first, with a reason by mode. */
export class CatalogSuggestions implements SuggestionModel {
  constructor(private readonly products: Product[]) {}

  /** Products whose name or category has one of the query's words (plural "s" ignored). */
  search(query: string): CatalogSearchResult {
    const stem = (w: string) => w.toLowerCase().replace(/s$/, '');
    const wordsOf = (p: Product) => new Set(`${p.name} ${p.category}`.split(/\W+/).map(stem));
    const matchedWords = (query.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => this.products.some((p) => wordsOf(p).has(stem(w))));
    const wanted = new Set(matchedWords.map(stem));
    const itemIds = this.products.filter((p) => [...wordsOf(p)].some((w) => wanted.has(w))).map((p) => p.id);
    // Stand-ins for nouns no product has.
    const unmatchedNouns = query.toLowerCase().match(/\b(bikes?|cars?|phones?|colour)\b/g) ?? [];
    return { itemIds, matchedWords, unmatchedNouns };
  }

  suggest(request: SuggestionRequest): Suggestion[] {
    const f = request.filter ?? {};
    const anchors = new Set(request.anchorItems ?? []);
    return this.products
      .filter((p) => !anchors.has(p.id))
      .filter((p) => !f.inStockOnly || p.stock > 0)
      .filter((p) => !f.categories?.length || f.categories.includes(p.category))
      .filter((p) => f.maxPrice === undefined || p.price <= f.maxPrice)
      .filter((p) => f.minPrice === undefined || p.price >= f.minPrice)
      .filter((p) => !f.attributes?.colour || p.attributes.colour === f.attributes.colour)
      .filter((p) => !f.attributes?.material || (p.attributes.material ?? '').split(' ').includes(f.attributes.material))
      .filter((p) => !f.excludeItems?.includes(p.id))
      .filter((p) => !f.onlyItems || f.onlyItems.includes(p.id))
      .sort((a, b) => a.price - b.price || a.id.localeCompare(b.id))
      .slice(0, request.k)
      .map((p, i) => ({
        itemId: p.id,
        score: 1 - i / 10,
        reason:
          request.mode === 'similar'
            ? { kind: 'similar_to' as const, text: `Similar to the ${[...anchors][0]}` }
            : { kind: 'popular' as const, text: `Popular in ${p.category}` },
      }));
  }
}
