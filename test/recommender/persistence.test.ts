import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitRecommender, loadRecommender, saveRecommender, type SuggestionRequest } from '../../src/recommender/index.ts';
import { catalog, day, events } from './smallShop.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'recommender-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const requests: SuggestionRequest[] = [
  { mode: 'personal', user: 'u1', k: 5 },
  { mode: 'personal', user: 'stranger', k: 5, filter: { categories: ['Accessories'] } },
  { mode: 'similar', anchorItems: ['shirt-green'], k: 3 },
  { mode: 'goes_with', anchorItems: ['shirt-blue'], k: 3, filter: { excludeItems: ['belt'] } },
  { mode: 'trending', k: 4, filter: { maxPerCategory: 1, mmrLambda: 0.5 } },
];

describe('saving and loading a model', () => {
  const model = fitRecommender(events, catalog, { similarity: 'rp3beta', halfLifeDays: 14 });

  it.each(['model.json', 'model.json.gz'])('gives the same suggestions after a round trip through %s', (name) => {
    const file = path.join(dir, name);
    saveRecommender(model, file);
    const loaded = loadRecommender(file);
    for (const request of requests) expect(loaded.suggest(request)).toEqual(model.suggest(request));
    expect(loaded.recommendIds('u3', 5)).toEqual(model.recommendIds('u3', 5));
  });

  it('keeps the data time range and the parameters in plain JSON', () => {
    const file = path.join(dir, 'plain.json');
    saveRecommender(model, file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.info).toMatchObject({ dataFrom: day(1), dataTo: day(27), users: 10 });
    expect(saved.info.options).toMatchObject({ similarity: 'rp3beta', halfLifeDays: 14 });
    expect(loadRecommender(file).info).toEqual(model.info);
  });

  it('uses a fresh catalog when given one (stock changes after training)', () => {
    const file = path.join(dir, 'stock.json');
    saveRecommender(model, file);
    const soldOut = catalog.map((item) => (item.id === 'shirt-white' ? { ...item, inStock: false } : item));
    const loaded = loadRecommender(file, soldOut);
    const suggested = loaded.suggest({ mode: 'similar', anchorItems: ['shirt-blue'], k: 5, filter: { inStockOnly: true } });
    expect(suggested.map((s) => s.itemId)).not.toContain('shirt-white');
  });

  it('refuses a file that is not a saved model, saying so', () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, '{"hello": 1}');
    expect(() => loadRecommender(file)).toThrow(/is not a saved recommender/);
  });
});
