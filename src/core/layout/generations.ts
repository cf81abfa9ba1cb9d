import type { GenogramDocument, Id } from '../model/types';
import type { LayoutFamilies } from './layoutFamilies';
import { findLoopsOfDescent } from '../model/loopsOfDescent';

export interface Generations {
  /** Generation row of each person, 0 at the top. */
  rowOf: Map<Id, number>;
  /** Partner component ("partner block") index of each person. */
  groupOf: Map<Id, number>;
  /** Members of each partner component, in document order. */
  groups: Id[][];
  rowCount: number;
  /** Parent→child links that had to be ignored because they close a cycle of descent. */
  cycleLinks: number;
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[i] !== root) {
    const next = parent[i]!;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * One row per generation. Partners (and so whole chains of partners) share a
 * row, which is how people who partner into the family take their partner's
 * row and how relatives who partner each other are drawn once. Rows come from
 * a walk over the family, then every child is pushed below all its parents;
 * founders with no parents in the document (in-laws' parents, carers) are then
 * pulled down to sit just above their highest child. All loops are iterative.
 */
export function assignGenerations(doc: GenogramDocument, fam: LayoutFamilies): Generations {
  const n = fam.personIds.length;
  const uf = new Int32Array(n);
  for (let i = 0; i < n; i++) uf[i] = i;
  const idx = fam.docIndexOf;
  for (const c of fam.couples) {
    const ra = find(uf, idx.get(c.a)!);
    const rb = find(uf, idx.get(c.b)!);
    if (ra !== rb) uf[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groupOfIndex = new Int32Array(n);
  const groups: Id[][] = [];
  const rootToGroup = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(uf, i);
    let g = rootToGroup.get(r);
    if (g === undefined) {
      g = groups.length;
      rootToGroup.set(r, g);
      groups.push([]);
    }
    groupOfIndex[i] = g;
    groups[g]!.push(fam.personIds[i]!);
  }
  const groupOf = new Map<Id, number>();
  fam.personIds.forEach((id, i) => groupOf.set(id, groupOfIndex[i]!));
  const gCount = groups.length;

  // Descent edges between partner blocks, deduplicated.
  const childrenOfGroup: number[][] = Array.from({ length: gCount }, () => []);
  const seen = new Set<number>();
  for (const f of fam.families) {
    for (const p of f.parents) {
      const gp = groupOf.get(p)!;
      for (const c of f.children) {
        const gc = groupOf.get(c)!;
        if (gp === gc) continue;
        const key = gp * gCount + gc;
        if (seen.has(key)) continue;
        seen.add(key);
        childrenOfGroup[gp]!.push(gc);
      }
    }
  }

  // Leave out the links that close a loop of descent (someone recorded as their own ancestor).
  const groups0 = Array.from({ length: gCount }, (_, g) => g);
  const loops = findLoopsOfDescent<number, number>({ nodes: groups0, edgesFrom: (g) => childrenOfGroup[g]!, target: (c) => c });
  const closing = new Set(loops.closingEdges.map(({ from, edge }) => from * gCount + edge));
  const kept: number[][] = childrenOfGroup.map((list, g) => list.filter((c) => !closing.has(g * gCount + c)));
  const cycleLinks = loops.closingEdges.length;
  const order = loops.finishOrder;
  const parentsOfGroup: number[][] = Array.from({ length: gCount }, () => []);
  for (let g = 0; g < gCount; g++) for (const c of kept[g]!) parentsOfGroup[c]!.push(g);

  // Relative generations from a walk over the family (a child one row below, a
  // parent one row above), so an in-law's parents and siblings line up with the
  // in-law whatever the depth of their own ancestry. Each separate family starts
  // at a subject of the review if it has one, else at its first person.
  const row = new Int32Array(gCount);
  const reached = new Uint8Array(gCount);
  const starts: number[] = [];
  for (const p of doc.persons) if (p.subject && groupOf.has(p.id)) starts.push(groupOf.get(p.id)!);
  for (let g = 0; g < gCount; g++) starts.push(g);
  for (const start of starts) {
    if (reached[start]) continue;
    reached[start] = 1;
    row[start] = 0;
    const queue = [start];
    let top = 0;
    for (let head = 0; head < queue.length; head++) {
      const g = queue[head]!;
      for (const c of kept[g]!) if (!reached[c]) {
        reached[c] = 1;
        row[c] = row[g]! + 1;
        queue.push(c);
      }
      for (const p of parentsOfGroup[g]!) if (!reached[p]) {
        reached[p] = 1;
        row[p] = row[g]! - 1;
        top = Math.min(top, row[p]!);
        queue.push(p);
      }
    }
    for (const g of queue) row[g] = row[g]! - top;
  }
  // Where the walk met a conflict (relatives of different generations who
  // partner), push children down until each is below all its parents.
  for (let k = order.length - 1; k >= 0; k--) {
    const g = order[k]!;
    for (const c of kept[g]!) if (row[c]! < row[g]! + 1) row[c] = row[g]! + 1;
  }
  // Founders, and lines of only children above them, move down to just above
  // their highest child (children first), so an in-law's ancestors sit over the
  // in-law rather than at the top. A block with siblings stays with them.
  for (const g of order) {
    if (kept[g]!.length === 0) continue;
    if (!parentsOfGroup[g]!.every((p) => kept[p]!.length === 1)) continue;
    let lowest = Infinity;
    for (const c of kept[g]!) lowest = Math.min(lowest, row[c]!);
    if (lowest - 1 > row[g]!) row[g] = lowest - 1;
  }

  // Blocks with no descent links at all: carers sit above the child they care for,
  // others beside a household member, else on the top row.
  const isolated = (g: number) => parentsOfGroup[g]!.length === 0 && kept[g]!.length === 0;
  const carerRow = new Map<number, number>();
  for (const { carer, child } of fam.carerLinks) {
    const g = groupOf.get(carer)!;
    if (!isolated(g)) continue;
    const r = row[groupOf.get(child)!]! - 1;
    carerRow.set(g, Math.min(carerRow.get(g) ?? Infinity, r));
  }
  for (const [g, r] of carerRow) row[g] = r;
  for (const h of doc.households) {
    const ids = h.members.map((m) => m.person).filter((id) => groupOf.has(id));
    const anchor = ids.find((id) => !isolated(groupOf.get(id)!) || carerRow.has(groupOf.get(id)!));
    if (anchor === undefined) continue;
    for (const id of ids) {
      const g = groupOf.get(id)!;
      if (isolated(g) && !carerRow.has(g)) row[g] = row[groupOf.get(anchor)!]!;
    }
  }

  let min = Infinity;
  let max = -Infinity;
  for (let g = 0; g < gCount; g++) {
    min = Math.min(min, row[g]!);
    max = Math.max(max, row[g]!);
  }
  if (gCount === 0) min = max = 0;
  const rowOf = new Map<Id, number>();
  fam.personIds.forEach((id, i) => rowOf.set(id, row[groupOfIndex[i]!]! - min));
  return { rowOf, groupOf, groups, rowCount: max - min + 1, cycleLinks };
}
