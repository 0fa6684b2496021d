/** Dense integer ids for string ids, in sorted order so that the same ids give the same numbers. */
export class IdIndex {
  private readonly numbers: Map<string, number>;

  constructor(readonly ids: readonly string[]) {
    this.numbers = new Map(ids.map((id, index) => [id, index]));
  }

  /** Builds the index of the distinct ids, sorted (code-unit order, locale-free, so deterministic). */
  static of(ids: Iterable<string>): IdIndex {
    return new IdIndex([...new Set(ids)].sort(compareStrings));
  }

  get size(): number {
    return this.ids.length;
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  idOf(index: number): string {
    return this.ids[index];
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
