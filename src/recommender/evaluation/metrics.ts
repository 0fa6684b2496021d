/**
 * Ranking metrics exactly as Microsoft Recommenders' python_evaluation defines them, over the users
 * present both in the truth and in the predictions (merge_ranking_true_pred):
 *   precision@k = mean over users of hits@k / k
 *   recall@k    = mean of hits@k / |relevant|
 *   nDCG@k      = mean of DCG / IDCG, DCG = sum over hits of 1 / ln(1 + rank), IDCG = the same for
 *                 min(|relevant|, k) hits at ranks 1..; binary relevance
 *   MAP         = mean of (sum over hits of hitsSoFar / rank) / |relevant|  (all relevant items,
 *                 not min(k, |relevant|), as their map_at_k does)
 *   coverage    = distinct items recommended / distinct items in the training data
 */
export interface RankingMetrics {
  precision: number;
  recall: number;
  ndcg: number;
  map: number;
  users: number;
}

export function rankingMetrics(
  relevant: ReadonlyMap<string, ReadonlySet<string>>,
  recommended: ReadonlyMap<string, readonly string[]>,
  k: number,
): RankingMetrics {
  let users = 0;
  let precision = 0;
  let recall = 0;
  let ndcg = 0;
  let map = 0;
  for (const [user, truth] of relevant) {
    const ranked = recommended.get(user);
    if (!ranked || ranked.length === 0 || truth.size === 0) continue;
    users++;
    let hits = 0;
    let dcg = 0;
    let precisionSum = 0;
    ranked.slice(0, k).forEach((item, position) => {
      if (!truth.has(item)) return;
      const rank = position + 1;
      hits++;
      dcg += 1 / Math.log(1 + rank);
      precisionSum += hits / rank;
    });
    let idcg = 0;
    for (let rank = 1; rank <= Math.min(truth.size, k); rank++) idcg += 1 / Math.log(1 + rank);
    precision += hits / k;
    recall += hits / truth.size;
    ndcg += dcg / idcg;
    map += precisionSum / truth.size;
  }
  const mean = (sum: number) => (users ? sum / users : 0);
  return { precision: mean(precision), recall: mean(recall), ndcg: mean(ndcg), map: mean(map), users };
}

export function catalogCoverage(recommended: ReadonlyMap<string, readonly string[]>, trainItems: number): number {
  const distinct = new Set<string>();
  for (const items of recommended.values()) for (const item of items) distinct.add(item);
  return trainItems ? distinct.size / trainItems : 0;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
