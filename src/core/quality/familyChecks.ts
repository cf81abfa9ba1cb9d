// (f) families whose sibling bars overlap on a row, (g) sibships with outsiders standing among
// them, (h) siblings standing younger-left-of-older. Read as a reader reads the figure: from
// where the symbols are drawn, whatever lines the drawing chose.

import type { Scene } from '../drawing/scene';
import { birthKey } from '../layout/birthOrder';
import { analyseFamilies, type FamilyUnit } from '../layout/layoutFamilies';
import type { LayoutResult } from '../layout/types';
import type { GenogramDocument, Id } from '../model/types';
import type { WorkCount } from './gridIndex';
import { maxOf, minOf, pushAll } from '../model/extremes';

/** Symbols whose centres lie within this height of each other stand on one row. */
export const ROW_TOLERANCE = 2;
/** Spans overlapping by more than this read as one bar. */
export const BAR_OVERLAP = 2;

export interface FamilyRef {
  parents: Id[];
  /** The family's children on the row checked, left to right. */
  children: Id[];
}

export interface BarOverlapFinding {
  families: [FamilyRef, FamilyRef];
  /** Centre height of the row. */
  rowY: number;
  overlap: number;
}

export interface SplitSibshipFinding {
  family: FamilyRef;
  /** Who stands between the leftmost and the rightmost child, being neither a sibling nor a sibling's partner. */
  outsiders: Id[];
}

export interface BirthOrderFinding {
  parents: Id[];
  /** The younger sibling, standing left of its older neighbour. */
  left: Id;
  right: Id;
  /** Both carry birth-order numbers, so the figure says the order it could not keep. */
  marked: boolean;
}

export interface FamilyFindings {
  /** Birth families with at least one child drawn: the families whose spans were checked. */
  familiesChecked: number;
  overlappingBars: BarOverlapFinding[];
  splitSibships: SplitSibshipFinding[];
  birthOrderFaults: BirthOrderFinding[];
}

interface Row {
  y: number;
  /** Drawn persons on the row, by centre x. */
  ids: Id[];
  xs: number[];
}

interface Span {
  family: FamilyRef;
  min: number;
  max: number;
}

export function checkFamilies(scene: Scene, doc: GenogramDocument, layout: LayoutResult, work: WorkCount): FamilyFindings {
  const centre = drawnCentres(scene, layout);
  const rows = visualRows(centre);
  const rowOf = new Map<Id, Row>();
  for (const row of rows) for (const id of row.ids) rowOf.set(id, row);
  const fam = analyseFamilies(doc);
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const partnersOf = (id: Id): Id[] => (fam.couplesOf.get(id) ?? []).map((c) => (c.a === id ? c.b : c.a));

  const out: FamilyFindings = { familiesChecked: 0, overlappingBars: [], splitSibships: [], birthOrderFaults: [] };
  const spansByRow = new Map<Row, Span[]>();
  for (const family of fam.families) {
    if (family.basis !== 'birth') continue;
    const drawn = family.children.filter((c) => centre.has(c));
    const first = drawn[0];
    if (first === undefined) continue;
    out.familiesChecked++;
    const row = rowOf.get(first)!;
    const onRow = drawn.filter((c) => rowOf.get(c) === row).sort((a, b) => centre.get(a)![0] - centre.get(b)![0]);
    const ref: FamilyRef = { parents: family.parents, children: onRow };
    const xs = onRow.map((c) => centre.get(c)![0]);
    const parentXs = family.parents.filter((p) => centre.has(p)).map((p) => centre.get(p)![0]);
    const origin = parentXs.length ? [parentXs.reduce((a, b) => a + b, 0) / parentXs.length] : [];
    const span: Span = { family: ref, min: Math.min(minOf(origin), minOf(xs)), max: Math.max(maxOf(origin), maxOf(xs)) };
    const list = spansByRow.get(row);
    if (list) list.push(span);
    else spansByRow.set(row, [span]);

    const allowed = new Set<Id>(onRow);
    for (const c of onRow) for (const p of partnersOf(c)) allowed.add(p);
    const outsiders = standingBetween(row, xs[0]!, xs[xs.length - 1]!).filter((id) => !allowed.has(id));
    if (outsiders.length) out.splitSibships.push({ family: ref, outsiders });

    pushAll(out.birthOrderFaults, birthOrderFaults(family, drawn, rowOf, centre, persons, layout));
  }

  for (const [row, spans] of spansByRow) {
    // Sweep by left end: a span can only overlap spans still open when it starts.
    spans.sort((a, b) => a.min - b.min);
    let open: Span[] = [];
    for (const span of spans) {
      open = open.filter((o) => o.max - span.min > BAR_OVERLAP);
      for (const o of open) {
        work.pairsTested++;
        const overlap = Math.min(o.max, span.max) - span.min;
        if (overlap > BAR_OVERLAP) out.overlappingBars.push({ families: [o.family, span.family], rowY: row.y, overlap: Math.round(overlap * 100) / 100 });
      }
      open.push(span);
    }
  }
  return out;
}

/** Centre of each drawn person's symbol: from the Scene, else (no symbol box) from the layout. */
function drawnCentres(scene: Scene, layout: LayoutResult): Map<Id, [number, number]> {
  const centre = new Map<Id, [number, number]>();
  for (const g of scene.groups) {
    if (g.kind !== 'person' || g.refId === undefined) continue;
    const box = g.symbolBox;
    if (box) {
      centre.set(g.refId, [box.x + box.width / 2, box.y + box.height / 2]);
      continue;
    }
    const b = layout.boxes.get(g.refId);
    if (b) centre.set(g.refId, [b.x + b.size / 2, b.y + b.size / 2]);
  }
  return centre;
}

/** Persons grouped into rows by the height of their symbol's centre. */
function visualRows(centre: Map<Id, [number, number]>): Row[] {
  const byY = [...centre].sort((a, b) => a[1][1] - b[1][1]);
  const rows: Row[] = [];
  let current: { y: number; members: [Id, number][] } | undefined;
  const close = () => {
    if (!current) return;
    current.members.sort((a, b) => a[1] - b[1]);
    rows.push({ y: current.y, ids: current.members.map((m) => m[0]), xs: current.members.map((m) => m[1]) });
  };
  for (const [id, [x, y]] of byY) {
    if (!current || y - current.y > ROW_TOLERANCE) {
      close();
      current = { y, members: [] };
    }
    current.members.push([id, x]);
  }
  close();
  return rows;
}

/** Persons of the row whose centres lie strictly between two heights of x. */
function standingBetween(row: Row, lo: number, hi: number): Id[] {
  // First index with x > lo.
  let a = 0;
  let b = row.xs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (row.xs[m]! > lo) b = m;
    else a = m + 1;
  }
  const out: Id[] = [];
  for (let i = a; i < row.xs.length && row.xs[i]! < hi; i++) out.push(row.ids[i]!);
  return out;
}

function birthOrderFaults(
  family: FamilyUnit,
  drawn: Id[],
  rowOf: Map<Id, Row>,
  centre: Map<Id, [number, number]>,
  persons: Map<Id, GenogramDocument['persons'][number]>,
  layout: LayoutResult,
): BirthOrderFinding[] {
  const byRow = new Map<Row, { id: Id; key: number; x: number }[]>();
  for (const c of drawn) {
    const key = birthKey(persons.get(c));
    if (key === undefined) continue;
    const row = rowOf.get(c)!;
    const list = byRow.get(row) ?? [];
    list.push({ id: c, key, x: centre.get(c)![0] });
    byRow.set(row, list);
  }
  const out: BirthOrderFinding[] = [];
  for (const list of byRow.values()) {
    list.sort((a, b) => a.x - b.x);
    for (let i = 1; i < list.length; i++) {
      const left = list[i - 1]!;
      const right = list[i]!;
      if (left.key > right.key) {
        out.push({ parents: family.parents, left: left.id, right: right.id, marked: layout.birthOrderNumbers.has(left.id) && layout.birthOrderNumbers.has(right.id) });
      }
    }
  }
  return out;
}
