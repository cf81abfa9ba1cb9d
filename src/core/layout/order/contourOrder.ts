import type { OrderModel } from './orderModel';
import type { OrderSolution } from './objective';

// A first order for families of any size, built the way a planar drawing of a family tree is
// built by hand: walk the family from one person outwards; a sibship's kids stand in birth
// order under their origin; a person who married in brings their own family (parents above,
// siblings beside) on the side away from their partner's siblings — the kid who brings it
// moves to that end of the sibship; a person's several families hang in the order of their
// origins. For a family without loops this keeps every sibship together with no two bars
// overlapping; where a loop closes (relatives who partner), the closing line conflicts and the
// improvement passes (heuristicOrder.ts) take over.
//
// Each walked node returns its "contour": per row, the items of its part of the family that
// stand left (L) and right (R) of the line it was reached by; parents combine their children's
// contours. Both phases are iterative, whatever the depth of the family.

interface Side {
  L: number[];
  R: number[];
}
type Contour = Map<number, Side>;

interface Visit {
  kind: 'item' | 'family';
  /** Global item id, or family index. */
  id: number;
  parent: Visit | undefined;
  /** Item: the family it was reached through and whether as one of its kids; family: whether reached from its origin. */
  viaFamily?: number;
  asKid?: boolean;
  fromOrigin?: boolean;
  /** Family reached from a kid: that kid's item, and the end it should stand at. */
  entryItem?: number;
  wantEnd?: 'left' | 'right';
  arrangement?: number;
  kidItems?: number[];
  children: Visit[];
  contour?: Contour;
}

/** Row copies the walk may make before it gives up on a very deep family (a small share of the layout budget; royal92.ged needs a sixth of it). */
const CONTOUR_WORK_LIMIT = 200_000;
const tooDeep = new Error('contour walk too deep');

export function contourOrder(model: OrderModel, rootUnit: number): OrderSolution {
  const itemRow: number[] = [];
  const itemIndex: number[] = [];
  const firstId: number[] = [];
  const itemOfUnit = new Int32Array(model.unitCount).fill(-1);
  model.rows.forEach((items, r) => {
    firstId.push(itemRow.length);
    items.forEach((it, i) => {
      const id = itemRow.length;
      itemRow.push(r);
      itemIndex.push(i);
      for (const u of it.arrangements[0]!.units) itemOfUnit[u] = id;
    });
  });
  const itemCount = itemRow.length;
  const kidFamilies: number[][] = Array.from({ length: model.unitCount }, () => []);
  const originFamilies: number[][] = Array.from({ length: model.unitCount }, () => []);
  model.families.forEach((f, fi) => {
    for (const k of f.kids) kidFamilies[k]!.push(fi);
    originFamilies[f.origin[0]!]!.push(fi);
  });
  const originItem = (f: number) => itemOfUnit[model.families[f]!.origin[0]!]!;
  const unitsOf = (item: number, arr: number) => model.rows[itemRow[item]!]![itemIndex[item]!]!.arrangements[arr]!.units;
  const arrangementsOf = (item: number) => model.rows[itemRow[item]!]![itemIndex[item]!]!.arrangements;

  const itemVisited = new Uint8Array(itemCount);
  const familyVisited = new Uint8Array(model.families.length);
  const arrangementOf = new Int32Array(itemCount);

  /** Families this item's units are kids of (up) and families with their origin in it (down), with their column in the item. */
  const edgesOf = (item: number, arr: number) => {
    const units = unitsOf(item, arr);
    const up: { family: number; at: number }[] = [];
    const down: { family: number; at: number }[] = [];
    units.forEach((u, p) => {
      for (const f of kidFamilies[u]!) if (!up.some((e) => e.family === f)) up.push({ family: f, at: p });
      for (const f of originFamilies[u]!) {
        let sum = 0;
        for (const v of model.families[f]!.origin) sum += units.indexOf(v);
        down.push({ family: f, at: sum / model.families[f]!.origin.length });
      }
    });
    down.sort((a, b) => a.at - b.at || a.family - b.family);
    return { up, down };
  };

  /** Other families not walked yet that an item's members come from. */
  const bringsFamily = (item: number, except: number) =>
    unitsOf(item, 0).some((u) => kidFamilies[u]!.some((g) => g !== except && !familyVisited[g] && model.families[g]!.sibship));

  /**
   * An item reached as a kid of `family`: the members bringing other families (and partners
   * from outside) go on `side`, away from the siblings; then the cheapest partner order.
   */
  const chooseArrangement = (item: number, family: number | undefined, side: 'left' | 'right' | undefined): number => {
    const arrangements = arrangementsOf(item);
    if (arrangements.length === 1 || family === undefined || side === undefined) return 0;
    let best = 0;
    let bestScore = Infinity;
    arrangements.forEach((a, i) => {
      const entryAt = a.units.findIndex((u) => kidFamilies[u]!.includes(family));
      let wrong = 0;
      let outsiders = 0;
      a.units.forEach((u, p) => {
        if (p === entryAt || (p < entryAt) === (side === 'left')) return;
        if (kidFamilies[u]!.some((g) => g !== family && !familyVisited[g])) wrong++;
        else outsiders++;
      });
      const score = wrong * 1e6 + a.cost * 1e3 + outsiders;
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  };

  /** A family's kid items: birth order; the entry kid to the end asked for; kids bringing a family to a free end. */
  const orderKids = (f: number, entryItem: number | undefined, wantEnd: 'left' | 'right' | undefined): number[] => {
    const family = model.families[f]!;
    const byRank = family.kids.map((u, i) => ({ u, rank: family.ranks[i]!, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
    const items: number[] = [];
    for (const { u } of byRank) if (!items.includes(itemOfUnit[u]!)) items.push(itemOfUnit[u]!);
    if (!family.sibship || items.length < 2) return items;
    const moveTo = (item: number, left: boolean) => {
      items.splice(items.indexOf(item), 1);
      if (left) items.unshift(item);
      else items.push(item);
    };
    let leftFree = true;
    let rightFree = true;
    if (entryItem !== undefined && wantEnd) {
      moveTo(entryItem, wantEnd === 'left');
      if (wantEnd === 'left') leftFree = false;
      else rightFree = false;
    }
    for (const item of [...items]) {
      if (item === entryItem || !bringsFamily(item, f)) continue;
      const at = items.indexOf(item);
      const left = at < (items.length - 1) / 2;
      if (left && leftFree) {
        moveTo(item, true);
        leftFree = false;
      } else if (!left && rightFree) {
        moveTo(item, false);
        rightFree = false;
      }
    }
    return items;
  };

  /** Phase 1: walk from a root, deciding arrangements and kid orders on arrival. */
  const walk = (rootItem: number): Visit => {
    const root: Visit = { kind: 'item', id: rootItem, parent: undefined, children: [] };
    itemVisited[rootItem] = 1;
    const stack: Visit[] = [root];
    while (stack.length) {
      const v = stack.pop()!;
      if (v.kind === 'item') {
        let side: 'left' | 'right' | undefined;
        const p = v.parent;
        if (v.asKid && p?.kidItems && p.kidItems.length > 1) side = p.kidItems.indexOf(v.id) < (p.kidItems.length - 1) / 2 ? 'left' : 'right';
        const arr = chooseArrangement(v.id, v.asKid ? v.viaFamily : undefined, side);
        v.arrangement = arr;
        arrangementOf[v.id] = arr;
        const units = unitsOf(v.id, arr);
        const { up, down } = edgesOf(v.id, arr);
        for (const e of up) {
          if (familyVisited[e.family]) continue;
          familyVisited[e.family] = 1;
          // The rest of this item stands on one side of this member: put the member at the sibship's end facing it.
          const restLeft = e.at > 0;
          const restRight = e.at < units.length - 1;
          const wantEnd = restRight && !restLeft ? 'right' : restLeft && !restRight ? 'left' : undefined;
          v.children.push({ kind: 'family', id: e.family, parent: v, fromOrigin: false, entryItem: v.id, ...(wantEnd ? { wantEnd } : {}), children: [] });
        }
        for (const e of down) {
          if (familyVisited[e.family]) continue;
          familyVisited[e.family] = 1;
          v.children.push({ kind: 'family', id: e.family, parent: v, fromOrigin: true, children: [] });
        }
      } else {
        const f = v.id;
        v.kidItems = orderKids(f, v.fromOrigin ? undefined : v.entryItem, v.wantEnd);
        if (!v.fromOrigin) {
          const o = originItem(f);
          if (!itemVisited[o]) {
            itemVisited[o] = 1;
            v.children.push({ kind: 'item', id: o, parent: v, viaFamily: f, asKid: false, children: [] });
          }
        }
        for (const item of v.kidItems) {
          if (itemVisited[item]) continue;
          itemVisited[item] = 1;
          v.children.push({ kind: 'item', id: item, parent: v, viaFamily: f, asKid: true, children: [] });
        }
      }
      for (let i = v.children.length - 1; i >= 0; i--) stack.push(v.children[i]!);
    }
    return root;
  };

  const sideOf = (c: Contour, row: number): Side => {
    let s = c.get(row);
    if (!s) c.set(row, (s = { L: [], R: [] }));
    return s;
  };
  const run = (s: Side | undefined, own: number[] = []): number[] => [...(s?.L ?? []), ...own, ...(s?.R ?? [])];
  // Combining contours copies each row of each child once per level: fine for families a few
  // dozen generations deep, quadratic for a line of thousands. Past this much work the walk
  // gives up and the rows keep the reference order (the improvement passes still run).
  let work = 0;
  const rowsOf = (v: Visit, extra: number[]): number[] => {
    const rows = new Set<number>(extra);
    for (const c of v.children) for (const r of c.contour!.keys()) rows.add(r);
    work += rows.size;
    if (work > CONTOUR_WORK_LIMIT) throw tooDeep;
    return [...rows].sort((a, b) => a - b);
  };

  /** An item's contour, relative to the column it was reached at. */
  const itemContour = (v: Visit): Contour => {
    const out: Contour = new Map();
    const row = itemRow[v.id]!;
    const units = unitsOf(v.id, v.arrangement!);
    let column = (units.length - 1) / 2;
    if (v.viaFamily !== undefined) {
      const f = v.viaFamily;
      if (v.asKid) column = units.findIndex((u) => kidFamilies[u]!.includes(f));
      else {
        let sum = 0;
        for (const u of model.families[f]!.origin) sum += units.indexOf(u);
        column = sum / model.families[f]!.origin.length;
      }
    }
    const { up, down } = edgesOf(v.id, v.arrangement!);
    const childOf = new Map(v.children.map((c) => [c.id, c]));
    const contourOf = (f: number) => childOf.get(f)!.contour!;
    const upLeft = up.filter((e) => childOf.has(e.family) && e.at < column).map((e) => e.family);
    const upRight = up.filter((e) => childOf.has(e.family) && e.at > column).map((e) => e.family);
    // A family reached through the member at the column itself (the root's parents) splits around it.
    const upHere = up.filter((e) => childOf.has(e.family) && e.at === column).map((e) => e.family);
    const downLeft = down.filter((e) => childOf.has(e.family) && e.at < column).map((e) => e.family);
    const downRight = down.filter((e) => childOf.has(e.family) && e.at >= column).map((e) => e.family);
    for (const r of rowsOf(v, [])) {
      const s = sideOf(out, r);
      const whole = (fs: number[]) => fs.flatMap((f) => run(contourOf(f).get(r)));
      if (r <= row) {
        // Above and on this row: families hanging from this item reach up only through in-laws' parents, which
        // stand outside this item's own relatives; split each at its own column.
        for (const f of [...downLeft, ...downRight]) s.L.push(...(contourOf(f).get(r)?.L ?? []));
        s.L.push(...whole(upLeft));
        for (const f of upHere) s.L.push(...(contourOf(f).get(r)?.L ?? []));
        for (const f of upHere) s.R.push(...(contourOf(f).get(r)?.R ?? []));
        s.R.push(...whole(upRight));
        for (const f of [...downLeft, ...downRight]) s.R.push(...(contourOf(f).get(r)?.R ?? []));
      } else {
        for (const f of upHere) s.L.push(...(contourOf(f).get(r)?.L ?? []));
        s.L.push(...whole(upLeft), ...whole(downLeft));
        s.R.push(...whole(downRight), ...whole(upRight));
        for (const f of upHere) s.R.push(...(contourOf(f).get(r)?.R ?? []));
      }
    }
    return out;
  };

  /** A family's contour: relative to its origin when reached from it, else to the entry kid. */
  const familyContour = (v: Visit): Contour => {
    const out: Contour = new Map();
    const f = v.id;
    const kids = v.kidItems!;
    const kidRow = model.rowOfUnit[model.families[f]!.kids[0]!]!;
    const childOf = new Map(v.children.filter((c) => c.asKid).map((c) => [c.id, c]));
    const kidRun = (item: number, r: number): number[] => {
      const c = childOf.get(item);
      return c ? run(c.contour!.get(r), r === kidRow ? [itemIndex[item]!] : []) : [];
    };
    const mid = (kids.length - 1) / 2;
    if (v.fromOrigin) {
      for (const r of rowsOf(v, [kidRow])) {
        const s = sideOf(out, r);
        kids.forEach((item, i) => (r < kidRow && i > mid ? s.R : s.L).push(...kidRun(item, r)));
      }
      return out;
    }
    const originVisit = v.children.find((c) => !c.asKid);
    const o = originItem(f);
    const e = kids.indexOf(v.entryItem!);
    for (const r of rowsOf(v, originVisit ? [kidRow, itemRow[o]!] : [kidRow])) {
      const s = sideOf(out, r);
      const oc = originVisit?.contour?.get(r);
      if (r >= kidRow) {
        s.L.push(...(oc?.L ?? []));
        kids.forEach((item, i) => {
          if (i !== e) (i < e ? s.L : s.R).push(...kidRun(item, r));
        });
        s.R.push(...(oc?.R ?? []));
        continue;
      }
      // Above the kids: the kids' own parts left of the origin, the origin's part, the rest; split at the entry kid.
      const originRun = originVisit ? run(oc, r === itemRow[o] ? [itemIndex[o]!] : []) : [];
      const pieces: { at: number; items: number[] }[] = [];
      kids.forEach((item, i) => pieces.push({ at: i <= mid ? i : i + 0.5, items: i === e ? [] : kidRun(item, r) }));
      pieces.push({ at: mid + 0.25, items: originRun });
      pieces.sort((a, b) => a.at - b.at);
      const entryAt = e <= mid ? e : e + 0.5;
      for (const p of pieces) (p.at < entryAt ? s.L : s.R).push(...p.items);
    }
    return out;
  };

  const contourOfTree = (root: Visit): Contour => {
    const order: Visit[] = [];
    const stack = [root];
    while (stack.length) {
      const v = stack.pop()!;
      order.push(v);
      for (const c of v.children) stack.push(c);
    }
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      v.contour = v.kind === 'item' ? itemContour(v) : familyContour(v);
      for (const c of v.children) c.contour = undefined;
    }
    return root.contour!;
  };

  // Every part of the family, the root's first, side by side.
  const rowsOut: number[][] = model.rows.map(() => []);
  const starts = [rootUnit >= 0 && rootUnit < model.unitCount ? itemOfUnit[rootUnit]! : 0];
  for (let i = 0; i < itemCount; i++) starts.push(i);
  for (const start of starts) {
    if (itemVisited[start]) continue;
    let contour: Contour;
    try {
      contour = contourOfTree(walk(start));
    } catch (error) {
      if (error !== tooDeep) throw error;
      (globalThis as { __contourGaveUp?: boolean }).__contourGaveUp = true;
      return { itemOrder: model.rows.map((items) => items.map((_, i) => i)), arrangement: model.rows.map((items) => items.map(() => 0)) };
    }
    const r0 = itemRow[start]!;
    for (const r of [...new Set([r0, ...contour.keys()])].sort((a, b) => a - b)) {
      rowsOut[r]!.push(...run(contour.get(r), r === r0 ? [itemIndex[start]!] : []));
    }
  }
  (globalThis as { __contourWork?: number }).__contourWork = work;
  return {
    itemOrder: rowsOut,
    arrangement: model.rows.map((items, r) => items.map((_, i) => arrangementOf[firstId[r]! + i]!)),
  };
}
