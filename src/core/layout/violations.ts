import type { GenogramDocument, Id } from '../model/types';
import { coupleKey, type LayoutResult, type PersonBox } from './types';
import { analyseFamilies } from './layoutFamilies';
import { assignGenerations } from './generations';
import { birthKey } from './birthOrder';
import { crossings } from './order/objective';

export interface LayoutViolations {
  /**
   * Symbols off their generation row's line, partners on different rows, children
   * not below the parents they hang from (unless a loop of descent or a partner
   * block forces it).
   */
  rowMismatch: number;
  /** Partners with someone from outside their partner block standing between them. */
  partnersNotAdjacent: number;
  /** Partner lines that pass over another symbol of the row without being stepped. */
  partnerLinesThroughSymbols: number;
  /** Pairs of symbols that overlap. */
  overlaps: number;
  /** Neighbouring dated siblings (same row, same parents) standing younger-left-of-older. */
  siblingOrder: number;
  /** The same, where the pair does not carry birth-order numbers. */
  siblingOrderUnmarked: number;
  /** Crossings between parent-to-child lines of neighbouring rows. */
  edgeCrossings: number;
}

/**
 * Measures how far a layout breaks the layout rules. Pinned persons are where
 * the user put them and are not judged for rows or birth order. Lines from a
 * couple to its children are taken as straight segments from the middle of
 * the partner line to the child, for the crossing count; children more than one
 * row below their parents are not counted there.
 */
export function countViolations(doc: GenogramDocument, layout: LayoutResult): LayoutViolations {
  const fam = analyseFamilies(doc);
  const gen = assignGenerations(doc, fam);
  const box = (id: Id): PersonBox | undefined => layout.boxes.get(id);
  const pinned = new Set(doc.persons.filter((p) => p.pinned).map((p) => p.id));
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const v: LayoutViolations = {
    rowMismatch: 0,
    partnersNotAdjacent: 0,
    partnerLinesThroughSymbols: 0,
    overlaps: 0,
    siblingOrder: 0,
    siblingOrderUnmarked: 0,
    edgeCrossings: 0,
  };

  for (const id of fam.personIds) {
    const b = box(id);
    if (!b) {
      v.rowMismatch++;
      continue;
    }
    if (!pinned.has(id) && b.y !== layout.rowY[b.row]) v.rowMismatch++;
  }

  // Persons of each visual row (same y), left to right.
  const byY = new Map<number, PersonBox[]>();
  for (const b of layout.boxes.values()) {
    const list = byY.get(b.y);
    if (list) list.push(b);
    else byY.set(b.y, [b]);
  }
  const slot = new Map<Id, number>();
  for (const list of byY.values()) {
    list.sort((p, q) => p.x - q.x || (p.id < q.id ? -1 : 1));
    list.forEach((b, i) => slot.set(b.id, i));
  }

  for (const c of fam.couples) {
    const a = box(c.a);
    const b = box(c.b);
    if (!a || !b) continue;
    if (a.y !== b.y) {
      v.rowMismatch++;
      continue;
    }
    const row = byY.get(a.y)!;
    const lo = Math.min(slot.get(c.a)!, slot.get(c.b)!);
    const hi = Math.max(slot.get(c.a)!, slot.get(c.b)!);
    if (hi - lo <= 1) continue;
    const group = gen.groupOf.get(c.a);
    let outsider = false;
    for (let i = lo + 1; i < hi; i++) if (gen.groupOf.get(row[i]!.id) !== group) outsider = true;
    if (outsider) v.partnersNotAdjacent++;
    if (!(layout.partnerLines.get(coupleKey(c.a, c.b))?.level ?? 0)) v.partnerLinesThroughSymbols++;
  }

  // A child not below its parent is a fault unless the rules force it: the child
  // is in the parent's own partner block, or the child's line of descent leads
  // back to the parent's block (someone who is their own ancestor).
  const groupChildren = new Map<number, Set<number>>();
  for (const f of fam.families) {
    for (const p of f.parents) {
      const gp = gen.groupOf.get(p)!;
      let set = groupChildren.get(gp);
      if (!set) groupChildren.set(gp, (set = new Set()));
      for (const c of f.children) set.add(gen.groupOf.get(c)!);
    }
  }
  const descends = (from: number, to: number): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      for (const next of groupChildren.get(queue[head]!) ?? []) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return false;
  };
  for (const f of fam.families) {
    for (const p of f.parents) {
      const pb = box(p);
      if (!pb) continue;
      for (const c of f.children) {
        const cb = box(c);
        if (!cb || pinned.has(c) || pinned.has(p) || cb.row > pb.row) continue;
        const gp = gen.groupOf.get(p)!;
        const gc = gen.groupOf.get(c)!;
        if (gp !== gc && !descends(gc, gp)) v.rowMismatch++;
      }
    }
  }

  v.overlaps = countOverlaps([...layout.boxes.values()]);

  for (const f of fam.families) {
    const byRow = new Map<number, PersonBox[]>();
    for (const c of f.children) {
      const b = box(c);
      if (!b || pinned.has(c) || birthKey(persons.get(c)) === undefined) continue;
      const list = byRow.get(b.row);
      if (list) list.push(b);
      else byRow.set(b.row, [b]);
    }
    for (const list of byRow.values()) {
      list.sort((p, q) => p.x - q.x);
      for (let i = 1; i < list.length; i++) {
        const left = list[i - 1]!.id;
        const right = list[i]!.id;
        if (birthKey(persons.get(left))! > birthKey(persons.get(right))!) {
          v.siblingOrder++;
          if (!layout.birthOrderNumbers.has(left) || !layout.birthOrderNumbers.has(right)) v.siblingOrderUnmarked++;
        }
      }
    }
  }

  v.edgeCrossings = countEdgeCrossings(fam.families, box);
  return v;
}

function countOverlaps(boxes: PersonBox[]): number {
  boxes.sort((p, q) => p.x - q.x);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.x >= a.x + a.size) break;
      if (b.y < a.y + a.size && a.y < b.y + b.size) count++;
    }
  }
  return count;
}

/** Crossing pairs among segments between each pair of neighbouring rows, by counting inversions. */
function countEdgeCrossings(families: { parents: Id[]; children: Id[] }[], box: (id: Id) => PersonBox | undefined): number {
  const byRow = new Map<number, [number, number][]>();
  for (const f of families) {
    const pbs = f.parents.map(box);
    if (pbs.some((b) => !b)) continue;
    const top = pbs[0]!.row;
    const from = pbs.reduce((s, b) => s + b!.x + b!.size / 2, 0) / pbs.length;
    for (const c of f.children) {
      const cb = box(c);
      if (!cb || cb.row !== top + 1) continue;
      const list = byRow.get(top);
      const seg: [number, number] = [from, cb.x + cb.size / 2];
      if (list) list.push(seg);
      else byRow.set(top, [seg]);
    }
  }
  let total = 0;
  for (const segs of byRow.values()) total += crossings(segs);
  return total;
}
