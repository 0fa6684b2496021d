import { describe, expect, it } from 'vitest';
import type { InteractionEvent } from '../../src/recommender/index.ts';
import { MersenneTwister } from '../../src/recommender/evaluation/mersenneTwister.ts';
import { stratifiedSplit, temporalSplit, trainShare } from '../../src/recommender/evaluation/splits.ts';

const DAY = 86_400_000;
const event = (user: string, item: string, day = 0): InteractionEvent => ({ user, item, timestamp: Date.UTC(2024, 0, 1) + day * DAY });

/** Many users with 1..12 distinct items each, interleaved in file order. */
function manyUsers(): InteractionEvent[] {
  const events: InteractionEvent[] = [];
  for (let round = 0; round < 12; round++) {
    for (let u = 0; u < 40; u++) if (round < 1 + (u % 12)) events.push(event(`u${u}`, `i${(u * 7 + round * 3) % 50}-${round}`, round));
  }
  return events;
}

describe('random splits (as Microsoft Recommenders python_stratified_split)', () => {
  it('draws the numbers numpy draws after np.random.seed(42)', () => {
    const random = new MersenneTwister(42);
    expect([random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()]).toEqual([
      0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366,
    ]);
  });

  it('puts the same rows in train as their splitter (reference computed with numpy)', () => {
    // users a: rows 0,2,5,7; b: 1,4,8; c: 3,6,9,10,11 (one item per row)
    const users = ['a', 'b', 'a', 'c', 'b', 'a', 'c', 'a', 'b', 'c', 'c', 'c'];
    const events = users.map((user, row) => event(user, `item${row}`));
    const { train } = stratifiedSplit(events, 0.75, 'user', 42);
    expect(train.map((e) => Number(e.item.slice(4)))).toEqual([0, 2, 3, 4, 5, 6, 8, 10]);
  });

  it.each([
    { count: 1, train: 1 },
    { count: 2, train: 1 },
    { count: 3, train: 2 },
    { count: 4, train: 3 },
    { count: 5, train: 3 },
    { count: 10, train: 7 },
    { count: 100, train: 75 },
  ])('keeps $train of $count rows of a user in train at 0.75, at least one on each side', ({ count, train }) => {
    expect(trainShare(count, 0.75)).toBe(train);
  });

  it.each(['user', 'item'] as const)('splits each %s 75/25 and keeps every row exactly once', (by) => {
    const events = manyUsers();
    const split = stratifiedSplit(events, 0.75, by, 42);
    const key = (e: InteractionEvent) => (by === 'user' ? e.user : e.item);
    const total = new Map<string, number>();
    for (const e of events) total.set(key(e), (total.get(key(e)) ?? 0) + 1);
    const inTrain = new Map<string, number>();
    for (const e of split.train) inTrain.set(key(e), (inTrain.get(key(e)) ?? 0) + 1);
    for (const [group, count] of total) expect(inTrain.get(group) ?? 0, group).toBe(trainShare(count, 0.75));
    expect(split.train.length + split.testEvents).toBe(events.length);
  });

  it('gives the same split for the same seed and another for another seed', () => {
    const events = manyUsers();
    const a = stratifiedSplit(events, 0.75, 'user', 42);
    const b = stratifiedSplit(events, 0.75, 'user', 42);
    const c = stratifiedSplit(events, 0.75, 'user', 7);
    expect(b.train).toEqual(a.train);
    expect(c.train).not.toEqual(a.train);
  });

  it('keeps repeated purchases of one item by one customer on the same side', () => {
    const events = [event('u', 'a', 0), event('u', 'b', 1), event('u', 'a', 2), event('u', 'c', 3), event('u', 'a', 4), event('u', 'd', 5)];
    for (const seed of [1, 2, 3, 42]) {
      const { train, test } = stratifiedSplit(events, 0.75, 'user', seed);
      const trainItems = new Set(train.map((e) => e.item));
      expect(trainItems.size).toBe(3); // 3 of 4 distinct items
      for (const item of test.get('u')!) expect(trainItems.has(item)).toBe(false);
    }
  });
});

describe('temporal split', () => {
  const events = [
    event('old', 'a', 1),
    event('old', 'b', 2),
    event('old', 'a', 11), // bought again after the cut: not new, not tested
    event('old', 'c', 12), // new for this customer: tested
    event('old', 'c', 13),
    event('newcomer', 'a', 12), // no history before the cut: not tested
    event('quiet', 'b', 3), // nothing after the cut: not tested
  ];
  const split = temporalSplit(events, Date.UTC(2024, 0, 1) + 10 * DAY);

  it('trains on everything before the cut', () => {
    expect(split.train.map((e) => `${e.user}:${e.item}`)).toEqual(['old:a', 'old:b', 'quiet:b']);
  });

  it('tests returning customers on the items they take for the first time from the cut', () => {
    expect([...split.test]).toEqual([['old', new Set(['c'])]]);
  });
});
