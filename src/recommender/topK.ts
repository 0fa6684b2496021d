/**
 * Keeps the best `capacity` (index, score) pairs seen, in a min-heap over typed arrays. Ties are
 * broken by the smaller index, so the result never depends on the order candidates arrive in.
 */
export class TopK {
  readonly indices: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.indices = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** True when (score, index) ranks below (otherScore, otherIndex). */
  private static worse(score: number, index: number, otherScore: number, otherIndex: number): boolean {
    return score < otherScore || (score === otherScore && index > otherIndex);
  }

  push(index: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      this.indices[this.size] = index;
      this.scores[this.size] = score;
      this.siftUp(this.size++);
    } else if (TopK.worse(this.scores[0], this.indices[0], score, index)) {
      this.indices[0] = index;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The kept pairs, best first. Does not clear. */
  sorted(): { indices: number[]; scores: number[] } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) =>
      TopK.worse(this.scores[a], this.indices[a], this.scores[b], this.indices[b]) ? 1 : -1,
    );
    return { indices: order.map((i) => this.indices[i]), scores: order.map((i) => this.scores[i]) };
  }

  private siftUp(position: number): void {
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (!TopK.worse(this.scores[position], this.indices[position], this.scores[parent], this.indices[parent])) break;
      this.swap(position, parent);
      position = parent;
    }
  }

  private siftDown(position: number): void {
    for (;;) {
      const left = 2 * position + 1;
      const right = left + 1;
      let smallest = position;
      if (left < this.size && TopK.worse(this.scores[left], this.indices[left], this.scores[smallest], this.indices[smallest])) smallest = left;
      if (right < this.size && TopK.worse(this.scores[right], this.indices[right], this.scores[smallest], this.indices[smallest])) smallest = right;
      if (smallest === position) return;
      this.swap(position, smallest);
      position = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const index = this.indices[a];
    this.indices[a] = this.indices[b];
    this.indices[b] = index;
    const score = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = score;
  }
}
