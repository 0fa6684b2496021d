/**
 * Content neighbours for items nobody has interacted with yet: BM25 weights (wink-nlp's vectorizer)
 * over each item's name, category and text, compared by cosine through an inverted index, so one
 * query costs the postings of its terms, not a pass over every pair of items.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer';
import type { CatalogItem } from './types.ts';
import './winkTokens.ts';

let nlp: ReturnType<typeof winkNLP> | undefined;

function tokensOf(text: string): string[] {
  return wordsAndStemsOf(text).stems;
}

/** The words that carry meaning (no stop words, no numbers or punctuation): as written, as stems, and their parts of speech. */
function wordsAndStemsOf(text: string): { words: string[]; stems: string[]; pos: string[] } {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const tokens = nlp
    .readDoc(text)
    .tokens()
    .filter((t) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag));
  return {
    words: (tokens.out() as string[]).map((word) => word.toLowerCase()),
    stems: tokens.out(its.stem),
    pos: tokens.out(its.pos) as string[],
  };
}

/** Items a shopper's words find, best first, and which of the words the catalog knows. */
export interface SearchResult {
  hits: ContentNeighbour[];
  /** The query's words found in some item, as the shopper wrote them (lower case), in their order. */
  matchedWords: string[];
  /** The query's nouns no item has ("do you sell bikes": "bikes"): things the shop may not sell. */
  unmatchedNouns: string[];
}

export interface ContentNeighbour {
  id: string;
  score: number;
}

export class ContentIndex {
  private readonly ids: string[] = [];
  private readonly vectors: Map<string, number>[] = [];
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly docOf = new Map<string, number>();

  /** `fields`: what an item's document holds: its free text (for similarity) or its keywords (for search). */
  constructor(items: readonly CatalogItem[], fields: 'text' | 'keywords' = 'text') {
    const documents = items.map((item) => ({
      id: item.id,
      tokens: tokensOf([item.name, item.category, (fields === 'text' ? item.text : item.keywords) ?? ''].join('. ')),
    }));
    const usable = documents.filter((d) => d.tokens.length > 0);
    if (usable.length === 0) return;
    const bm25 = bm25Vectorizer();
    for (const d of usable) bm25.learn(d.tokens);
    usable.forEach((d, doc) => {
      const bow = bm25.doc(doc).out(nlp!.its.bow) as Record<string, number>;
      const norm = Math.sqrt(Object.values(bow).reduce((sum, w) => sum + w * w, 0)) || 1;
      const vector = new Map<string, number>();
      for (const term of Object.keys(bow).sort()) {
        const weight = bow[term] / norm;
        vector.set(term, weight);
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, weight });
      }
      this.ids.push(d.id);
      this.vectors.push(vector);
      this.docOf.set(d.id, doc);
    });
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /**
   * Items whose name, category or text contain the query's words, scored by the sum of their BM25
   * weights for those words (each word counted once), best first (ties by id). Words no item has
   * are ignored, so "got any jumpers please" searches for "jumpers".
   */
  search(query: string): SearchResult {
    const { words, stems, pos } = wordsAndStemsOf(query);
    const scores = new Map<number, number>();
    const matchedWords: string[] = [];
    const unmatchedNouns: string[] = [];
    const seen = new Set<string>();
    stems.forEach((stem, i) => {
      const postings = this.postings.get(stem);
      if (!postings && (pos[i] === 'NOUN' || pos[i] === 'PROPN')) unmatchedNouns.push(words[i]);
      if (!postings || seen.has(stem)) return;
      seen.add(stem);
      matchedWords.push(words[i]);
      for (const posting of postings) scores.set(posting.doc, (scores.get(posting.doc) ?? 0) + posting.weight);
    });
    const hits = [...scores]
      .map(([doc, score]) => ({ id: this.ids[doc], score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { hits, matchedWords, unmatchedNouns };
  }

  /** Items by cosine similarity of their BM25 vectors to `id`'s, best first (ties by id). */
  neighboursOf(id: string, limit: number): ContentNeighbour[] {
    const doc = this.docOf.get(id);
    if (doc === undefined) return [];
    const scores = new Map<number, number>();
    for (const [term, weight] of this.vectors[doc]) {
      for (const posting of this.postings.get(term)!) {
        if (posting.doc !== doc) scores.set(posting.doc, (scores.get(posting.doc) ?? 0) + weight * posting.weight);
      }
    }
    return [...scores]
      .map(([other, score]) => ({ id: this.ids[other], score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }
}
