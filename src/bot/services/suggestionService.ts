/** Turns the recommender's item ids into products the dialogs can show, with their reasons. */
import type { ProductSuggestion, SuggestionQuery, SuggestionService } from '../../../dialogs/services.ts';
import type { CatalogSearchResult, Suggestion, SuggestionRequest } from '../../recommender/types.ts';
import type { Product } from '../../shop/types.ts';

/** The part of the recommender the bot uses. */
export interface SuggestionModel {
  suggest(request: SuggestionRequest): Suggestion[];
  search(query: string): CatalogSearchResult;
}

export class RecommenderSuggestionService implements SuggestionService {
  constructor(
    private readonly model: () => SuggestionModel,
    private readonly products: () => Map<string, Product>,
  ) {}

  async search(text: string): Promise<CatalogSearchResult> {
    return this.model().search(text);
  }

  async suggest(query: SuggestionQuery): Promise<ProductSuggestion[]> {
    const suggestions = this.model().suggest({
      user: query.customerId,
      anchorItems: query.anchorProductIds,
      mode: query.mode,
      k: query.k ?? 5,
      filter: query.filter,
      keepBought: query.keepBought,
      now: Date.now(),
    });
    const byId = this.products();
    return suggestions.flatMap((s) => {
      const product = byId.get(s.itemId);
      return product ? [{ product, reason: s.reason }] : [];
    });
  }
}
