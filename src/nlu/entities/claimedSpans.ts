/**
 * Character ranges already taken by an entity. Extractors run from the most specific (an e-mail, an
 * order number) to the least (a bare quantity), and each skips what an earlier one claimed, so
 * "SK-104233" never also yields a ZIP code or a quantity.
 */
export class ClaimedSpans {
  private readonly spans: [number, number][] = [];

  claim(start: number, end: number): void {
    this.spans.push([start, end]);
  }

  overlaps(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => start < e && s < end);
  }
}
