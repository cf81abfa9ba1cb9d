import type { Box } from '../scene';
import { LeftEdgeIndex } from './leftEdgeIndex';

/**
 * Boxes indexed by left edge, for finding those that overlap a region without a scan of
 * them all. `live` boxes added to the source array after it was indexed are scanned one by
 * one: the drawing adds a household label there after each household.
 */
export class BoxesByX {
  private readonly index: LeftEdgeIndex<Box>;
  /** How many boxes of the source array are in the index. */
  readonly indexed: number;

  constructor(private readonly source: readonly Box[]) {
    this.indexed = source.length;
    this.index = new LeftEdgeIndex(source, (b) => b.x, (b) => b.x + b.width);
  }

  /** Boxes with area in common with the region (or any, for empty boxes touching it). */
  overlapping(region: Box): Box[] {
    const out = this.index.near(region.x, region.x + region.width).filter((b) => meets(b, region));
    for (let i = this.indexed; i < this.source.length; i++) if (meets(this.source[i]!, region)) out.push(this.source[i]!);
    return out;
  }
}

function meets(t: Box, region: Box): boolean {
  return t.x < region.x + region.width && t.x + t.width > region.x && t.y < region.y + region.height && t.y + t.height > region.y;
}
