import type { Id } from '../../model/types';
import type { Rect } from './rect';
import { overlaps } from './rect';

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
  private readonly entries: Entry[];
  private readonly widest: number;
  /** How many people the index was built from. */
  readonly size: number;

  constructor(people: Iterable<[Id, Rect[]]>) {
    this.entries = [];
    let size = 0;
    for (const [id, boxes] of people) {
      size++;
      if (boxes.length === 0) continue;
      const bound = boxes.reduce((h, b) => ({ x0: Math.min(h.x0, b.x0), y0: Math.min(h.y0, b.y0), x1: Math.max(h.x1, b.x1), y1: Math.max(h.y1, b.y1) }));
      this.entries.push({ id, bound, boxes });
    }
    this.size = size;
    this.entries.sort((a, b) => a.bound.x0 - b.bound.x0);
    this.widest = this.entries.reduce((w, e) => Math.max(w, e.bound.x1 - e.bound.x0), 0);
  }

  /** Keep-out boxes of people not in `skip` that overlap `region`, in a fixed order. */
  boxesIn(region: Rect, skip: ReadonlySet<Id>): Rect[] {
    const out: Rect[] = [];
    const { entries } = this;
    // First entry whose left edge could still reach into the region.
    let lo = 0;
    let hi = entries.length;
    const from = region.x0 - this.widest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid]!.bound.x0 < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < entries.length && entries[i]!.bound.x0 < region.x1; i++) {
      const e = entries[i]!;
      if (skip.has(e.id) || !overlaps(e.bound, region)) continue;
      for (const b of e.boxes) if (overlaps(b, region)) out.push(b);
    }
    return out;
  }
}
