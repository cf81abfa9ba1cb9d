import type { Box } from '../scene';

/**
 * Boxes sorted by left edge, for finding those that overlap a region without a scan of
 * them all. `live` boxes added to the source array after it was sorted are scanned one by
 * one: the drawing adds a household label there after each household.
 */
export class BoxesByX {
  private readonly sorted: Box[];
  private readonly widest: number;
  /** How many boxes of the source array are in `sorted`. */
  readonly indexed: number;

  constructor(private readonly source: readonly Box[]) {
    this.indexed = source.length;
    this.sorted = [...source].sort((a, b) => a.x - b.x);
    this.widest = source.reduce((w, b) => Math.max(w, b.width), 0);
  }

  /** Boxes with area in common with the region (or any, for empty boxes touching it). */
  overlapping(region: Box): Box[] {
    const out: Box[] = [];
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    const from = region.x - this.widest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.x < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.x < region.x + region.width; i++) if (meets(sorted[i]!, region)) out.push(sorted[i]!);
    for (let i = this.indexed; i < this.source.length; i++) if (meets(this.source[i]!, region)) out.push(this.source[i]!);
    return out;
  }
}

function meets(t: Box, region: Box): boolean {
  return t.x < region.x + region.width && t.x + t.width > region.x && t.y < region.y + region.height && t.y + t.height > region.y;
}
