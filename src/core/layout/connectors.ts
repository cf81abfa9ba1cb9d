import type { Id } from '../model/types';
import { PARTNER_DROP, PARTNER_STEP, SYMBOL_SIZE, YEARS_ABOVE } from '../metrics/figureSizes';
import type { LayoutFamilies } from './layoutFamilies';
import type { OrderModel } from './order/orderModel';
import type { LayoutPlan } from './plan';
import type { Placement, RoutePoint } from './placement/placementTypes';
import { coupleKey, type Connector, type PersonBox, type Point } from './types';
import { maxOf, minOf } from '../model/extremes';

/**
 * The routed lines of each document family, from the placement's routes per link family:
 * the drop starts on the parents' partner line (or beside a lone parent), and a child rows
 * further down is reached through the lanes and the bar of each row it passes. Lines touching
 * a person the user pinned are drawn straight, from the pinned place.
 */
export function buildConnectors(fam: LayoutFamilies, model: OrderModel, plan: LayoutPlan, placement: Placement, boxes: Map<Id, PersonBox>, pinned: Set<Id>): Connector[] {
  const symbolTop = (row: number) => placement.rowTop[row]! + YEARS_ABOVE;
  const xOf = (u: number) => placement.entryX[plan.unitRow[u]!]![plan.unitEntry[u]!]! + plan.unitCentre[u]!;
  const couple = new Map(plan.couples.map((c) => [c.key, c]));
  // Continuations: the link family that carries on from each lane.
  const fromLane = new Map<number, number>();
  model.families.forEach((f, i) => {
    if (f.fromLane) fromLane.set(f.origin[0]!, i);
  });

  /** Routes from the bar of link family f down to each person it eventually reaches. */
  const kidRoutes = (f: number): { id: Id; route: RoutePoint[] }[] => {
    const family = model.families[f]!;
    const route = placement.routes[f];
    const out: { id: Id; route: RoutePoint[] }[] = [];
    family.kids.forEach((k, i) => {
      const toKid = route?.kids[i] ?? [];
      if (k < model.personCount) {
        const x = toKid.length ? toKid[toKid.length - 1]![0] : xOf(k);
        out.push({ id: model.personIds[k]!, route: [...toKid, [x, symbolTop(plan.unitRow[k]!)]] });
        return;
      }
      // Through the lane's row, and on from the next bar.
      const next = fromLane.get(k);
      if (next === undefined) return;
      const lx = xOf(k);
      const through: RoutePoint[] = [...toKid, [lx, placement.rowTop[plan.unitRow[k]!]! + plan.rowHeight[plan.unitRow[k]!]!]];
      const nextRoute = placement.routes[next];
      const drop = nextRoute?.drop ?? [];
      for (const onward of kidRoutes(next)) {
        const foot = drop[drop.length - 1];
        const start = onward.route[0];
        const along: RoutePoint[] = foot && start && nextRoute?.bar ? [[foot[0], nextRoute.bar.y], [start[0], nextRoute.bar.y]] : [];
        out.push({ id: onward.id, route: [...through, ...drop, ...along, ...onward.route] });
      }
    });
    return out;
  };

  const connectors: Connector[] = [];
  model.families.forEach((family, f) => {
    if (family.fromLane) return;
    const parents = 'families' in family.source ? fam.families[family.source.families]!.parents : family.source.carers;
    const kind = 'families' in family.source ? fam.families[family.source.families]!.kind : fam.carerFamilies[family.source.carerFamilies]!.kind;
    const route = placement.routes[f];
    // Where the lines leave: the partner line of a couple, or the side of a lone parent's symbol.
    const row = family.gap;
    let start: RoutePoint[];
    let lead: Point[] | undefined;
    const origin = plan.origins[f]!;
    const ox = placement.entryX[row]![origin.entry]! + origin.offset;
    if (parents.length === 2) {
      const c = couple.get(coupleKey(parents[0]!, parents[1]!));
      start = [[ox, symbolTop(row) + SYMBOL_SIZE + PARTNER_DROP + (c?.level ?? 0) * PARTNER_STEP]];
    } else {
      const cx = xOf(family.origin[0]!);
      const cy = symbolTop(row) + SYMBOL_SIZE / 2;
      start = [[ox, cy]];
      lead = [[cx + Math.sign(ox - cx) * (SYMBOL_SIZE / 2), cy], [ox, cy]];
    }
    const kids = kidRoutes(f);
    const touchesPinned = parents.some((p) => pinned.has(p)) || kids.some((k) => pinned.has(k.id));
    const connector: Connector = touchesPinned
      ? straight(kind, parents, start, kids.map((k) => k.id), boxes, lead)
      : {
          kind,
          parents,
          drop: [...start, ...(route?.drop.length ? route.drop : [[ox, placement.rowTop[row]! + plan.rowHeight[row]!] as RoutePoint])],
          ...(lead ? { lead } : {}),
          ...(route?.bar ? { bar: route.bar } : {}),
          kids,
        };
    connectors.push(connector);
  });
  return connectors;
}

/** Lines drawn straight from where people stand (a pinned person moves out of the routed layout). */
function straight(kind: Connector['kind'], parents: Id[], start: RoutePoint[], kids: Id[], boxes: Map<Id, PersonBox>, lead: Point[] | undefined): Connector {
  const origin = start[0]!;
  const tops = kids.map((id) => boxes.get(id)).filter((b): b is PersonBox => b !== undefined);
  const barY = Math.max(origin[1] + 10, minOf(tops.map((b) => b.y)) - 26);
  const xs = tops.map((b) => b.x + b.size / 2);
  return {
    kind,
    parents,
    drop: [origin, [origin[0], barY]],
    ...(lead ? { lead } : {}),
    bar: { y: barY, x0: Math.min(origin[0], minOf(xs)), x1: Math.max(origin[0], maxOf(xs)) },
    kids: tops.map((b) => ({ id: b.id, route: [[b.x + b.size / 2, barY], [b.x + b.size / 2, b.y]] })),
  };
}
