/** Counts over ranks 1..n with prefix sums in O(log n): how many entries are above a rank. */
export class RankCounter {
  private readonly tree: Int32Array;
  private total = 0;

  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1);
  }

  add(rank: number, delta: number): void {
    this.total += delta;
    for (let t = rank; t <= this.size; t += t & -t) this.tree[t]! += delta;
  }

  /** Entries with a rank strictly greater than `rank`. */
  above(rank: number): number {
    let atMost = 0;
    for (let t = rank; t > 0; t -= t & -t) atMost += this.tree[t]!;
    return this.total - atMost;
  }
}

/**
 * A multiset of half-integer offsets with the least total distance to a common shift:
 * min over s of the sum of |d - s| (the shift is a median). Insert and remove in O(log n).
 */
export class OffsetSpread {
  private readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly size: number;
  private n = 0;
  private total = 0;

  /** Offsets must lie within ±range. */
  constructor(private readonly range: number) {
    this.size = 4 * range + 3;
    this.count = new Float64Array(this.size + 1);
    this.sum = new Float64Array(this.size + 1);
  }

  add(d: number, sign: 1 | -1): void {
    const i = Math.round(2 * d) + 2 * this.range + 1;
    this.n += sign;
    this.total += sign * d;
    for (let t = i; t <= this.size; t += t & -t) {
      this.count[t]! += sign;
      this.sum[t]! += sign * d;
    }
  }

  /** The least total distance of the offsets to a common shift. */
  spread(): number {
    if (this.n < 2) return 0;
    // The lower median: the largest index whose prefix count stays below half, plus one (Fenwick descent).
    const half = Math.ceil(this.n / 2);
    let i = 0;
    let c = 0;
    for (let step = 1 << Math.floor(Math.log2(this.size)); step > 0; step >>= 1) {
      const next = i + step;
      if (next <= this.size && c + this.count[next]! < half) {
        i = next;
        c += this.count[next]!;
      }
    }
    const m = i + 1;
    const median = (m - 2 * this.range - 1) / 2;
    const { count, sum } = this.prefix(m);
    return median * count - sum + (this.total - sum) - median * (this.n - count);
  }

  private prefix(i: number): { count: number; sum: number } {
    let count = 0;
    let sum = 0;
    for (let t = i; t > 0; t -= t & -t) {
      count += this.count[t]!;
      sum += this.sum[t]!;
    }
    return { count, sum };
  }
}
