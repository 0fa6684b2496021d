/**
 * The baseline every evaluation reports beside the model: items ranked by how many distinct users
 * had them (over the last `windowDays` of training when given, else all of it), seen items removed.
 */
import type { InteractionEvent } from '../types.ts';
import { compareStrings } from '../idIndex.ts';

const DAY_MS = 86_400_000;

export class PopularityBaseline {
  private readonly ranked: string[];
  private readonly seen: Map<string, Set<string>>;

  constructor(train: readonly InteractionEvent[], windowDays?: number) {
    const end = train.reduce((max, e) => Math.max(max, e.timestamp), -Infinity);
    const from = windowDays ? end - windowDays * DAY_MS : -Infinity;
    const usersOf = new Map<string, Set<string>>();
    this.seen = new Map();
    for (const e of train) {
      let seen = this.seen.get(e.user);
      if (!seen) this.seen.set(e.user, (seen = new Set()));
      seen.add(e.item);
      if (e.timestamp < from) continue;
      let users = usersOf.get(e.item);
      if (!users) usersOf.set(e.item, (users = new Set()));
      users.add(e.user);
    }
    this.ranked = [...usersOf]
      .sort(([a, x], [b, y]) => y.size - x.size || compareStrings(a, b))
      .map(([item]) => item);
  }

  recommend(user: string, k: number): string[] {
    const seen = this.seen.get(user);
    const out: string[] = [];
    for (const item of this.ranked) {
      if (out.length >= k) break;
      if (!seen?.has(item)) out.push(item);
    }
    return out;
  }
}
