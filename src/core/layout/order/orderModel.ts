import type { GenogramDocument, Id, Person } from '../../model/types';
import type { LayoutFamilies } from '../layoutFamilies';
import type { Generations } from '../generations';
import { sibshipRanks } from '../birthOrder';
import { blockArrangements, type Arrangement } from './arrangements';
import { coupleKey } from '../types';

// The in-row order problem, stripped to what the objective needs (see objective.ts).
//
// A "unit" is one position on a row: a person, or a lane — the place where a line to
// children several rows further down passes through an intermediate row (the same idea as
// a dummy node in a layered drawing, but ordered by us). Units are numbered persons first
// (in document order), then lanes.
//
// An "item" is what moves as one piece along a row: a partner block (a couple, or a chain of
// successive partners; its members can be arranged in several ways, each with a cost) or a
// lane. A solution is, per row, an order of items and, per block, one arrangement.
//
// A "link family" hangs kids on row r+1 from an origin on row r: a couple's or a lone
// parent's children (and the lanes that carry their younger or older siblings further
// down), or a lane's continuation. Carer links that are not the child's own family (foster,
// kinship, special guardianship beside the birth family) are link families too, but count
// only for crossings and length, never for the sibship terms.

export interface OrderItem {
  /** Partner block index, or -1 for a lane. */
  block: number;
  /** Candidate arrangements (a lane has one, of its single unit); cheapest first. */
  arrangements: Arrangement[];
}

export interface LinkFamily {
  /** Gap index: the origin is on row `gap`, the kids on row `gap + 1`. */
  gap: number;
  /** One or two units on the upper row; the origin is the middle of their positions. */
  origin: number[];
  /** Units on the lower row, in birth order (rank = index) for sibship families. */
  kids: number[];
  /** Birth-order rank of each kid (parallel to kids); equal ranks never count as out of order. */
  ranks: number[];
  /** Whether the sibship terms (contiguity, bar overlap, birth order) apply: false for carer links. */
  sibship: boolean;
  /** Units that may stand among the kids without splitting them: the kids and their partners. */
  allowed: Set<number>;
  /** For messages and tests: the document family this came from. */
  label: string;
  /** The document family drawn by these lines: index into LayoutFamilies.families, or (carer links) into carerFamilies. */
  source: { families: number } | { carerFamilies: number; carers: Id[] };
  /** Where the lines start: at the family's parents, or at a lane carrying them down from rows above. */
  fromLane: boolean;
}

export interface OrderModel {
  /** Number of person units; lanes follow. */
  personCount: number;
  unitCount: number;
  /** Row of each unit. */
  rowOfUnit: Int32Array;
  /** Person id of each person unit. */
  personIds: Id[];
  /** Items of each row (in a reference order: the search tries them in this order first). */
  rows: OrderItem[][];
  /** Positions per row (persons and lanes); fixed, whatever the order. */
  rowWidth: Int32Array;
  families: LinkFamily[];
  /** Families by gap. */
  familiesOfGap: number[][];
  /** Lanes: which document family and child row each carries. */
  lanes: { source: LinkFamily['source']; targetRow: number; row: number }[];
}

/** Builds the order problem from the analysed family, the generation rows and the partner blocks. */
export function buildOrderModel(doc: GenogramDocument, fam: LayoutFamilies, gen: Generations): OrderModel {
  const personIds = fam.personIds;
  const unitOf = new Map<Id, number>();
  personIds.forEach((id, i) => unitOf.set(id, i));
  const persons = new Map<Id, Person>();
  for (const p of doc.persons) if (!persons.has(p.id)) persons.set(p.id, p);
  const multipleBirthOf = new Map<Id, { id: Id; members: Id[] }>();
  for (const g of doc.multipleBirths) for (const m of g.members) multipleBirthOf.set(m, g);
  const row = (id: Id) => gen.rowOf.get(id)!;

  const rowUnits: number[] = [];
  for (const id of personIds) rowUnits.push(row(id));
  const lanes: OrderModel['lanes'] = [];
  const families: LinkFamily[] = [];
  const partnersOf = (id: Id): number[] => (fam.couplesOf.get(id) ?? []).map((c) => unitOf.get(c.a === id ? c.b : c.a)!);

  /**
   * The link families that draw one document family: its kids one row below its origin, and for
   * kids standing further down, a lane in each row between (kids of the same row share one).
   */
  const addFamily = (parents: Id[], children: Id[], ranks: Map<Id, number>, sibship: boolean, label: string, source: LinkFamily['source']) => {
    const top = row(parents[0]!);
    // Children by the row they stand on; only rows below the parents (a loop of descent draws no line).
    const byRow = new Map<number, Id[]>();
    for (const c of children) {
      const r = row(c);
      if (r <= top) continue;
      const list = byRow.get(r);
      if (list) list.push(c);
      else byRow.set(r, [c]);
    }
    if (byRow.size === 0) return;
    const near: number[] = [];
    const nearRanks: number[] = [];
    const allowed = new Set<number>();
    for (const c of byRow.get(top + 1) ?? []) {
      const u = unitOf.get(c)!;
      near.push(u);
      nearRanks.push(ranks.get(c) ?? 0);
      allowed.add(u);
      for (const p of partnersOf(c)) if (rowUnits[p] === top + 1) allowed.add(p);
    }
    const targets = [...byRow.keys()].filter((r) => r > top + 1).sort((a, b) => a - b);
    for (const target of targets) {
      const kids = byRow.get(target)!;
      let minRank = Infinity;
      for (const c of kids) minRank = Math.min(minRank, ranks.get(c) ?? 0);
      let origin = parents.map((p) => unitOf.get(p)!);
      for (let r = top + 1; r < target; r++) {
        const lane = rowUnits.length;
        rowUnits.push(r);
        lanes.push({ source, targetRow: target, row: r });
        if (r === top + 1) {
          near.push(lane);
          nearRanks.push(minRank);
          allowed.add(lane);
          // A carer's line may pass down among the carers' own children: it leaves their bar
          // like a child's line (dotted), instead of going round the whole sibship.
          if (!sibship) for (const f of families) if (f.sibship && f.gap === top && sameUnits(f.origin, origin)) f.allowed.add(lane);
        } else {
          families.push({ gap: r - 1, origin, kids: [lane], ranks: [0], sibship, allowed: new Set([lane]), label: `${label} (line to row ${target})`, source, fromLane: true });
        }
        origin = [lane];
      }
      const units = kids.map((c) => unitOf.get(c)!);
      const lower = new Set<number>(units);
      for (const c of kids) for (const p of partnersOf(c)) if (rowUnits[p] === target) lower.add(p);
      families.push({ gap: target - 1, origin, kids: units, ranks: kids.map((c) => ranks.get(c) ?? 0), sibship, allowed: lower, label, source, fromLane: target > top + 1 });
    }
    if (near.length) families.push({ gap: top, origin: parents.map((p) => unitOf.get(p)!), kids: near, ranks: nearRanks, sibship, allowed, label, source, fromLane: false });
  };

  fam.families.forEach((f, fi) => {
    const ranks = sibshipRanks(f.children, persons, fam, multipleBirthOf);
    addFamily(f.parents, f.children, ranks, true, `${f.kind} family of ${f.parents.join(' + ')}`, { families: fi });
  });
  // Carer links beside the child's own family: from a carer couple's middle, or from each carer
  // who is not partnered with the other. Lines only: they never hold a sibship together.
  fam.carerFamilies.forEach((cf, ci) => {
    const together = cf.carers.length === 2 && gen.groupOf.get(cf.carers[0]!) === gen.groupOf.get(cf.carers[1]!);
    for (const carers of together ? [cf.carers] : cf.carers.map((c) => [c])) {
      addFamily(carers, cf.children, new Map(), false, `${cf.kind} carers ${carers.join(' + ')}`, { carerFamilies: ci, carers });
    }
  });

  const rowCount = gen.rowCount;
  const rowOfUnit = Int32Array.from(rowUnits);
  const rowWidth = new Int32Array(rowCount);
  for (const r of rowUnits) rowWidth[r]!++;
  const rows: OrderItem[][] = Array.from({ length: rowCount }, () => []);
  // Couples with children together weigh more in the partner term, the subject's parents most.
  const subjects = new Set(doc.persons.filter((p) => p.subject).map((p) => p.id));
  const weight = new Map<string, number>();
  for (const f of fam.families) {
    if (f.parents.length !== 2) continue;
    const key = coupleKey(f.parents[0]!, f.parents[1]!);
    const w = f.children.some((c) => subjects.has(c)) ? 3 : 2;
    weight.set(key, Math.max(weight.get(key) ?? 1, w));
  }
  const weightOf = (a: Id, b: Id) => weight.get(coupleKey(a, b)) ?? 1;
  gen.groups.forEach((members, b) => {
    rows[row(members[0]!)]!.push({ block: b, arrangements: blockArrangements(members.map((m) => unitOf.get(m)!), members, fam, weightOf) });
  });
  lanes.forEach((lane, i) => {
    const u = personIds.length + i;
    rows[lane.row]!.push({ block: -1, arrangements: [{ units: [u], cost: 0 }] });
  });
  const familiesOfGap: number[][] = Array.from({ length: Math.max(0, rowCount - 1) }, () => []);
  families.forEach((f, i) => familiesOfGap[f.gap]!.push(i));
  return { personCount: personIds.length, unitCount: rowUnits.length, rowOfUnit, personIds, rows, rowWidth, families, familiesOfGap, lanes };
}

function sameUnits(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((u) => b.includes(u));
}
