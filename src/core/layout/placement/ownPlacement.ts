import type { OrderModel } from '../order/orderModel';
import type { LayoutPlan } from '../plan';
import { ENTRY_GAP } from '../spreadForChildren';
import type { PlacedRows } from './placementTypes';

/** Least space between two sibships' bars (and between a bar and the next sibship's line). */
const BAR_CLEARANCE = 20;
const SWEEPS = 40;

interface Constraint {
  /** x[to] >= x[from] + gap, entries numbered across all rows. */
  from: number;
  to: number;
  gap: number;
}

/**
 * The project's own placement, used when ELK fails or the family is too large for it: the
 * same rows, order and room, placed by least squares — each entry pulled towards the
 * entries it has lines with, so parents stand over the middle of their children — under the
 * constraints that keep the order, the gaps, and every two sibships of a gap whose order lets
 * them be drawn apart, apart (bar and lines from the parents included). Solved by sweeps that
 * move each entry to its target within what its neighbours allow (always feasible, linear
 * per sweep). Lines are drawn afterwards (gapRoutes.ts).
 */
export function ownPlacement(model: OrderModel, plan: LayoutPlan): PlacedRows {
  const warnings: string[] = [];
  const firstOfRow: number[] = [];
  const entryRow: number[] = [];
  const entryWidth: number[] = [];
  plan.rows.forEach((entries, r) => {
    firstOfRow.push(entryRow.length);
    for (const e of entries) {
      entryRow.push(r);
      entryWidth.push(e.width);
    }
  });
  const n = entryRow.length;
  const id = (r: number, e: number) => firstOfRow[r]! + e;
  const unitPoint = (u: number) => ({ entry: id(plan.unitRow[u]!, plan.unitEntry[u]!), offset: plan.unitCentre[u]! });
  const originPoint = (f: number) => ({ entry: id(model.families[f]!.gap, plan.origins[f]!.entry), offset: plan.origins[f]!.offset });

  const constraints: Constraint[] = [];
  plan.rows.forEach((entries, r) => {
    for (let e = 1; e < entries.length; e++) constraints.push({ from: id(r, e - 1), to: id(r, e), gap: entryWidth[id(r, e - 1)]! + ENTRY_GAP });
  });
  const rowOrderCount = constraints.length;
  // Sibships that the order lets be drawn apart are kept apart: bar, kids and the line from the parents.
  model.familiesOfGap.forEach((list) => {
    const spans = list
      .filter((f) => model.families[f]!.sibship)
      .map((f) => {
        const kids = model.families[f]!.kids;
        let lo = kids[0]!;
        let hi = kids[0]!;
        for (const k of kids) {
          if (plan.pos[k]! < plan.pos[lo]!) lo = k;
          if (plan.pos[k]! > plan.pos[hi]!) hi = k;
        }
        const o = model.families[f]!.origin;
        let op = 0;
        for (const u of o) op += plan.pos[u]!;
        return { f, lo, hi, o: op / o.length };
      })
      .sort((a, b) => plan.pos[a.lo]! - plan.pos[b.lo]!);
    for (let i = 0; i + 1 < spans.length; i++) {
      const a = spans[i]!;
      const b = spans[i + 1]!;
      if (!(plan.pos[a.hi]! < plan.pos[b.lo]! && a.o <= b.o)) continue;
      const apart = (p: { entry: number; offset: number }, q: { entry: number; offset: number }) => {
        if (p.entry !== q.entry) constraints.push({ from: p.entry, to: q.entry, gap: p.offset - q.offset + BAR_CLEARANCE });
      };
      apart(unitPoint(a.hi), unitPoint(b.lo));
      apart(unitPoint(a.hi), originPoint(b.f));
      apart(originPoint(a.f), unitPoint(b.lo));
    }
  });

  // Lines pull their two ends together.
  const pulls: { a: number; ao: number; b: number; bo: number }[][] = Array.from({ length: n }, () => []);
  model.families.forEach((family, f) => {
    // Carers' lines never pull a child from its own family.
    if (!family.sibship) return;
    const o = originPoint(f);
    for (const k of family.kids) {
      const p = unitPoint(k);
      if (p.entry === o.entry) continue;
      pulls[o.entry]!.push({ a: o.entry, ao: o.offset, b: p.entry, bo: p.offset });
      pulls[p.entry]!.push({ a: p.entry, ao: p.offset, b: o.entry, bo: o.offset });
    }
  });

  const incoming: Constraint[][] = Array.from({ length: n }, () => []);
  const outgoing: Constraint[][] = Array.from({ length: n }, () => []);
  const index = (list: Constraint[]) => {
    for (const c of list) {
      incoming[c.to]!.push(c);
      outgoing[c.from]!.push(c);
    }
  };
  // A feasible start: the leftmost placement (relaxation; a cycle means the separations contradict, so they are dropped).
  let x = leftmost(n, constraints);
  if (!x) {
    warnings.push('Some sibships could not be kept apart in the own placement; their bars are drawn on separate tracks.');
    constraints.length = rowOrderCount;
    x = leftmost(n, constraints)!;
  }
  index(constraints);
  for (let s = 0; s < SWEEPS; s++) {
    const forward = s % 2 === 0;
    for (let k = 0; k < n; k++) {
      const e = forward ? k : n - 1 - k;
      const list = pulls[e]!;
      if (!list.length) continue;
      let target = 0;
      for (const p of list) target += x[p.b]! + p.bo - p.ao;
      target /= list.length;
      let lo = -Infinity;
      let hi = Infinity;
      for (const c of incoming[e]!) lo = Math.max(lo, x[c.from]! + c.gap);
      for (const c of outgoing[e]!) hi = Math.min(hi, x[c.to]! - c.gap);
      if (lo > hi) continue;
      x[e] = Math.min(hi, Math.max(lo, target));
    }
  }
  let min = Infinity;
  for (let e = 0; e < n; e++) min = Math.min(min, x[e]!);
  if (!Number.isFinite(min)) min = 0;
  const entryX = plan.rows.map((entries, r) => entries.map((_, e) => Math.round((x![id(r, e)]! - min) * 2) / 2));

  return { engine: 'own', entryX, warnings };
}

/** The leftmost x meeting every constraint, or undefined if they contradict each other. */
function leftmost(n: number, constraints: Constraint[]): Float64Array | undefined {
  const x = new Float64Array(n);
  // Bellman-Ford style: at most n rounds; the constraints are mostly in order, so few are needed.
  for (let round = 0; round <= n; round++) {
    let changed = false;
    for (const c of constraints) {
      const want = x[c.from]! + c.gap;
      if (x[c.to]! < want - 1e-9) {
        x[c.to] = want;
        changed = true;
      }
    }
    if (!changed) return x;
  }
  return undefined;
}
