import type { OrderModel, OrderItem, LinkFamily } from './orderModel';
import { compareCost, zeroCost, type Cost, type OrderSolution } from './objective';
import { heuristicOrder, type HeuristicResult } from './heuristicOrder';
import { exactOrder } from './exactOrder';

/** Families up to this many persons (in one connected part) get the exact search. */
export const EXACT_MAX_PERSONS = 60;
/** Search nodes the exact search may use per connected part before it settles for the best found. */
export const EXACT_NODE_BUDGET = 20_000;
/** Further nodes for proving the length term once the first four are proven. */
export const LENGTH_NODE_BUDGET = 5_000;

export interface ChosenOrder {
  solution: OrderSolution;
  cost: Cost;
  /**
   * Parts searched exactly: proven optimal on the whole objective; proven on sibships, birth
   * order, partners and crossings but not on length (budget reached); not proven; and parts
   * left to the heuristic (too large).
   */
  proven: number;
  lengthUnproven: number;
  unproven: number;
  heuristic: number;
  nodes: number;
}

export interface ChooseOptions {
  exactMaxPersons?: number;
  nodeBudget?: number;
  /** Unit the first walk starts from (the subject of the review). */
  rootUnit?: number;
  /** Persons who live together (households): a person with no relatives stands beside one of them. */
  housemates?: Map<number, number[]>;
}

/**
 * The in-row order of the whole family: each connected part (separate families share no
 * lines, so each is ordered on its own and they stand side by side, the subject's first) gets
 * the heuristic order, then — if small enough — the exact search seeded with it, which can
 * only improve on it. Both are bounded by counts of work, not by time: the same document
 * always gets the same order.
 */
export function chooseOrder(model: OrderModel, options: ChooseOptions = {}): ChosenOrder {
  const exactMax = options.exactMaxPersons ?? EXACT_MAX_PERSONS;
  const budget = options.nodeBudget ?? EXACT_NODE_BUDGET;
  const parts = splitParts(model, options.rootUnit ?? 0);
  const itemOrder: number[][] = model.rows.map(() => []);
  const arrangement: number[][] = model.rows.map((items) => items.map(() => 0));
  const cost = zeroCost();
  let proven = 0;
  let lengthUnproven = 0;
  let unproven = 0;
  let heuristic = 0;
  let nodes = 0;
  // Persons with no relatives who share a household with someone on their row: placed beside them afterwards.
  const guests: { part: Part; hosts: number[] }[] = [];
  const solved = parts.filter((part) => {
    if (part.model.families.length || part.model.unitCount !== 1) return true;
    const unit = [...part.localOfUnit.keys()][0]!;
    const hosts = (options.housemates?.get(unit) ?? []).filter((h) => model.rowOfUnit[h] === model.rowOfUnit[unit] && h !== unit);
    if (!hosts.length) return true;
    guests.push({ part, hosts });
    return false;
  });
  for (const part of solved) {
    const root = part.localOfUnit.get(options.rootUnit ?? -1) ?? 0;
    // A person (or couple) with no lines to anyone: nothing to order.
    if (part.model.families.length === 0 && part.model.rows.every((items) => items.length <= 1 && (items[0]?.arrangements.length ?? 1) === 1)) {
      part.model.rows.forEach((items, r) => items.forEach((_, i) => itemOrder[r]!.push(part.itemOfLocal[r]![i]!)));
      proven++;
      continue;
    }
    const best = part.persons <= exactMax ? restartedHeuristic(part.model, root) : heuristicOrder(part.model, { rootUnit: root });
    let result: { solution: OrderSolution; cost: Cost } = best;
    if (part.persons <= exactMax) {
      // Sibships, birth order, partners and crossings first; then length, with what budget is left.
      const first = exactOrder(part.model, { nodeBudget: budget, incumbent: best, terms: 4 });
      if (first.solution && compareCost(first.cost, result.cost) < 0) result = { solution: first.solution, cost: first.cost };
      const second = exactOrder(part.model, { nodeBudget: Math.max(0, budget - first.nodes) + LENGTH_NODE_BUDGET, incumbent: result });
      if (second.solution && compareCost(second.cost, result.cost) < 0) result = { solution: second.solution, cost: second.cost };
      nodes += first.nodes + second.nodes;
      if (first.proven && second.proven) proven++;
      else if (first.proven) lengthUnproven++;
      else unproven++;
    } else heuristic++;
    for (let i = 0; i < 5; i++) cost[i]! += result.cost[i]!;
    part.model.rows.forEach((_, r) => {
      for (const local of result.solution.itemOrder[r]!) {
        const global = part.itemOfLocal[r]![local]!;
        itemOrder[r]!.push(global);
        arrangement[r]![global] = result.solution.arrangement[r]![local]!;
      }
    });
  }
  for (const guest of guests) placeGuest(model, itemOrder, arrangement, guest.part, guest.hosts);
  return { solution: { itemOrder, arrangement }, cost, proven, lengthUnproven, unproven, heuristic, nodes };
}

/**
 * For a family the exact search will take up: the heuristic from the part's own root, then,
 * while a sibship fault is left, from other places in the family. The walk that gives the
 * first order decides which local optimum the improvement passes reach, and the exact search
 * seeded with an order free of sibship faults proves it far sooner than it finds one: on review
 * families where one root left a fault, another often found none.
 */
function restartedHeuristic(model: OrderModel, root: number): HeuristicResult {
  let best = heuristicOrder(model, { rootUnit: root });
  const n = model.unitCount;
  for (let k = 1; k < RESTARTS && best.cost[0] > 0; k++) {
    const other = heuristicOrder(model, { rootUnit: (root + Math.floor((k * n) / RESTARTS)) % n });
    if (compareCost(other.cost, best.cost) < 0) best = other;
  }
  return best;
}

/** Roots the heuristic starts from at most, for a family the exact search takes up. */
const RESTARTS = 8;

/**
 * A lodger (no relatives, one household) joins the row beside a housemate if that splits no
 * sibship, else at the nearest place that splits none (the end of the housemate's sibship).
 */
function placeGuest(model: OrderModel, itemOrder: number[][], arrangement: number[][], part: Part, hosts: number[]): void {
  const unit = [...part.localOfUnit.keys()][0]!;
  const r = model.rowOfUnit[unit]!;
  const item = part.itemOfLocal[r]![0]!;
  const order = itemOrder[r]!;
  const itemOf = new Map<number, number>();
  order.forEach((i, at) => {
    for (const u of model.rows[r]![i]!.arrangements[arrangement[r]![i]!]!.units) itemOf.set(u, at);
  });
  // Item-index spans of the sibships of the gap above: a place strictly inside one splits it.
  const spans = (model.familiesOfGap[r - 1] ?? []).flatMap((f) => {
    const at = model.families[f]!.kids.map((k) => itemOf.get(k)).filter((x): x is number => x !== undefined);
    return at.length > 1 ? [[Math.min(...at), Math.max(...at)] as const] : [];
  });
  const splits = (place: number) => spans.filter(([lo, hi]) => lo < place && place <= hi).length;
  let best = order.length;
  let bestScore = Infinity;
  for (const h of hosts) {
    const at = itemOf.get(h);
    if (at === undefined) continue;
    // Every place in the row: beside the housemate if that splits no sibship, else the nearest that splits none.
    for (let place = 0; place <= order.length; place++) {
      const score = splits(place) * 1e6 + Math.min(Math.abs(place - at), Math.abs(place - at - 1));
      if (score < bestScore) {
        bestScore = score;
        best = place;
      }
    }
  }
  order.splice(best, 0, item);
  arrangement[r]![item] = 0;
}

interface Part {
  model: OrderModel;
  persons: number;
  /** Per row, the global item index of each of the part's items. */
  itemOfLocal: number[][];
  localOfUnit: Map<number, number>;
}

/** The connected parts of the family (items joined by link families), the root's first, then in document order. */
export function splitParts(model: OrderModel, rootUnit: number): Part[] {
  const parent = Int32Array.from({ length: model.unitCount }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const n = parent[i]!;
      parent[i] = r;
      i = n;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const items of model.rows) for (const it of items) for (const u of it.arrangements[0]!.units) union(u, it.arrangements[0]!.units[0]!);
  for (const f of model.families) for (const u of [...f.origin, ...f.kids]) union(u, f.origin[0]!);
  const rootOf = (u: number) => find(u);
  const order: number[] = [];
  const seen = new Set<number>();
  const pushRoot = (u: number) => {
    if (u < 0 || u >= model.unitCount) return;
    const r = rootOf(u);
    if (!seen.has(r)) {
      seen.add(r);
      order.push(r);
    }
  };
  pushRoot(rootUnit);
  for (let u = 0; u < model.unitCount; u++) pushRoot(u);
  if (order.length === 1) {
    const all: Part = { model, persons: model.personCount, itemOfLocal: model.rows.map((items) => items.map((_, i) => i)), localOfUnit: new Map(Array.from({ length: model.unitCount }, (_, u) => [u, u])) };
    return [all];
  }

  // One pass each over units, items and families, bucketed by part (linear in the family's size).
  const partOf = new Map<number, number>(order.map((root, i) => [root, i]));
  const unitsOf: number[][] = order.map(() => []);
  const localOfUnit = new Int32Array(model.unitCount);
  for (let u = 0; u < model.unitCount; u++) {
    const list = unitsOf[partOf.get(rootOf(u))!]!;
    localOfUnit[u] = list.length;
    list.push(u);
  }
  const local = (u: number) => localOfUnit[u]!;
  const rowsOf: OrderItem[][][] = order.map(() => model.rows.map(() => []));
  const itemsOf: number[][][] = order.map(() => model.rows.map(() => []));
  model.rows.forEach((items, r) =>
    items.forEach((it, i) => {
      const p = partOf.get(rootOf(it.arrangements[0]!.units[0]!))!;
      rowsOf[p]![r]!.push({ block: it.block, arrangements: it.arrangements.map((a) => ({ units: a.units.map(local), cost: a.cost })) });
      itemsOf[p]![r]!.push(i);
    }),
  );
  const familiesOf: LinkFamily[][] = order.map(() => []);
  const gapsOf: number[][][] = order.map(() => model.familiesOfGap.map(() => []));
  for (const f of model.families) {
    const p = partOf.get(rootOf(f.origin[0]!))!;
    gapsOf[p]![f.gap]!.push(familiesOf[p]!.length);
    familiesOf[p]!.push({ ...f, origin: f.origin.map(local), kids: f.kids.map(local), allowed: new Set([...f.allowed].map(local)) });
  }
  return order.map((_, p) => {
    const units = unitsOf[p]!;
    const rowOfUnit = Int32Array.from(units, (u) => model.rowOfUnit[u]!);
    const rowWidth = new Int32Array(model.rows.length);
    for (const r of rowOfUnit) rowWidth[r]!++;
    const personUnits = units.filter((u) => u < model.personCount);
    const part: OrderModel = {
      personCount: personUnits.length,
      unitCount: units.length,
      rowOfUnit,
      personIds: personUnits.map((u) => model.personIds[u]!),
      rows: rowsOf[p]!,
      rowWidth,
      families: familiesOf[p]!,
      familiesOfGap: gapsOf[p]!,
      lanes: [],
    };
    return { model: part, persons: personUnits.length, itemOfLocal: itemsOf[p]!, localOfUnit: new Map(units.map((u) => [u, localOfUnit[u]!])) };
  });
}
