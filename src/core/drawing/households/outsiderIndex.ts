import type { Id } from '../../model/types';
import type { Rect } from './rect';
import { overlaps } from './rect';
import { LeftEdgeIndex } from './leftEdgeIndex';

interface Entry {
  id: Id;
  bound: Rect;
  boxes: Rect[];
}

/**
 * Everyone's keep-out boxes sorted by left edge, so a household looks only at the people
 * near it instead of the whole figure. Built once per set of people and shared by all
 * the households drawn from it.
 */
export class OutsiderIndex {
  private readonly index: LeftEdgeIndex<Entry>;
  /** How many people the index was built from. */
  readonly size: number;

  constructor(people: Iterable<[Id, Rect[]]>) {
    const entries: Entry[] = [];
    let size = 0;
    for (const [id, boxes] of people) {
      size++;
      if (boxes.length === 0) continue;
      const bound = boxes.reduce((h, b) => ({ x0: Math.min(h.x0, b.x0), y0: Math.min(h.y0, b.y0), x1: Math.max(h.x1, b.x1), y1: Math.max(h.y1, b.y1) }));
      entries.push({ id, bound, boxes });
    }
    this.size = size;
    this.index = new LeftEdgeIndex(entries, (e) => e.bound.x0, (e) => e.bound.x1);
  }

  /** Keep-out boxes of people not in `skip` that overlap `region`, in a fixed order. */
  boxesIn(region: Rect, skip: ReadonlySet<Id>): Rect[] {
    const out: Rect[] = [];
    for (const e of this.index.near(region.x0, region.x1)) {
      if (skip.has(e.id) || !overlaps(e.bound, region)) continue;
      for (const b of e.boxes) if (overlaps(b, region)) out.push(b);
    }
    return out;
  }
}
