import type { OrderModel } from './order/orderModel';
import type { PlanEntry } from './plan';

/** Horizontal gap between neighbouring entries of a row (ELK's node spacing, and the own placement's). */
export const ENTRY_GAP = 20;

/**
 * Widens a partner block (a person with several partners, side by side) until each couple's
 * line stands above its own children. The block is one rigid node for the placement, so
 * without this a wide sibship under the middle couple pushes the children of the outer
 * couples sideways, under the middle couple's line: their bars then overlap and the children
 * read as one sibship. For each two neighbouring couples of a block, in the order of their
 * lines, the distance between their lines' origins is made at least the distance between the
 * middles of their children when the children's row is packed tight; the room goes into the
 * space between the partners that parts the two origins most. Rows are done from the bottom
 * up, so each row is measured with the room its own blocks already took. Mutates the rows,
 * the units' centres and the entries' widths of the plan being built.
 */
export function spreadForChildren(model: OrderModel, rows: PlanEntry[][], unitEntry: Int32Array, unitCentre: Float64Array): void {
  const inBlock = (f: number): boolean => {
    const o = model.families[f]!.origin;
    return model.families[f]!.sibship && o.length === 2 && unitEntry[o[0]!] === unitEntry[o[1]!] && rows[model.rowOfUnit[o[0]!]!]![unitEntry[o[0]!]!]!.units.length > 2;
  };
  for (let r = rows.length - 2; r >= 0; r--) {
    const left = packedLefts(rows[r + 1]!);
    const kidX = (u: number) => left[unitEntry[u]!]! + unitCentre[u]!;
    const byEntry = new Map<number, number[]>();
    for (const f of model.familiesOfGap[r] ?? []) {
      if (!inBlock(f) || !model.families[f]!.kids.length) continue;
      const e = unitEntry[model.families[f]!.origin[0]!]!;
      byEntry.set(e, [...(byEntry.get(e) ?? []), f]);
    }
    for (const [e, families] of byEntry) {
      if (families.length < 2) continue;
      const entry = rows[r]![e]!;
      const span = new Map(families.map((f) => [f, kidSpan(model.families[f]!.kids, kidX)]));
      const originOf = (f: number) => (unitCentre[model.families[f]!.origin[0]!]! + unitCentre[model.families[f]!.origin[1]!]!) / 2;
      // A few passes: widening between two couples can shorten nothing, but a couple whose partners straddle it moves half as far.
      for (let pass = 0; pass < 3; pass++) {
        let widened = false;
        const sorted = [...families].sort((a, b) => originOf(a) - originOf(b));
        for (let i = 0; i + 1 < sorted.length; i++) {
          const f = sorted[i]!;
          const g = sorted[i + 1]!;
          const sf = span.get(f)!;
          const sg = span.get(g)!;
          // Children in the other order cross anyway: widening would only lengthen the lines.
          if (sf.hi >= sg.lo) continue;
          const deficit = (sg.lo + sg.hi) / 2 - (sf.lo + sf.hi) / 2 - (originOf(g) - originOf(f));
          if (deficit <= 0.5) continue;
          const at = bestBoundary(entry, model.families[f]!.origin, model.families[g]!.origin);
          if (!at) continue;
          widenEntry(entry, at.boundary, deficit / at.gain, unitCentre);
          widened = true;
        }
        if (!widened) break;
      }
    }
  }
}

/** Left edge of each entry of a row packed tight. */
function packedLefts(entries: readonly PlanEntry[]): number[] {
  const lefts: number[] = [];
  let x = 0;
  for (const entry of entries) {
    lefts.push(x);
    x += entry.width + ENTRY_GAP;
  }
  return lefts;
}

function kidSpan(kids: readonly number[], x: (u: number) => number): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of kids) {
    lo = Math.min(lo, x(k));
    hi = Math.max(hi, x(k));
  }
  return { lo, hi };
}

/**
 * The space between two neighbouring units of the block (after unit `boundary`) that moves
 * the second couple's origin farthest from the first's per unit of room: an origin moves
 * half the room for each of its two partners standing right of the space.
 */
function bestBoundary(entry: PlanEntry, first: readonly number[], second: readonly number[]): { boundary: number; gain: number } | undefined {
  const index = (u: number) => entry.units.indexOf(u);
  let best: { boundary: number; gain: number } | undefined;
  for (let j = 0; j + 1 < entry.units.length; j++) {
    const rightOf = (origin: readonly number[]) => origin.filter((u) => index(u) > j).length / 2;
    const gain = rightOf(second) - rightOf(first);
    // Ties go to the rightmost space: it moves the couples further right with the second, which they need too.
    if (gain > 0 && (!best || gain >= best.gain)) best = { boundary: j, gain };
  }
  return best;
}

/** Adds room between unit `boundary` of the entry and the next: the units after it move right. */
export function widenEntry(entry: PlanEntry, boundary: number, room: number, unitCentre: Float64Array): void {
  for (let k = boundary + 1; k < entry.units.length; k++) {
    entry.centres[k]! += room;
    unitCentre[entry.units[k]!]! += room;
  }
  entry.width += room;
}
