/**
 * The recommender's public face. Everything else in this folder is internal.
 * Left out on purpose: botbuilder, the shop's store, any network service.
 */
import type { CatalogItem, FitProgress, InteractionEvent, Recommender, RecommenderOptions } from './types.ts';
import { fitModelState } from './fit.ts';
import { ItemSimilarityRecommender } from './model.ts';

export type * from './types.ts';
export { saveRecommender, loadRecommender } from './persistence.ts';
export { DEFAULT_OPTIONS, resolveOptions, isSimilarityName } from './options.ts';
export { SIMILARITIES } from './similarity.ts';

/** Fits the model on interaction events; `catalog` adds names, categories, stock and content. */
export function fitRecommender(
  events: readonly InteractionEvent[],
  catalog: readonly CatalogItem[] = [],
  options: RecommenderOptions = {},
  onProgress?: (progress: FitProgress) => void,
): Recommender {
  return new ItemSimilarityRecommender(fitModelState(events, catalog, options, onProgress), catalog);
}
