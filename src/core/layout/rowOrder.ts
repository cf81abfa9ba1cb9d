import type { GenogramDocument, Id, Person } from '../model/types';
import type { LayoutResult } from './types';
import type { FamilyUnit, LayoutFamilies } from './layoutFamilies';
import type { PartnerBlock } from './partnerBlocks';
import { sibshipRanks } from './birthOrder';

export interface RowOrderInput {
  doc: GenogramDocument;
  fam: LayoutFamilies;
  blocks: PartnerBlock[];
  rowCount: number;
  previous?: LayoutResult | undefined;
  /** Down-then-up barycentre sweeps; more cut more crossings but cost time. */
  sweeps?: number;
}

export interface RowOrder {
  /** Block indices per row, left to right. Block members may have been turned round. */
  rowBlocks: number[][];
  /** Birth-order rank of each child within its hanging family. */
  rankOf: Map<Id, number>;
  /** The family a block is placed with (its sibship), if any. */
  primaryFamilyOf: Map<number, FamilyUnit>;
}

const GAP = 0.5;

/**
 * Left-to-right order of partner blocks within each row. Children's blocks are
 * kept together as a sibship, oldest on the left, under their parents; the
 * order of sibships follows their parents' positions; blocks with no parents in
 * the document (founders, carers, people with no relatives) follow their
 * children, else their household. With a previous layout, blocks already there
 * keep their previous order and new ones slot in where the fresh order puts them.
 */
export function orderRows(input: RowOrderInput): RowOrder {
  const { doc, fam, blocks, rowCount } = input;
  const persons = new Map<Id, Person>();
  for (const p of doc.persons) if (!persons.has(p.id)) persons.set(p.id, p);
  const multipleBirthOf = new Map<Id, { id: Id; members: Id[] }>();
  for (const g of doc.multipleBirths) for (const m of g.members) multipleBirthOf.set(m, g);

  const rankOf = new Map<Id, number>();
  for (const f of fam.families) for (const [c, r] of sibshipRanks(f.children, persons, fam, multipleBirthOf)) rankOf.set(c, r);
  const familyIndex = new Map(fam.families.map((f, i) => [f, i]));

  const blockOf = new Map<Id, number>();
  for (const b of blocks) for (const m of b.members) blockOf.set(m, b.index);

  // The sibship a block is placed with: its first member with parents in a row above.
  const primaryFamilyOf = new Map<number, FamilyUnit>();
  for (const b of blocks) {
    for (const m of b.members) {
      const f = fam.hangingFamilyOf.get(m);
      if (!f) continue;
      const parentBlock = blocks[blockOf.get(f.parents[0]!)!]!;
      if (parentBlock.row >= b.row) continue;
      primaryFamilyOf.set(b.index, f);
      break;
    }
  }

  // Neighbours that pull a block with no parents: children, cared-for children, household members.
  const pullOf = new Map<number, Id[]>();
  const addPull = (b: number, id: Id) => {
    if (blockOf.get(id) === b) return;
    const list = pullOf.get(b);
    if (list) list.push(id);
    else pullOf.set(b, [id]);
  };
  for (const f of fam.families) for (const p of f.parents) for (const c of f.children) addPull(blockOf.get(p)!, c);
  for (const { carer, child } of fam.carerLinks) addPull(blockOf.get(carer)!, child);
  // Only blocks with no relatives at all follow their household, towards its
  // members who have relatives; if none has, all members meet at their middle.
  // (Pulling relatives too would make a lodger and a family swap places.)
  const householdPull = new Map<number, Id[]>();
  /** Blocks placed right beside a household member of their own row (a lodger beside the family). */
  const besideHousehold = new Map<number, Id[]>();
  const anchored = (b: number) => pullOf.has(b) || primaryFamilyOf.has(b);
  for (const h of doc.households) {
    const ids = [...new Set(h.members.map((m) => m.person))].filter((id) => blockOf.has(id));
    const anchors = ids.filter((id) => anchored(blockOf.get(id)!));
    for (const id of ids) {
      const b = blockOf.get(id)!;
      if (anchored(b) || householdPull.has(b)) continue;
      // Positions are compared within a row, so members on the same row guide best.
      const sameRow = anchors.filter((a) => blocks[blockOf.get(a)!]!.row === blocks[b]!.row);
      if (sameRow.length) besideHousehold.set(b, sameRow);
      else householdPull.set(b, anchors.length ? anchors : ids);
    }
  }

  const rowBlocks: number[][] = Array.from({ length: rowCount }, () => []);
  for (const b of initialOrder(fam, blocks, blockOf)) rowBlocks[blocks[b]!.row]!.push(b);

  const x = new Map<Id, number>(); // normalised 0..1 within the row
  const place = (r: number) => {
    const list = rowBlocks[r]!;
    let width = 0;
    for (const b of list) width += blocks[b]!.members.length + GAP;
    let cursor = 0;
    for (const b of list) {
      const block = blocks[b]!;
      block.members.forEach((m, i) => x.set(m, (cursor + i + 0.5) / width));
      cursor += block.members.length + GAP;
    }
  };
  for (let r = 0; r < rowCount; r++) place(r);

  const connectorX = (f: FamilyUnit): number => {
    let sum = 0;
    for (const p of f.parents) sum += x.get(p) ?? 0;
    return sum / f.parents.length;
  };
  const mean = (ids: Id[] | undefined): number | undefined => {
    if (!ids || ids.length === 0) return undefined;
    let sum = 0;
    for (const id of ids) sum += x.get(id) ?? 0;
    return sum / ids.length;
  };

  // A block holding children of two families (relatives who partner, in-laws
  // from two branches) can stand in only one sibship. Choose the one where it
  // can sit at the end facing the other family without breaking birth order:
  // the youngest of the family on the left, or the eldest of the family on the
  // right; otherwise the bigger sibship, whose order matters to more children.
  for (const b of blocks) {
    const candidates: { f: FamilyUnit; m: Id; x: number }[] = [];
    for (const m of b.members) {
      const f = fam.hangingFamilyOf.get(m);
      if (!f || candidates.some((c) => c.f === f)) continue;
      if (blocks[blockOf.get(f.parents[0]!)!]!.row >= b.row) continue;
      candidates.push({ f, m, x: connectorX(f) });
    }
    if (candidates.length < 2) continue;
    candidates.sort((p, q) => p.x - q.x);
    const left = candidates[0]!;
    const right = candidates[candidates.length - 1]!;
    let choice = candidates.reduce((best, c) => (c.f.children.length > best.f.children.length ? c : best));
    if (rankOf.get(right.m) === 0) choice = right;
    if (rankOf.get(left.m) === left.f.children.length - 1) choice = left;
    primaryFamilyOf.set(b.index, choice.f);
  }

  const orderRow = (r: number) => {
    const list = rowBlocks[r]!;
    const keyed = list.map((b, i) => {
      const f = primaryFamilyOf.get(b);
      if (f) {
        const block = blocks[b]!;
        const child = block.members.find((m) => fam.hangingFamilyOf.get(m) === f)!;
        return { b, key: connectorX(f), fam: familyIndex.get(f)!, rank: rankOf.get(child) ?? 0, i };
      }
      const own = mean(blocks[b]!.members)!;
      const key = mean(pullOf.get(b)) ?? mean(householdPull.get(b)) ?? own;
      return { b, key, fam: -1, rank: 0, i };
    });
    keyed.sort((p, q) => p.key - q.key || p.fam - q.fam || p.rank - q.rank || p.i - q.i);
    const sorted = keyed.map((k) => k.b).filter((b) => !besideHousehold.has(b));
    for (const k of keyed) turnCouple(k.b);
    // Keys of different rows do not compare, so a block that follows a household
    // member of its own row is put directly beside that member's block, on the
    // side where the member stands.
    for (const b of list) {
      const anchors = besideHousehold.get(b);
      if (!anchors) continue;
      const target = blockOf.get(anchors[0]!)!;
      const at = sorted.indexOf(target);
      const members = blocks[target]!.members;
      let side = 0;
      for (const a of anchors) if (blockOf.get(a) === target) side += members.indexOf(a) >= (members.length - 1) / 2 ? 1 : -1;
      sorted.splice(side >= 0 ? at + 1 : at, 0, b);
    }
    rowBlocks[r] = sorted;
    place(r);
  };

  // A couple of one child of the family and one partner from outside: the
  // partner goes on the side away from the siblings' middle. Two relatives:
  // each towards their own family.
  const turnCouple = (b: number) => {
    const block = blocks[b]!;
    if (block.members.length !== 2) return;
    const [m0, m1] = block.members as [Id, Id];
    const f0 = fam.hangingFamilyOf.get(m0);
    const f1 = fam.hangingFamilyOf.get(m1);
    let swap = false;
    if (f0 && f1 && f0 !== f1) swap = connectorX(f0) > connectorX(f1);
    else if (f0 && !f1) swap = (rankOf.get(m0) ?? 0) < f0.children.length / 2 - 0.5;
    else if (f1 && !f0) swap = !((rankOf.get(m1) ?? 0) < f1.children.length / 2 - 0.5);
    if (swap) block.members = [m1, m0];
  };

  // Sweeps do not always improve on the previous one: keep the order with the
  // fewest crossings seen (every order a pass leaves keeps the sibship rules).
  let best: { rows: number[][]; members: Id[][]; crossings: number } | undefined;
  const remember = () => {
    const crossings = countCrossings(fam, blocks, blockOf, x);
    if (best && crossings >= best.crossings) return;
    best = { rows: rowBlocks.map((list) => [...list]), members: blocks.map((b) => b.members), crossings };
  };
  const sweeps = input.sweeps ?? 4;
  for (let s = 0; s < sweeps; s++) {
    for (let r = 0; r < rowCount; r++) orderRow(r);
    remember();
    if (s === sweeps - 1) break;
    for (let r = rowCount - 1; r >= 0; r--) orderRow(r);
    remember();
  }
  if (best) {
    best.rows.forEach((list, r) => (rowBlocks[r] = list));
    blocks.forEach((b, i) => (b.members = best!.members[i]!));
  }

  if (input.previous) keepPreviousOrder(input.previous, rowBlocks, blocks, primaryFamilyOf, rankOf);
  return { rowBlocks, rankOf, primaryFamilyOf };
}

/**
 * Crossings between lines from a family's connector to its children in the
 * next row, from the positions in `x`: pairs whose ends are in opposite order.
 */
function countCrossings(fam: LayoutFamilies, blocks: PartnerBlock[], blockOf: Map<Id, number>, x: Map<Id, number>): number {
  const byRow = new Map<number, [number, number][]>();
  for (const f of fam.families) {
    const row = blocks[blockOf.get(f.parents[0]!)!]!.row;
    let from = 0;
    for (const p of f.parents) from += x.get(p) ?? 0;
    from /= f.parents.length;
    for (const c of f.children) {
      if (blocks[blockOf.get(c)!]!.row !== row + 1) continue;
      const list = byRow.get(row);
      const seg: [number, number] = [from, x.get(c) ?? 0];
      if (list) list.push(seg);
      else byRow.set(row, [seg]);
    }
  }
  let total = 0;
  for (const segs of byRow.values()) total += countInversions(segs);
  return total;
}

/** Pairs (i, j) with from_i < from_j and to_i > to_j (a Fenwick tree over the ends). */
export function countInversions(segs: [number, number][]): number {
  segs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const ends = [...new Set(segs.map((s) => s[1]))].sort((a, b) => a - b);
  const rank = new Map(ends.map((e, i) => [e, i + 1]));
  const tree = new Int32Array(ends.length + 1);
  let total = 0;
  let inserted = 0;
  let i = 0;
  while (i < segs.length) {
    // Lines from one connector share their start and never cross each other.
    let j = i;
    while (j < segs.length && segs[j]![0] === segs[i]![0]) j++;
    for (let k = i; k < j; k++) {
      let atMost = 0;
      for (let t = rank.get(segs[k]![1])!; t > 0; t -= t & -t) atMost += tree[t]!;
      total += inserted - atMost;
    }
    for (let k = i; k < j; k++) {
      for (let t = rank.get(segs[k]![1])!; t < tree.length; t += t & -t) tree[t]!++;
      inserted++;
    }
    i = j;
  }
  return total;
}

/**
 * Discovery order of a breadth-first walk over partners, parents and children,
 * starting from persons in document order, so connected families start out
 * together and separate families side by side.
 */
function initialOrder(fam: LayoutFamilies, blocks: PartnerBlock[], blockOf: Map<Id, number>): number[] {
  const neighbours = new Map<Id, Id[]>();
  const link = (a: Id, b: Id) => {
    const la = neighbours.get(a);
    if (la) la.push(b);
    else neighbours.set(a, [b]);
    const lb = neighbours.get(b);
    if (lb) lb.push(a);
    else neighbours.set(b, [a]);
  };
  for (const f of fam.families) for (const p of f.parents) for (const c of f.children) link(p, c);
  for (const c of fam.couples) link(c.a, c.b);
  const seenBlock = new Uint8Array(blocks.length);
  const seenPerson = new Set<Id>();
  const order: number[] = [];
  for (const start of fam.personIds) {
    if (seenPerson.has(start)) continue;
    seenPerson.add(start);
    const queue: Id[] = [start];
    for (let head = 0; head < queue.length; head++) {
      const p = queue[head]!;
      const b = blockOf.get(p)!;
      if (!seenBlock[b]) {
        seenBlock[b] = 1;
        order.push(b);
      }
      for (const q of neighbours.get(p) ?? []) {
        if (seenPerson.has(q)) continue;
        seenPerson.add(q);
        queue.push(q);
      }
    }
  }
  return order;
}

/**
 * Blocks already in the previous layout keep their previous left-to-right order;
 * new blocks go after the block that precedes them in the fresh order; then each
 * sibship is put back into birth order within the places it occupies.
 */
function keepPreviousOrder(
  previous: LayoutResult,
  rowBlocks: number[][],
  blocks: PartnerBlock[],
  primaryFamilyOf: Map<number, FamilyUnit>,
  rankOf: Map<Id, number>,
): void {
  const prev = new Map<Id, { row: number; index: number }>();
  previous.rowOrder.forEach((ids, row) => ids.forEach((id, index) => prev.set(id, { row, index })));
  for (let r = 0; r < rowBlocks.length; r++) {
    const fresh = rowBlocks[r]!;
    // Rows shift when a generation is added above; match this row to the previous row most of its persons came from.
    const votes = new Map<number, number>();
    for (const b of fresh) for (const m of blocks[b]!.members) {
      const p = prev.get(m);
      if (p) votes.set(p.row, (votes.get(p.row) ?? 0) + 1);
    }
    let prevRow = -1;
    let bestVotes = 0;
    for (const [row, v] of votes) if (v > bestVotes || (v === bestVotes && row < prevRow)) [prevRow, bestVotes] = [row, v];
    if (prevRow < 0) continue;
    const oldKey = new Map<number, number>();
    for (const b of fresh) {
      let k = Infinity;
      for (const m of blocks[b]!.members) {
        const p = prev.get(m);
        if (p && p.row === prevRow) k = Math.min(k, p.index);
      }
      if (k !== Infinity) oldKey.set(b, k);
    }
    const old = fresh.filter((b) => oldKey.has(b)).sort((p, q) => oldKey.get(p)! - oldKey.get(q)!);
    const after = new Map<number, number[]>(); // old block (or -1 for the start) → new blocks following it
    let lastOld = -1;
    for (const b of fresh) {
      if (oldKey.has(b)) {
        lastOld = b;
        continue;
      }
      const list = after.get(lastOld);
      if (list) list.push(b);
      else after.set(lastOld, [b]);
    }
    const merged: number[] = [...(after.get(-1) ?? [])];
    for (const b of old) merged.push(b, ...(after.get(b) ?? []));

    const slotsByFamily = new Map<FamilyUnit, number[]>();
    merged.forEach((b, slot) => {
      const f = primaryFamilyOf.get(b);
      if (!f) return;
      const list = slotsByFamily.get(f);
      if (list) list.push(slot);
      else slotsByFamily.set(f, [slot]);
    });
    const rankOfBlock = (b: number, f: FamilyUnit) => {
      const child = blocks[b]!.members.find((m) => f.children.includes(m));
      return child === undefined ? 0 : (rankOf.get(child) ?? 0);
    };
    for (const [f, slots] of slotsByFamily) {
      if (slots.length < 2) continue;
      const sorted = slots.map((s) => merged[s]!).sort((p, q) => rankOfBlock(p, f) - rankOfBlock(q, f));
      slots.forEach((s, i) => (merged[s] = sorted[i]!));
    }
    // A couple keeps the sides it had.
    for (const b of merged) {
      const block = blocks[b]!;
      if (block.members.length !== 2) continue;
      const [m0, m1] = block.members as [Id, Id];
      const p0 = prev.get(m0);
      const p1 = prev.get(m1);
      if (p0 && p1 && p0.row === p1.row && p0.index > p1.index) block.members = [m1, m0];
    }
    rowBlocks[r] = merged;
  }
}
