import type { OrderModel } from './orderModel';
import { compareCost, compareTerms, type Cost } from './objective';
import { OffsetSpread, RankCounter } from './fenwick';

/**
 * How the row being filled relates to the row below it:
 * - 'open': the row below is not laid yet (the exact search goes on to it next); only a
 *   lower bound of the faults the origins placed here force on it is counted;
 * - 'fixed': the row below stands as it is (an improvement pass); its lines to this row's
 *   origins are costed exactly as the origins are placed;
 * - 'none': there is no row below with lines to this one.
 */
export type BelowMode = 'open' | 'fixed' | 'none';

/**
 * What does not change between fills of one row, in flat typed arrays (the fill is the inner
 * loop of both searches). "Above": the link families of the gap above (kids on this row);
 * "below": those of the gap below (origins on this row). Families are numbered within their gap.
 */
interface RowStatics {
  aboveCount: number;
  aboveFamilies: number[];
  aboveSibship: Uint8Array;
  aboveKidStart: Int32Array;
  aboveKids: Int32Array;
  aboveRanks: Int32Array;
  aboveAllowed: Set<number>[];
  /** Per unit of this row (by its index in the row, see localIndex), its kid references into the gap above: [start, end) into refFamily/refRank. */
  refStart: Int32Array;
  refEnd: Int32Array;
  refFamily: Int32Array;
  refRank: Int32Array;
  belowCount: number;
  belowFamilies: number[];
  belowSibship: Uint8Array;
  belowOriginSize: Int32Array;
  belowKidStart: Int32Array;
  belowKids: Int32Array;
  /** Per unit of this row: the families of the gap below it is an origin unit of. */
  originStart: Int32Array;
  originEnd: Int32Array;
  originFamily: Int32Array;
  /** Families of the gap below whose kids share a partner block (their bars must meet there). */
  touching: Int32Array;
  /** The same pairs, both ways round, as a * belowCount + b. */
  touchingSet: Set<number>;
}

const staticsCache = new WeakMap<OrderModel, (RowStatics | undefined)[]>();
const localCache = new WeakMap<OrderModel, Int32Array>();

/** Each unit's index among the units of its own row (a fixed numbering, whatever the order). */
function localIndex(model: OrderModel): Int32Array {
  let local = localCache.get(model);
  if (local) return local;
  local = new Int32Array(model.unitCount);
  const next = new Int32Array(model.rows.length);
  for (let u = 0; u < model.unitCount; u++) local[u] = next[model.rowOfUnit[u]!]!++;
  localCache.set(model, local);
  return local;
}

function rowStatics(model: OrderModel, row: number): RowStatics {
  let perRow = staticsCache.get(model);
  if (!perRow) staticsCache.set(model, (perRow = []));
  const cached = perRow[row];
  if (cached) return cached;
  const aboveFamilies = row > 0 ? (model.familiesOfGap[row - 1] ?? []) : [];
  const belowFamilies = model.familiesOfGap[row] ?? [];
  const flatten = (families: number[], of: (f: number) => number[]) => {
    const start = new Int32Array(families.length + 1);
    families.forEach((f, j) => (start[j + 1] = start[j]! + of(f).length));
    const flat = new Int32Array(start[families.length]!);
    families.forEach((f, j) => flat.set(of(f), start[j]!));
    return { start, flat };
  };
  const aboveKids = flatten(aboveFamilies, (f) => model.families[f]!.kids);
  const aboveRanks = flatten(aboveFamilies, (f) => model.families[f]!.ranks);
  const belowKids = flatten(belowFamilies, (f) => model.families[f]!.kids);
  // Per-unit references, indexed by the unit's place among its row's units (arrays as long as the row, not the family).
  const local = localIndex(model);
  const width = model.rowWidth[row]!;
  const refs = (families: number[], unitsOf: (f: number) => number[], extra: (f: number, i: number) => number) => {
    const lists = new Map<number, [number, number][]>();
    families.forEach((f, j) =>
      unitsOf(f).forEach((u, i) => {
        const l = lists.get(u);
        if (l) l.push([j, extra(f, i)]);
        else lists.set(u, [[j, extra(f, i)]]);
      }),
    );
    const start = new Int32Array(width);
    const end = new Int32Array(width);
    let total = 0;
    for (const l of lists.values()) total += l.length;
    const family = new Int32Array(total);
    const value = new Int32Array(total);
    let at = 0;
    for (const [u, l] of lists) {
      const i = local[u]!;
      start[i] = at;
      for (const [j, v] of l) {
        family[at] = j;
        value[at++] = v;
      }
      end[i] = at;
    }
    return { start, end, family, value };
  };
  const kidRefs = refs(aboveFamilies, (f) => model.families[f]!.kids, (f, i) => model.families[f]!.ranks[i]!);
  const originRefs = refs(belowFamilies, (f) => model.families[f]!.origin, () => 0);

  // Touching pairs: families of the gap below with kids in one partner block.
  const touching: number[] = [];
  const familiesOfUnit = new Map<number, number[]>();
  belowFamilies.forEach((f, j) => {
    if (!model.families[f]!.sibship) return;
    for (const k of model.families[f]!.kids) {
      const l = familiesOfUnit.get(k);
      if (l) l.push(j);
      else familiesOfUnit.set(k, [j]);
    }
  });
  const seen = new Set<number>();
  for (const item of model.rows[row + 1] ?? []) {
    const owners = new Set<number>();
    for (const u of item.arrangements[0]!.units) for (const j of familiesOfUnit.get(u) ?? []) owners.add(j);
    if (owners.size < 2) continue;
    const js = [...owners].sort((a, b) => a - b);
    for (let a = 0; a < js.length; a++) {
      for (let b = a + 1; b < js.length; b++) {
        const key = js[a]! * belowFamilies.length + js[b]!;
        if (seen.has(key)) continue;
        seen.add(key);
        touching.push(js[a]!, js[b]!);
      }
    }
  }

  const statics: RowStatics = {
    aboveCount: aboveFamilies.length,
    aboveFamilies,
    aboveSibship: Uint8Array.from(aboveFamilies, (f) => (model.families[f]!.sibship ? 1 : 0)),
    aboveKidStart: aboveKids.start,
    aboveKids: aboveKids.flat,
    aboveRanks: aboveRanks.flat,
    aboveAllowed: aboveFamilies.map((f) => model.families[f]!.allowed),
    refStart: kidRefs.start,
    refEnd: kidRefs.end,
    refFamily: kidRefs.family,
    refRank: kidRefs.value,
    belowCount: belowFamilies.length,
    belowFamilies,
    belowSibship: Uint8Array.from(belowFamilies, (f) => (model.families[f]!.sibship ? 1 : 0)),
    belowOriginSize: Int32Array.from(belowFamilies, (f) => model.families[f]!.origin.length),
    belowKidStart: belowKids.start,
    belowKids: belowKids.flat,
    originStart: originRefs.start,
    originEnd: originRefs.end,
    originFamily: originRefs.family,
    touching: Int32Array.from(touching),
    touchingSet: new Set(touching.flatMap((a, i) => (i % 2 === 0 ? [a * belowFamilies.length + touching[i + 1]!, touching[i + 1]! * belowFamilies.length + a] : []))),
  };
  perRow[row] = statics;
  return statics;
}

const OP_POS = 1;
const OP_SPLIT = 2;
const OP_START = 3;
const OP_OPEN_PUSH = 4;
const OP_OPEN_REMOVE = 5;
const OP_SEGMENT = 6;
const OP_CLOSED = 7;
const OP_ORIGIN_UNIT = 8;
const OP_BELOW_DONE = 9;
const OP_ITEM = 10;
const OP_SPREAD_ABOVE = 11;
const OP_SPREAD_BELOW = 12;

/** A growable stack of 32-bit integers. */
class IntStack {
  data = new Int32Array(256);
  size = 0;
  push(v: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = v;
  }
  pop(): number {
    return this.data[--this.size]!;
  }
}

/**
 * Fills one row left to right, item by item, adding each move's cost to the objective as it
 * is made (see objective.ts) and undoing moves exactly. Shared by the exact search (row by
 * row, the row below still open) and the improvement passes (both neighbours fixed).
 */
export class RowFill {
  next = 0;
  /** Partner-term minimum of the items not placed yet. */
  remainingT3 = 0;
  readonly order: number[] = [];
  readonly choice: Int32Array;
  readonly placedItem: Uint8Array;
  private readonly s: RowStatics;
  private readonly local: Int32Array;
  private readonly journal = new IntStack();
  private readonly marks = new IntStack();
  private savedCost = new Float64Array(64);
  private savedTop = 0;
  /** The length term's offsets of the gap above and (fixed mode) below. */
  private readonly spreadAbove: OffsetSpread;
  /** The same offsets as a list, for the length term's lower bound. */
  private readonly offsetsAbove: number[] = [];
  private readonly spreadBelow: OffsetSpread | undefined;
  // Gap above: the origins' places (fixed), and what is laid of each family.
  private readonly origin: Float64Array;
  private readonly originRank: Int32Array;
  private readonly placed: Int32Array;
  private readonly started: Uint8Array;
  private readonly split: Uint8Array;
  private readonly open: number[] = [];
  private readonly segments: RankCounter;
  private readonly closed: RankCounter;
  // Gap below: origins being placed here; kids fixed ('fixed') or not laid yet ('open').
  private readonly belowMode: BelowMode;
  private readonly originPlaced: Int32Array;
  private readonly originAt: Float64Array;
  private readonly done: Uint8Array;
  private readonly kidPos: Int32Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly hiCounter: RankCounter | undefined;
  private readonly kidCounter: RankCounter | undefined;
  private readonly finished: number[] = [];

  constructor(
    private readonly model: OrderModel,
    readonly row: number,
    /** Positions of every unit; the rows above this one (and below, in 'fixed' mode) must be set, this row's -1. */
    private readonly pos: Int32Array,
    private readonly cost: Cost,
    belowMode: BelowMode,
    /**
     * Leave the length term out of `cost` while filling, for `lengthTerm()` to give at the end:
     * the improvement passes compare it only when the first four terms tie, and computing the
     * spread on every line was a fifth of their time.
     */
    private readonly lazyLength = false,
  ) {
    const s = rowStatics(model, row);
    this.s = s;
    this.local = localIndex(model);
    const items = model.rows[row]!;
    this.choice = new Int32Array(items.length);
    this.placedItem = new Uint8Array(items.length);
    for (const it of items) this.remainingT3 += it.arrangements[0]!.cost;
    this.spreadAbove = new OffsetSpread(model.rowWidth[row]! + (model.rowWidth[row - 1] ?? 0) + 1);

    this.origin = new Float64Array(s.aboveCount);
    s.aboveFamilies.forEach((f, j) => {
      const o = model.families[f]!.origin;
      let sum = 0;
      for (const u of o) sum += pos[u]!;
      this.origin[j] = sum / o.length;
    });
    const distinct = [...new Set(this.origin)].sort((a, b) => a - b);
    const rankOf = new Map(distinct.map((v, i) => [v, i + 1]));
    this.originRank = Int32Array.from(this.origin, (v) => rankOf.get(v)!);
    this.placed = new Int32Array(s.aboveCount);
    this.started = new Uint8Array(s.aboveCount);
    this.split = new Uint8Array(s.aboveCount);
    this.segments = new RankCounter(distinct.length);
    this.closed = new RankCounter(distinct.length);

    this.belowMode = s.belowCount ? belowMode : 'none';
    this.originPlaced = new Int32Array(s.belowCount);
    this.originAt = new Float64Array(s.belowCount);
    this.done = new Uint8Array(s.belowCount);
    this.kidPos = new Int32Array(s.belowKids.length);
    this.lo = new Int32Array(s.belowCount);
    this.hi = new Int32Array(s.belowCount);
    if (this.belowMode === 'fixed') {
      for (let i = 0; i < s.belowKids.length; i++) this.kidPos[i] = pos[s.belowKids[i]!]!;
      for (let j = 0; j < s.belowCount; j++) {
        let a = Infinity;
        let b = -Infinity;
        for (let i = s.belowKidStart[j]!; i < s.belowKidStart[j + 1]!; i++) {
          a = Math.min(a, this.kidPos[i]!);
          b = Math.max(b, this.kidPos[i]!);
        }
        this.lo[j] = a;
        this.hi[j] = b;
      }
      const width = model.rowWidth[row + 1]! + 1;
      this.hiCounter = new RankCounter(width);
      this.kidCounter = new RankCounter(width);
      this.spreadBelow = new OffsetSpread(model.rowWidth[row]! + model.rowWidth[row + 1]! + 1);
    }
  }

  /** Places an item with the given arrangement at the end of the row; returns a mark to undo to. */
  place(item: number, arrangement: number): number {
    const mark = this.journal.size;
    this.marks.push(mark);
    if (this.savedTop + 5 > this.savedCost.length) {
      const bigger = new Float64Array(this.savedCost.length * 2);
      bigger.set(this.savedCost);
      this.savedCost = bigger;
    }
    const cost = this.cost;
    for (let i = 0; i < 5; i++) this.savedCost[this.savedTop++] = cost[i]!;
    const it = this.model.rows[this.row]![item]!;
    const a = it.arrangements[arrangement]!;
    cost[2] += a.cost;
    this.remainingT3 -= it.arrangements[0]!.cost;
    this.finished.length = 0;
    for (const u of a.units) this.placeUnit(u);
    if (this.finished.length) this.finishOrigins();
    this.placedItem[item] = 1;
    this.choice[item] = arrangement;
    this.order.push(item);
    this.journal.push(item);
    this.journal.push(OP_ITEM);
    return mark;
  }

  /** Undoes every move made since the mark. */
  undo(mark: number): void {
    while (this.marks.size && this.marks.data[this.marks.size - 1]! >= mark) {
      const m = this.marks.pop();
      this.unwind(m);
      for (let i = 4; i >= 0; i--) this.cost[i] = this.savedCost[--this.savedTop]!;
    }
  }

  private unwind(mark: number): void {
    const j = this.journal;
    while (j.size > mark) {
      const op = j.pop();
      const arg = j.pop();
      switch (op) {
        case OP_POS:
          this.pos[arg] = -1;
          this.next--;
          break;
        case OP_SPLIT:
          this.split[arg] = 0;
          break;
        case OP_START:
          this.started[arg] = 0;
          break;
        case OP_OPEN_PUSH:
          this.open.pop();
          break;
        case OP_OPEN_REMOVE:
          this.open.splice(j.pop(), 0, arg);
          break;
        case OP_SEGMENT:
          if (this.s.aboveSibship[arg]) this.segments.add(this.originRank[arg]!, -1);
          this.placed[arg]!--;
          break;
        case OP_CLOSED:
          this.closed.add(this.originRank[arg]!, -1);
          break;
        case OP_ORIGIN_UNIT:
          this.originPlaced[arg]!--;
          break;
        case OP_BELOW_DONE: {
          this.done[arg] = 0;
          if (!this.hiCounter) break;
          if (!this.s.belowSibship[arg]) break;
          this.hiCounter.add(this.hi[arg]! + 1, -1);
          for (let i = this.s.belowKidStart[arg]!; i < this.s.belowKidStart[arg + 1]!; i++) this.kidCounter!.add(this.kidPos[i]! + 1, -1);
          break;
        }
        case OP_SPREAD_ABOVE:
          this.spreadAbove.add(arg / 2, -1);
          this.offsetsAbove.pop();
          break;
        case OP_SPREAD_BELOW:
          this.spreadBelow!.add(arg / 2, -1);
          break;
        case OP_ITEM:
          this.placedItem[arg] = 0;
          this.order.pop();
          this.remainingT3 += this.model.rows[this.row]![arg]!.arrangements[0]!.cost;
          break;
      }
    }
  }

  private placeUnit(u: number): void {
    const p = this.next++;
    this.pos[u] = p;
    this.journal.push(u);
    this.journal.push(OP_POS);
    if (this.s.aboveCount) this.costAbove(u, p);
    const s = this.s;
    if (this.belowMode !== 'none') {
      const i = this.local[u]!;
      for (let r = s.originStart[i]!; r < s.originEnd[i]!; r++) {
        const j = s.originFamily[r]!;
        this.originPlaced[j]!++;
        this.journal.push(j);
        this.journal.push(OP_ORIGIN_UNIT);
        if (this.originPlaced[j] === s.belowOriginSize[j]) this.finished.push(j);
      }
    }
  }

  private costAbove(u: number, p: number): void {
    const s = this.s;
    const cost = this.cost;
    const open = this.open;
    // Someone standing among the kids of a family still being laid splits it, unless a kid or a kid's partner.
    for (let k = 0; k < open.length; k++) {
      const j = open[k]!;
      if (this.split[j] || s.aboveAllowed[j]!.has(u)) continue;
      this.split[j] = 1;
      cost[0]++;
      this.journal.push(j);
      this.journal.push(OP_SPLIT);
    }
    const r0 = s.refStart[this.local[u]!]!;
    const r1 = s.refEnd[this.local[u]!]!;
    if (r0 === r1) return;
    // Lines ending at this unit cross what is placed before any of them is counted (lines meeting at a kid do not cross).
    // Carers' lines count for length only: they are drawn over the structure and may cross it.
    for (let r = r0; r < r1; r++) if (s.aboveSibship[s.refFamily[r]!]) cost[3] += this.segments.above(this.originRank[s.refFamily[r]!]!);
    for (let r = r0; r < r1; r++) {
      const j = s.refFamily[r]!;
      const rank = s.refRank[r]!;
      const k0 = s.aboveKidStart[j]!;
      const k1 = s.aboveKidStart[j + 1]!;
      if (s.aboveSibship[j]) {
        for (let i = k0; i < k1; i++) {
          const k = s.aboveKids[i]!;
          if (k !== u && this.pos[k]! >= 0 && s.aboveRanks[i]! > rank) cost[1]++;
        }
        if (!this.started[j]) {
          // The family's bar starts here: every family still open, and every finished one whose
          // origin stands further right, cannot be drawn apart from it.
          cost[0] += open.length + this.closed.above(this.originRank[j]!);
          this.started[j] = 1;
          this.journal.push(j);
          this.journal.push(OP_START);
          if (k1 - k0 > 1) {
            open.push(j);
            this.journal.push(j);
            this.journal.push(OP_OPEN_PUSH);
          }
        }
      }
      this.addOffset(this.spreadAbove, p - this.origin[j]!, OP_SPREAD_ABOVE);
      this.offsetsAbove.push(p - this.origin[j]!);
      if (s.aboveSibship[j]) this.segments.add(this.originRank[j]!, 1);
      this.placed[j]!++;
      this.journal.push(j);
      this.journal.push(OP_SEGMENT);
      if (s.aboveSibship[j] && this.placed[j] === k1 - k0) {
        const at = open.indexOf(j);
        if (at >= 0) {
          open.splice(at, 1);
          this.journal.push(at);
          this.journal.push(j);
          this.journal.push(OP_OPEN_REMOVE);
        }
        this.closed.add(this.originRank[j]!, 1);
        this.journal.push(j);
        this.journal.push(OP_CLOSED);
      }
    }
  }

  /** One more line in a gap's length term: the term grows by however much the spread of offsets grows. */
  private addOffset(spread: OffsetSpread, d: number, op: number): void {
    if (this.lazyLength) spread.add(d, 1);
    else {
      const before = spread.spread();
      spread.add(d, 1);
      this.cost[4] += spread.spread() - before;
    }
    this.journal.push(Math.round(2 * d));
    this.journal.push(op);
  }

  /** Families of the gap below whose origins are now complete: cost their lines if the row below is fixed. */
  private finishOrigins(): void {
    const s = this.s;
    const finished = this.finished;
    for (const j of finished) {
      let sum = 0;
      const f = this.model.families[s.belowFamilies[j]!]!;
      for (const u of f.origin) sum += this.pos[u]!;
      this.originAt[j] = sum / f.origin.length;
    }
    if (this.belowMode === 'open') {
      for (const j of finished) {
        this.done[j] = 1;
        this.journal.push(j);
        this.journal.push(OP_BELOW_DONE);
      }
      return;
    }
    const cost = this.cost;
    const hiCounter = this.hiCounter!;
    const kidCounter = this.kidCounter!;
    // Left to right, and families sharing an origin by where their kids start.
    if (finished.length > 1) finished.sort((p, q) => this.originAt[p]! - this.originAt[q]! || this.lo[p]! - this.lo[q]!);
    for (let start = 0; start < finished.length; ) {
      let end = start;
      while (end < finished.length && this.originAt[finished[end]!] === this.originAt[finished[start]!]) end++;
      // Lines from one origin never cross each other: count the group's crossings before adding any of its lines.
      for (let g = start; g < end; g++) {
        const j = finished[g]!;
        if (!s.belowSibship[j]) continue;
        for (let i = s.belowKidStart[j]!; i < s.belowKidStart[j + 1]!; i++) cost[3] += kidCounter.above(this.kidPos[i]! + 1);
      }
      for (let g = start; g < end; g++) {
        const j = finished[g]!;
        // Families placed before stand left of this one: they cannot be drawn apart if their kids reach this one's first kid.
        if (s.belowSibship[j]) {
          cost[0] += hiCounter.above(this.lo[j]!);
          hiCounter.add(this.hi[j]! + 1, 1);
        }
        for (let i = s.belowKidStart[j]!; i < s.belowKidStart[j + 1]!; i++) this.addOffset(this.spreadBelow!, this.kidPos[i]! - this.originAt[j]!, OP_SPREAD_BELOW);
        this.done[j] = 1;
        this.journal.push(j);
        this.journal.push(OP_BELOW_DONE);
      }
      for (let g = start; g < end; g++) {
        const j = finished[g]!;
        if (!s.belowSibship[j]) continue;
        for (let i = s.belowKidStart[j]!; i < s.belowKidStart[j + 1]!; i++) kidCounter.add(this.kidPos[i]! + 1, 1);
      }
      start = end;
    }
  }

  /** The length term of what is placed (as `cost[4]` would hold without `lazyLength`). */
  lengthTerm(): number {
    return this.spreadAbove.spread() + (this.spreadBelow?.spread() ?? 0);
  }

  /** The faults certain to come from what is placed (a lower bound of the rest of this row), added to `into`. */
  addBound(into: Cost): void {
    const s = this.s;
    into[2] += this.remainingT3;
    if (s.aboveCount) {
      // Length: every kid still to come stands at the next place or further right, so its run is at least that long.
      const later: number[] = [];
      for (let j = 0; j < s.aboveCount; j++) {
        const unplaced = s.aboveKidStart[j + 1]! - s.aboveKidStart[j]! - this.placed[j]!;
        for (let k = 0; k < unplaced; k++) later.push(this.next - this.origin[j]!);
      }
      into[4] += spreadBound(this.offsetsAbove, later) - this.spreadAbove.spread();
      for (let j = 0; j < s.aboveCount; j++) {
        const k0 = s.aboveKidStart[j]!;
        const k1 = s.aboveKidStart[j + 1]!;
        const unplaced = k1 - k0 - this.placed[j]!;
        if (unplaced === 0) continue;
        if (s.aboveSibship[j]) into[3] += unplaced * this.segments.above(this.originRank[j]!);
        if (!s.aboveSibship[j]) continue;
        if (!this.started[j]) into[0] += this.closed.above(this.originRank[j]!);
        else {
          for (let i = k0; i < k1; i++) {
            if (this.pos[s.aboveKids[i]!]! >= 0) continue;
            for (let k = k0; k < k1; k++) if (this.pos[s.aboveKids[k]!]! >= 0 && s.aboveRanks[k]! > s.aboveRanks[i]!) into[1]++;
          }
        }
      }
    }
    if (this.belowMode === 'fixed') {
      // A family not placed yet will stand right of all placed ones.
      for (let j = 0; j < s.belowCount; j++) {
        if (this.done[j]) continue;
        if (s.belowSibship[j]) into[0] += this.hiCounter!.above(this.lo[j]!);
        if (s.belowSibship[j]) for (let i = s.belowKidStart[j]!; i < s.belowKidStart[j + 1]!; i++) into[3] += this.kidCounter!.above(this.kidPos[i]! + 1);
      }
    } else if (this.belowMode === 'open') into[0] += this.sandwiched();
  }

  /**
   * Row below still open: two families whose kids share a partner block must have their bars
   * meet at that block, so any other family whose origin stands between theirs will conflict
   * with one of them. Each such family is one certain fault; one fault may serve two of them.
   */
  private sandwiched(): number {
    const t = this.s.touching;
    if (t.length === 0) return 0;
    let hits = 0;
    const hit = new Uint8Array(this.s.belowCount);
    for (let k = 0; k < t.length; k += 2) {
      const f = t[k]!;
      const g = t[k + 1]!;
      const fd = this.done[f]!;
      const gd = this.done[g]!;
      if (!fd && !gd) continue;
      // An origin not placed yet will stand right of everything placed.
      const lo = fd && gd ? Math.min(this.originAt[f]!, this.originAt[g]!) : fd ? this.originAt[f]! : this.originAt[g]!;
      const hi = fd && gd ? Math.max(this.originAt[f]!, this.originAt[g]!) : Infinity;
      for (let h = 0; h < this.s.belowCount; h++) {
        if (h === f || h === g || hit[h] || !this.done[h] || !this.s.belowSibship[h]) continue;
        // A family whose kids share a partner block with either can stand between them in
        // that block (a partner in the middle of three), its bar apart from both.
        if (this.s.touchingSet.has(f * this.s.belowCount + h) || this.s.touchingSet.has(g * this.s.belowCount + h)) continue;
        const o = this.originAt[h]!;
        if (o > lo && o < hi) {
          hit[h] = 1;
          hits++;
        }
      }
    }
    return Math.ceil(hits / 2);
  }

  /** Where the origins of the gap below stand, as far as placed (for the memo of the exact search). */
  originKey(): string {
    let key = '';
    for (let j = 0; j < this.s.belowCount; j++) key += this.done[j] ? `${this.originAt[j]},` : '_,';
    return key;
  }

  /**
   * What the rest of the row's costs depend on besides the items placed (for the memo of the
   * exact search): which families above are open and whether split, and where their lines
   * placed so far end (the length term depends on the spread of all of a gap's runs).
   */
  openKey(): string {
    let key = '';
    for (const j of this.open) key += this.split[j] ? `s${j}` : `o${j}`;
    key += '|';
    const s = this.s;
    for (let i = 0; i < s.aboveKids.length; i++) {
      const p = this.pos[s.aboveKids[i]!]!;
      if (p >= 0) key += `${p},`;
    }
    return key;
  }
}

/**
 * A lower bound of the spread (least total distance to a common shift) of `offsets` together
 * with more offsets, each at least as large as its entry in `atLeast`: the minimum over s of
 * sum |d - s| + sum max(0, l - s), a convex function minimised where its slope turns.
 */
export function spreadBound(offsets: number[], atLeast: number[]): number {
  const n = offsets.length + atLeast.length;
  if (n < 2) return 0;
  const points: [number, number][] = [];
  for (const d of offsets) points.push([d, 2]);
  for (const l of atLeast) points.push([l, 1]);
  points.sort((a, b) => a[0] - b[0]);
  let slope = -n;
  let s = points[0]![0];
  for (const [x, step] of points) {
    s = x;
    slope += step;
    if (slope >= 0) break;
  }
  let total = 0;
  for (const d of offsets) total += Math.abs(d - s);
  for (const l of atLeast) if (l > s) total += l - s;
  return total;
}

export interface Move {
  item: number;
  arrangement: number;
  /** The objective so far if this move is made. */
  cost: Cost;
}

/** Every item not placed yet, in every arrangement, as the next move, cheapest first. */
export function nextMoves(fill: RowFill, model: OrderModel, cost: Cost, terms = 5): Move[] {
  const items = model.rows[fill.row]!;
  const moves: Move[] = [];
  for (let i = 0; i < items.length; i++) {
    if (fill.placedItem[i]) continue;
    const arrangements = items[i]!.arrangements;
    for (let a = 0; a < arrangements.length; a++) {
      const mark = fill.place(i, a);
      moves.push({ item: i, arrangement: a, cost: [cost[0], cost[1], cost[2], cost[3], cost[4]] });
      fill.undo(mark);
    }
  }
  moves.sort((p, q) => compareTerms(p.cost, q.cost, terms) || compareCost(p.cost, q.cost));
  return moves;
}
