import type { GenogramDocument, Id, Person } from '../model/types';
import { PARTNER_LEVELS, PERSON_CELL_WIDTH, SMALL_TEXT, SYMBOL_SIZE, YEARS_ABOVE } from '../metrics/figureSizes';
import { labelBandBaseline, labelDepth, labelLineCount, nameOffset, personLabel, personReach } from '../metrics/personExtent';
import { textWidth } from '../metrics/textMetrics';
import { partnershipStateAt } from '../model/partnershipState';
import type { LayoutFamilies } from './layoutFamilies';
import type { OrderModel } from './order/orderModel';
import { unitPositions, type OrderSolution } from './order/objective';
import { coupleKey } from './types';
import { spreadForChildren, widenEntry } from './spreadForChildren';
import { roomForLabel } from '../metrics/relationshipLabel';

/** A date after every event: partnership labels as they will read once everything recorded has happened. */
const FAR_FUTURE = { year: 9999 };

/** Width of a lane: the gap kept in a row for a line passing through it to rows further down. */
export const LANE_WIDTH = 16;

/** One piece of a row as it will stand: a partner block (its members arranged) or a lane. */
export interface PlanEntry {
  block: number;
  units: number[];
  /** Centre of each unit from the entry's left edge. */
  centres: number[];
  width: number;
}

/** A partner line: between which two, at which step below the symbols, and where its children's line leaves it. */
export interface PlanCouple {
  key: string;
  a: Id;
  b: Id;
  row: number;
  entry: number;
  /** 0: straight under the symbols; 1, 2: stepped down, passing under the members between the partners. */
  level: number;
  /** Where the children's line leaves the partner line, from the entry's left edge: the middle, or the nearest gap between symbols. */
  dropOffset: number;
}

export interface LayoutPlan {
  rows: PlanEntry[][];
  /** Per row: where the names start below the symbols, and the baseline of the band for stepped lines' dates (if any). */
  bands: { nameOffset: number; labelBaseline?: number }[];
  /** Height of each row's nodes: the years above the symbol, the symbol, and the fullest label below. */
  rowHeight: number[];
  unitRow: Int32Array;
  unitEntry: Int32Array;
  unitCentre: Float64Array;
  couples: PlanCouple[];
  /** Per link family of the order model: the entry its lines leave from and where along it. */
  origins: { entry: number; offset: number }[];
  /** Each unit's position in its row (the order chosen). */
  pos: Int32Array;
}

/**
 * The rows as they will stand, before horizontal placement: entries in the chosen order, the
 * room each person needs (badges or a due date widen a cell), the partner lines of every
 * block with their steps, and the point each family's lines leave from.
 */
export function planRows(
  doc: GenogramDocument,
  fam: LayoutFamilies,
  model: OrderModel,
  solution: OrderSolution,
  /** Units that will carry a birth-order number (drawn left of the symbol). */
  numbered: ReadonlySet<number> = new Set(),
): LayoutPlan {
  const persons = new Map<Id, Person>();
  for (const p of doc.persons) if (!persons.has(p.id)) persons.set(p.id, p);
  const pos = unitPositions(model, solution);
  const unitRow = model.rowOfUnit;
  const unitEntry = new Int32Array(model.unitCount);
  const unitCentre = new Float64Array(model.unitCount);
  const cellWidth = (u: number): number => {
    if (u >= model.personCount) return LANE_WIDTH;
    const reach = personReach(persons.get(model.personIds[u]!)!);
    return Math.max(PERSON_CELL_WIDTH, 2 * Math.ceil(Math.max(reach.left, reach.right) + 4));
  };
  const rowLines = model.rows.map(() => 0);
  const rows: PlanEntry[][] = model.rows.map((items, r) =>
    solution.itemOrder[r]!.map((i, e) => {
      const it = items[i]!;
      const units = it.arrangements[solution.arrangement[r]![i]!]!.units;
      const centres: number[] = [];
      let x = 0;
      for (const u of units) {
        const w = cellWidth(u);
        centres.push(x + w / 2);
        unitEntry[u] = e;
        unitCentre[u] = x + w / 2;
        x += w;
        if (u < model.personCount) rowLines[r] = Math.max(rowLines[r]!, labelLineCount(personLabel(persons.get(model.personIds[u]!)!)));
      }
      return { block: it.block, units, centres, width: x };
    }),
  );

  makeRoomForLabels(doc, model, rows, unitCentre);
  makeRoomForBirthOrder(fam, model, rows, unitCentre, numbered);
  spreadForChildren(model, rows, unitEntry, unitCentre);

  // A lone parent's lines leave out of the side of the symbol, towards the kids unless a
  // partner's line leaves there. Worked out first: a couple's line down keeps clear of them, or
  // the two would run down as one line (two families read as one).
  const loneOrigins = new Map<(typeof model.families)[number], number>();
  const loneByEntry = new Map<string, number[]>();
  for (const f of model.families) {
    const first = f.origin[0]!;
    if (f.origin.length !== 1 || first >= model.personCount) continue;
    const e = rows[unitRow[first]!]![unitEntry[first]!]!;
    const at = e.units.indexOf(first);
    let kidsRight = 0;
    for (const k of f.kids) kidsRight += Math.sign(pos[k]! - pos[first]!);
    const partnerLeft = at > 0 && isPartner(fam, model.personIds[e.units[at - 1]!], model.personIds[first]!);
    const partnerRight = at < e.units.length - 1 && isPartner(fam, model.personIds[e.units[at + 1]!], model.personIds[first]!);
    let side = kidsRight >= 0 ? 1 : -1;
    if (side === 1 && partnerRight && !partnerLeft) side = -1;
    else if (side === -1 && partnerLeft && !partnerRight) side = 1;
    const half = (side === 1 ? (e.centres[at + 1] ?? e.width + PERSON_CELL_WIDTH / 2) - e.centres[at]! : e.centres[at]! - (e.centres[at - 1] ?? -PERSON_CELL_WIDTH / 2)) / 2;
    const offset = e.centres[at]! + side * half;
    loneOrigins.set(f, offset);
    const key = `${unitRow[first]}:${unitEntry[first]}`;
    loneByEntry.set(key, [...(loneByEntry.get(key) ?? []), offset]);
  }

  // Partner lines, block by block.
  const unitOf = new Map<Id, number>(model.personIds.map((id, u) => [id, u]));
  const couples: PlanCouple[] = [];
  const coupleAt = new Map<string, PlanCouple>();
  const byEntry = new Map<string, { c: (typeof fam.couples)[number]; lo: number; hi: number }[]>();
  for (const c of fam.couples) {
    const ua = unitOf.get(c.a)!;
    const ub = unitOf.get(c.b)!;
    if (unitRow[ua] !== unitRow[ub] || unitEntry[ua] !== unitEntry[ub]) continue;
    const key = `${unitRow[ua]}:${unitEntry[ua]}`;
    const list = byEntry.get(key) ?? [];
    const entry = rows[unitRow[ua]!]![unitEntry[ua]!]!;
    const ia = entry.units.indexOf(ua);
    const ib = entry.units.indexOf(ub);
    list.push({ c, lo: Math.min(ia, ib), hi: Math.max(ia, ib) });
    byEntry.set(key, list);
  }
  for (const [key, list] of byEntry) {
    const [row, e] = key.split(':').map(Number) as [number, number];
    const entry = rows[row]![e]!;
    // Neighbours take the line under the symbols; a line passing others steps down, lines that overlap on separate steps.
    list.sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.lo - q.lo);
    const taken: { lo: number; hi: number; level: number }[] = [];
    const drops: number[] = [...(loneByEntry.get(key) ?? [])];
    for (const { c, lo, hi } of list) {
      let level = hi - lo > 1 ? 1 : 0;
      while (level < PARTNER_LEVELS - 1 && taken.some((t) => t.level === level && t.lo < hi && lo < t.hi)) level++;
      taken.push({ lo, hi, level });
      const mid = (entry.centres[lo]! + entry.centres[hi]!) / 2;
      // A symbol standing at the middle: the line leaves from the gap beside it nearer the middle.
      let candidates = [mid];
      for (let k = lo + 1; k < hi; k++) {
        if (Math.abs(entry.centres[k]! - mid) < SYMBOL_SIZE) {
          const left = (entry.centres[k - 1]! + entry.centres[k]!) / 2;
          const right = (entry.centres[k]! + entry.centres[k + 1]!) / 2;
          candidates = Math.abs(left - mid) <= Math.abs(right - mid) ? [left, right] : [right, left];
        }
      }
      // Two families whose lines would leave from one point (two couples of one person, or a
      // couple and a lone parent) would share one line down, which reads as one family: the
      // couple takes the other gap, or steps aside.
      const clear = (x: number) => drops.every((d) => Math.abs(d - x) >= DROPS_APART);
      const dropOffset = candidates.find(clear) ?? [candidates[0]! + DROPS_APART, candidates[0]! - DROPS_APART].find(clear) ?? candidates[0]!;
      drops.push(dropOffset);
      const couple: PlanCouple = { key: coupleKey(c.a, c.b), a: c.a, b: c.b, row, entry: e, level, dropOffset };
      couples.push(couple);
      coupleAt.set(couple.key, couple);
    }
  }

  // Room under each row's partner lines: the deepest step, and a band for the dates of stepped lines
  // (two lines where the dates do not fit on one in any stretch between the lines' legs).
  const deepest = model.rows.map(() => 0);
  const bandLines = model.rows.map(() => 0);
  const partnershipsOf = new Map<string, GenogramDocument['partnerships']>();
  for (const p of doc.partnerships) {
    const key = coupleKey(p.a, p.b);
    partnershipsOf.set(key, [...(partnershipsOf.get(key) ?? []), p]);
  }
  for (const c of couples) {
    deepest[c.row] = Math.max(deepest[c.row]!, c.level);
    if (c.level === 0) continue;
    const labels = (partnershipsOf.get(c.key) ?? []).flatMap((p) => partnershipStateAt(p, FAR_FUTURE).labels);
    if (!labels.length) continue;
    const entry = rows[c.row]![c.entry]!;
    // The dates stand under the couple's own line (drawing/partnerLines.ts): stretches between its two partners only.
    const ends = [unitCentre[unitOf.get(c.a)!]!, unitCentre[unitOf.get(c.b)!]!].sort((p, q) => p - q) as [number, number];
    const inside = (x: number) => x >= ends[0] && x <= ends[1];
    const stops = [...entry.centres, ...couples.filter((o) => o.row === c.row && o.entry === c.entry).map((o) => o.dropOffset)].filter(inside).sort((p, q) => p - q);
    let widest = 0;
    for (let i = 0; i + 1 < stops.length; i++) widest = Math.max(widest, stops[i + 1]! - stops[i]! - 12);
    bandLines[c.row] = Math.max(bandLines[c.row]!, textWidth(labels.join(' '), SMALL_TEXT) <= widest ? 1 : labels.length);
  }
  const bands = model.rows.map((_, r) => ({
    nameOffset: nameOffset(deepest[r]!, bandLines[r]!),
    ...(bandLines[r]! > 0 ? { labelBaseline: labelBandBaseline(deepest[r]!) } : {}),
  }));
  const rowHeight = rowLines.map((lines, r) => YEARS_ABOVE + SYMBOL_SIZE + labelDepth(lines, bands[r]!.nameOffset));

  // Where each family's lines leave: a couple's drop, a lone parent's side, a lane's middle.
  const origins = model.families.map((f) => {
    const first = f.origin[0]!;
    const entry = unitEntry[first]!;
    if (f.origin.length === 2) {
      const couple = coupleAt.get(coupleKey(model.personIds[f.origin[0]!]!, model.personIds[f.origin[1]!]!));
      if (couple) return { entry, offset: couple.dropOffset };
      return { entry, offset: (unitCentre[f.origin[0]!]! + unitCentre[f.origin[1]!]!) / 2 };
    }
    if (first >= model.personCount) return { entry, offset: unitCentre[first]! };
    return { entry, offset: loneOrigins.get(f)! };
  });

  return { rows, bands, rowHeight, unitRow, unitEntry, unitCentre, couples, origins, pos };
}

function isPartner(fam: LayoutFamilies, a: Id | undefined, b: Id): boolean {
  if (a === undefined) return false;
  return (fam.couplesOf.get(b) ?? []).some((c) => c.a === a || c.b === a);
}

/**
 * A partner whose birth-order number stands between them and the partner on their left: the
 * two stand far enough apart for the number and the partnership's dates ("m. 2005") side by
 * side, instead of the dates printed over the number.
 */
function makeRoomForBirthOrder(fam: LayoutFamilies, model: OrderModel, rows: PlanEntry[][], unitCentre: Float64Array, numbered: ReadonlySet<number>): void {
  if (!numbered.size) return;
  const need = SYMBOL_SIZE + BIRTH_ORDER_REACH + textWidth('m. 0000', SMALL_TEXT) + 2 * PARTNER_LABEL_CLEARANCE;
  for (const entries of rows) {
    for (const entry of entries) {
      for (let j = 0; j + 1 < entry.units.length; j++) {
        const b = entry.units[j + 1]!;
        if (!numbered.has(b)) continue;
        if (!isPartner(fam, model.personIds[entry.units[j]!], model.personIds[b]!)) continue;
        const extra = need - (entry.centres[j + 1]! - entry.centres[j]!);
        if (extra > 0) widenEntry(entry, j, extra, unitCentre);
      }
    }
  }
}

/** Least distance between two couples' lines down from one partner block (a quarter of a symbol, as between bars). */
const DROPS_APART = SYMBOL_SIZE / 4;

/** How far a birth-order number reaches left of its symbol (drawing/personSymbol.ts: a circle of radius 9.5, 12 from the edge, and a little air). */
const BIRTH_ORDER_REACH = 26;
/** Room either side of a partnership's dates (drawing/partnerLines.ts keeps 4). */
const PARTNER_LABEL_CLEARANCE = 4;

/**
 * Partners side by side with a labelled line between them (domestic abuse, most often) stand
 * far enough apart for the label to sit on the line between their symbols, clear of both.
 */
function makeRoomForLabels(doc: GenogramDocument, model: OrderModel, rows: PlanEntry[][], unitCentre: Float64Array): void {
  if (!doc.relationships.length) return;
  const unitOf = new Map<Id, number>(model.personIds.map((id, u) => [id, u]));
  const room = new Map<string, number>();
  for (const rel of doc.relationships) {
    const a = unitOf.get(rel.from);
    const b = unitOf.get(rel.to);
    const need = roomForLabel(rel.kind, SYMBOL_SIZE);
    if (a === undefined || b === undefined || need === 0) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    room.set(key, Math.max(room.get(key) ?? 0, need));
  }
  for (const entries of rows) {
    for (const entry of entries) {
      for (let j = 0; j + 1 < entry.units.length; j++) {
        const a = entry.units[j]!;
        const b = entry.units[j + 1]!;
        const need = room.get(a < b ? `${a}:${b}` : `${b}:${a}`);
        const extra = need === undefined ? 0 : need - (entry.centres[j + 1]! - entry.centres[j]!);
        if (extra > 0) widenEntry(entry, j, extra, unitCentre);
      }
    }
  }
}
