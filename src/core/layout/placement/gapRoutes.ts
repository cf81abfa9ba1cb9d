import type { OrderModel } from '../order/orderModel';
import type { LayoutPlan } from '../plan';
import type { FamilyRoute, RoutePoint } from './placementTypes';

/** Lines that run side by side stay this far apart: a quarter of a symbol, so they print as two lines. */
export const LINE_SPACING = 10;
/** Between a row's labels and the highest track, and between the lowest track and the next row. */
const GAP_MARGIN = 20;
/** Where a carer's line arrives at the child, beside the birth family's line. */
const CARER_ARRIVAL = 10;

/**
 * Draws every family's lines once everyone stands where the placement put them, and sets the
 * rows' heights to fit them. Between two rows, each sibship's bar runs from its parents' line
 * to its farthest child, with the line from the parents straight down to it and a line
 * straight down from it to each child; carers' lines run down, along the gap and down to the
 * child. Horizontal runs that overlap sideways go on separate tracks a quarter symbol apart,
 * bars nearest the children; so nothing runs along another line, and no line runs through a
 * symbol or a label (the vertical parts pass between names, through the gaps the plan left).
 */
export function routeGaps(model: OrderModel, plan: LayoutPlan, entryX: number[][]): { rowTop: number[]; routes: (FamilyRoute | undefined)[] } {
  const xOf = (u: number) => entryX[plan.unitRow[u]!]![plan.unitEntry[u]!]! + plan.unitCentre[u]!;
  const originX = (f: number) => entryX[model.families[f]!.gap]![plan.origins[f]!.entry]! + plan.origins[f]!.offset;
  const routes: (FamilyRoute | undefined)[] = model.families.map(() => undefined);
  const rowTop: number[] = [];
  let y = 0;
  for (let r = 0; r < plan.rows.length; r++) {
    rowTop.push(y);
    const bottom = y + plan.rowHeight[r]!;
    const list = model.familiesOfGap[r] ?? [];
    // Horizontal runs of this gap: a sibship's bar, or one per carer's line to a child.
    const runs: { f: number; kid: number; x0: number; x1: number; track: number; bar: boolean }[] = [];
    for (const f of list) {
      const family = model.families[f]!;
      const ox = originX(f);
      if (family.sibship) {
        let x0 = ox;
        let x1 = ox;
        for (const k of family.kids) {
          x0 = Math.min(x0, xOf(k));
          x1 = Math.max(x1, xOf(k));
        }
        runs.push({ f, kid: -1, x0, x1, track: 0, bar: true });
      } else {
        family.kids.forEach((k, i) => {
          const kx = xOf(k) + (k < model.personCount ? CARER_ARRIVAL : 0);
          runs.push({ f, kid: i, x0: Math.min(ox, kx), x1: Math.max(ox, kx), track: 0, bar: false });
        });
      }
    }
    // Bars first (the tracks nearest the children), each on the lowest track free over its extent.
    runs.sort((a, b) => Number(b.bar) - Number(a.bar) || a.x0 - b.x0 || a.x1 - b.x1);
    const busy: { x0: number; x1: number }[][] = [];
    const freeFrom = (run: (typeof runs)[number], from: number) => {
      let t = from;
      while (busy[t]?.some((b) => b !== run && b.x0 <= run.x1 + LINE_SPACING && run.x0 <= b.x1 + LINE_SPACING)) t++;
      return t;
    };
    for (const run of runs) {
      const t = freeFrom(run, 0);
      (busy[t] ??= []).push(run);
      run.track = t;
    }
    liftDropsOffChildLines(runs, busy, freeFrom, (run) => originX(run.f), (run) => model.families[run.f]!.kids.map(xOf));
    const tracks = Math.max(1, busy.length);
    const nextTop = bottom + 2 * GAP_MARGIN + (tracks - 1) * LINE_SPACING;
    const trackY = (t: number) => nextTop - GAP_MARGIN - t * LINE_SPACING;
    for (const run of runs) {
      const family = model.families[run.f]!;
      const ox = originX(run.f);
      const ty = trackY(run.track);
      if (run.bar) {
        routes[run.f] = {
          drop: [[ox, bottom], [ox, ty]],
          bar: { y: ty, x0: run.x0, x1: run.x1 },
          kids: family.kids.map((k) => [[xOf(k), ty], [xOf(k), nextTop]] as RoutePoint[]),
        };
      } else {
        const route = (routes[run.f] ??= { drop: [], kids: family.kids.map(() => []) });
        const k = family.kids[run.kid]!;
        const kx = xOf(k) + (k < model.personCount ? CARER_ARRIVAL : 0);
        route.kids[run.kid] = [[ox, bottom], [ox, ty], [kx, ty], [kx, nextTop]];
      }
    }
    y = nextTop;
  }
  return { rowTop, routes };
}

/** A couple's line down and another family's line to a child closer than this run as one line. */
const ALONGSIDE = 6;

/**
 * A couple's line down that comes to its bar below another family's bar, at the x where that
 * family's line goes down to a child, would run on down that child's line: one unbroken line
 * from the couple to a child who is not theirs. Such a bar moves up a track, above the other,
 * so the couple's line ends before the child's begins. (In a file of presidents' families a
 * couple's line ran on into another couple's daughter's this way.) A few passes settle it: a
 * lifted bar can itself come to stand below another.
 */
function liftDropsOffChildLines<Run extends { bar: boolean; track: number; x0: number; x1: number }>(
  runs: Run[],
  busy: { x0: number; x1: number }[][],
  freeFrom: (run: Run, from: number) => number,
  dropX: (run: Run) => number,
  kidXs: (run: Run) => number[],
): void {
  const bars = runs.filter((run) => run.bar);
  const kids = new Map(bars.map((run) => [run, kidXs(run)]));
  for (let pass = 0; pass < bars.length; pass++) {
    let moved = false;
    for (const run of bars) {
      const x = dropX(run);
      const under = bars.filter((other) => other !== run && other.track > run.track && kids.get(other)!.some((kx) => Math.abs(kx - x) < ALONGSIDE));
      if (under.length === 0) continue;
      const old = busy[run.track]!;
      old.splice(old.indexOf(run), 1);
      const t = freeFrom(run, Math.max(...under.map((other) => other.track)) + 1);
      (busy[t] ??= []).push(run);
      run.track = t;
      moved = true;
    }
    if (!moved) return;
  }
}
