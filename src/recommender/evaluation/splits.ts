/**
 * Train/test splits. The random ones reproduce Microsoft Recommenders' python_stratified_split
 * (recommenders-team/recommenders, _do_stratification): np.random.seed(seed), one rand() per row in
 * file order, rows ranked inside their user (or item) by that draw, and a row goes to train when
 * rank / count <= ratio (so 3 of 4, 7 of 10). Two deliberate differences: repeated (user, item)
 * rows move together (see below), and a group of a single row stays in train (theirs sends it to
 * test, where it can never be predicted: an unknown user or item).
 * The temporal split trains on the past and tests on first-time items in the future.
 */
import type { InteractionEvent } from '../types.ts';
import { MersenneTwister } from './mersenneTwister.ts';

export type SplitName = 'random-by-user' | 'random-by-item' | 'temporal';
export const SPLIT_NAMES: readonly SplitName[] = ['random-by-user', 'random-by-item', 'temporal'];

export interface Split {
  train: InteractionEvent[];
  /** Per test user, the items they should be recommended (relevant items). */
  test: Map<string, Set<string>>;
  testEvents: number;
}

export function stratifiedSplit(
  events: readonly InteractionEvent[],
  ratio: number,
  by: 'user' | 'item',
  seed: number,
): Split {
  if (!(ratio > 0 && ratio < 1)) throw new RangeError(`ratio must be between 0 and 1, got ${ratio}`);
  // The unit of the split is a distinct (user, item) pair: a customer who bought the same item three
  // times has it on one side only, else the test would ask for items the training already shows
  // (which every ranker that removes seen items must miss). Data without repeats (MovieLens) has one
  // pair per row, in row order, so the draws are exactly theirs.
  const pairOf = new Int32Array(events.length);
  const pairNumbers = new Map<string, number>();
  const groupOfPair: string[] = [];
  events.forEach((event, e) => {
    const key = `${event.user}\u0000${event.item}`;
    let pair = pairNumbers.get(key);
    if (pair === undefined) {
      pairNumbers.set(key, (pair = groupOfPair.length));
      groupOfPair.push(by === 'user' ? event.user : event.item);
    }
    pairOf[e] = pair;
  });
  const random = new MersenneTwister(seed);
  const draws = new Float64Array(groupOfPair.length);
  for (let p = 0; p < draws.length; p++) draws[p] = random.nextDouble();
  const groups = new Map<string, number[]>();
  groupOfPair.forEach((key, p) => {
    let pairs = groups.get(key);
    if (!pairs) groups.set(key, (pairs = []));
    pairs.push(p);
  });
  const pairInTrain = new Uint8Array(groupOfPair.length);
  for (const pairs of groups.values()) {
    pairs.sort((a, b) => draws[a] - draws[b] || a - b);
    const trainCount = trainShare(pairs.length, ratio);
    for (let rank = 0; rank < trainCount; rank++) pairInTrain[pairs[rank]] = 1;
  }
  const train: InteractionEvent[] = [];
  const testRows: InteractionEvent[] = [];
  events.forEach((event, e) => (pairInTrain[pairOf[e]] ? train : testRows).push(event));
  return { train, test: groupByUser(testRows), testEvents: testRows.length };
}

/**
 * How many of a group's `count` rows go to train: those whose rank / count <= ratio (the same float
 * comparison as theirs), at least one and, for two rows or more, at most count - 1.
 */
export function trainShare(count: number, ratio: number): number {
  let share = 0;
  while (share < count && (share + 1) / count <= ratio) share++;
  if (count === 1) return 1;
  return Math.min(count - 1, Math.max(1, share));
}

/**
 * Train on events before `testFrom`; test each returning customer (one with training events) on the
 * items they interacted with for the first time from `testFrom` on.
 */
export function temporalSplit(events: readonly InteractionEvent[], testFrom: number): Split {
  const train = events.filter((e) => e.timestamp < testFrom);
  const known = groupByUser(train);
  const later = events.filter((e) => e.timestamp >= testFrom && known.get(e.user) && !known.get(e.user)!.has(e.item));
  return { train, test: groupByUser(later), testEvents: later.length };
}

/** The time before which `ratio` of the events happened: the default --test-from of a temporal split. */
export function timeQuantile(events: readonly InteractionEvent[], ratio: number): number {
  const times = Float64Array.from(events, (e) => e.timestamp).sort();
  return times[Math.min(times.length - 1, Math.floor(ratio * times.length))];
}

export function groupByUser(events: readonly InteractionEvent[]): Map<string, Set<string>> {
  const byUser = new Map<string, Set<string>>();
  for (const e of events) {
    let items = byUser.get(e.user);
    if (!items) byUser.set(e.user, (items = new Set()));
    items.add(e.item);
  }
  return byUser;
}
