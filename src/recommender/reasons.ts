/** The words shown beside a suggestion: why the shop thinks the customer will like it. */
import type { Reason } from './types.ts';

export type NameOf = (id: string) => string;

export const reasons = {
  becauseYouBought: (anchor: string, nameOf: NameOf): Reason => ({
    kind: 'because_you_bought',
    text: `Because you bought the ${nameOf(anchor)}`,
    anchorItemId: anchor,
  }),
  becauseYouViewed: (anchor: string, nameOf: NameOf): Reason => ({
    kind: 'because_you_viewed',
    text: `Because you looked at the ${nameOf(anchor)}`,
    anchorItemId: anchor,
  }),
  boughtTogether: (anchor: string, nameOf: NameOf): Reason => ({
    kind: 'bought_together',
    text: `Often bought with the ${nameOf(anchor)}`,
    anchorItemId: anchor,
  }),
  similarTo: (anchor: string, nameOf: NameOf): Reason => ({
    kind: 'similar_to',
    text: `Similar to the ${nameOf(anchor)}`,
    anchorItemId: anchor,
  }),
  customersLikeYou: (): Reason => ({
    kind: 'customers_like_you',
    text: 'Customers who buy what you buy also bought it',
  }),
  trending: (category: string | undefined, trendingDays: number): Reason => ({
    kind: 'trending',
    text: category ? `Popular in ${category} ${periodOf(trendingDays)}` : `Trending ${periodOf(trendingDays)}`,
  }),
  popular: (category: string | undefined): Reason => ({
    kind: 'popular',
    text: category ? `A favourite in ${category}` : 'One of our most popular items',
  }),
  newArrival: (category: string | undefined): Reason => ({
    kind: 'new_arrival',
    text: category ? `New in ${category}` : 'New in the shop',
  }),
};

function periodOf(days: number): string {
  if (days <= 1) return 'today';
  if (days === 7) return 'this week';
  if (days >= 28 && days <= 31) return 'this month';
  return `over the last ${days} days`;
}
