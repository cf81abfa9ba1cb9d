/**
 * The one box index of the household outline code: items sorted by their left edge, so a
 * query over a stretch of x visits only the items that can reach into it (those starting at
 * most the widest item's width before it) instead of all of them. The callers test the exact
 * overlap: boxes (BoxesByX) or people's keep-out boxes (OutsiderIndex).
 */
export class LeftEdgeIndex<T> {
  private readonly sorted: T[];
  private readonly lefts: number[];
  private readonly widest: number;

  constructor(items: Iterable<T>, left: (item: T) => number, right: (item: T) => number) {
    this.sorted = [...items].sort((a, b) => left(a) - left(b));
    this.lefts = this.sorted.map(left);
    this.widest = this.sorted.reduce((w, item) => Math.max(w, right(item) - left(item)), 0);
  }

  /** Every item that may reach into [x0, x1), in left-edge order; a few more may come, none is missed. */
  near(x0: number, x1: number): T[] {
    const { lefts } = this;
    const from = x0 - this.widest;
    let lo = 0;
    let hi = lefts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lefts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < lefts.length && lefts[i]! < x1; i++) out.push(this.sorted[i]!);
    return out;
  }
}
