import type { GenogramDocument, Id } from '../model/types';
import { SYMBOL_SIZE, YEARS_ABOVE } from '../metrics/figureSizes';
import type { LayoutResult, PartnerLinePlan, PersonBox } from './types';
import { analyseFamilies } from './layoutFamilies';
import { assignGenerations } from './generations';
import { buildOrderModel } from './order/orderModel';
import { chooseOrder } from './order/chooseOrder';
import { unitPositions } from './order/objective';
import { planRows } from './plan';
import { buildElkGraph, readElk, type ElkLike } from './placement/elkPlacement';
import { ownPlacement } from './placement/ownPlacement';
import type { Placement, PlacedRows } from './placement/placementTypes';
import { routeGaps } from './placement/gapRoutes';
import { buildConnectors } from './connectors';
import { markBrokenBirthOrder } from './birthOrderNumbers';
import { figureTooLarge } from '../metrics/figureLimit';

export type { ElkLike } from './placement/elkPlacement';

/** Above this many persons ELK is not asked (its time grows faster than the family; see bench/RESULTS.md): the own placement serves. */
export const ELK_MAX_PERSONS = 1500;

export interface LayoutOptions {
  /**
   * Who places the rows and routes the lines once rows and order are fixed: 'elk' (the
   * default, up to ELK_MAX_PERSONS persons) or 'own' (the project's own placement).
   */
  engine?: 'elk' | 'own';
  /** ELK instance; elkjs's in-process bundle by default (works in Node and in a worker). */
  elk?: ElkLike;
  /** Give up waiting for an asynchronous ELK after this long and use the own placement. */
  deadlineMs?: number;
  /** Persons above which the own placement is used even when ELK is asked for. */
  elkMaxPersons?: number;
}

let defaultElk: Promise<ElkLike> | undefined;
function bundledElk(): Promise<ElkLike> {
  defaultElk ??= (async () => {
    // In Node and tests. The layout worker imports the bundle itself, before it listens for
    // requests (the bundle takes a worker's onmessage for its own: see layout.worker.ts).
    const module = await import('elkjs/lib/elk.bundled.js');
    return new module.default() as unknown as ElkLike;
  })();
  return defaultElk;
}

/**
 * Lays out a document: a pure function of the document (the same document always gives the
 * same picture, however it was reached). Generation rows; the in-row order that scores best on
 * the order objective (src/core/layout/order/objective.ts), exactly for families of review
 * size; room for every label; then ELK places the rows and routes every line (or the own
 * placement, when ELK fails or the family is very large — the result says which).
 */
export async function layoutDocument(doc: GenogramDocument, options: LayoutOptions = {}): Promise<LayoutResult> {
  // Above the size a figure serves, a clear answer instead of minutes of work or a stack overflow.
  const tooLarge = figureTooLarge(doc);
  if (tooLarge) throw new Error(tooLarge);
  const fam = analyseFamilies(doc);
  const warnings = [...fam.warnings];
  const gen = assignGenerations(doc, fam);
  if (gen.cycleLinks > 0) warnings.push(`${gen.cycleLinks} parent link(s) close a loop of descent (someone is their own ancestor); drawn without them.`);
  const model = buildOrderModel(doc, fam, gen);
  const subject = doc.persons.findIndex((p) => p.subject);
  const housemates = new Map<number, number[]>();
  for (const h of doc.households) {
    const units = [...new Set(h.members.map((m) => fam.docIndexOf.get(m.person)).filter((u): u is number => u !== undefined))];
    for (const u of units) housemates.set(u, [...(housemates.get(u) ?? []), ...units.filter((v) => v !== u)]);
  }
  const order = chooseOrder(model, { rootUnit: subject >= 0 ? fam.docIndexOf.get(doc.persons[subject]!.id)! : 0, housemates });
  if (order.cost[0]! > 0) warnings.push(`${order.cost[0]} sibship fault(s) could not be avoided: some sibling bars overlap or a sibship stands apart.`);
  // Who will carry a birth-order number follows from the order alone (places in the row), so
  // the plan can make room for the numbers before anything is placed.
  const pinnedOf = new Map(doc.persons.filter((p) => p.pinned).map((p) => [p.id, p.pinned!]));
  const orderPos = unitPositions(model, order.solution);
  const orderBoxes = new Map<Id, PersonBox>(model.personIds.map((id, u) => [id, { id, x: orderPos[u]!, y: 0, size: 0, row: model.rowOfUnit[u]! }]));
  const numbered = new Set([...markBrokenBirthOrder(fam, orderBoxes, ranksOf(fam, model), pinnedOf).keys()].map((id) => fam.docIndexOf.get(id)!));
  const plan = planRows(doc, fam, model, order.solution, numbered);

  let placed: PlacedRows | undefined;
  const wantElk = (options.engine ?? (doc.settings.layoutEngine === 'standard' ? 'own' : 'elk')) === 'elk';
  const maxPersons = options.elkMaxPersons ?? ELK_MAX_PERSONS;
  if (wantElk && doc.persons.length > maxPersons) warnings.push(`The family has ${doc.persons.length} persons, more than ELK lays out in good time (${maxPersons}); the own placement was used.`);
  else if (wantElk && model.unitCount > 0) {
    try {
      const elk = options.elk ?? (await bundledElk());
      const result = await withDeadline(elk.layout(buildElkGraph(model, plan)), options.deadlineMs);
      const read = readElk(plan, result);
      if ('problem' in read) warnings.push(`${read.problem}; the own placement was used instead.`);
      else placed = read;
    } catch (error) {
      const reason = error instanceof RangeError ? 'ELK ran out of stack' : `ELK failed (${error instanceof Error ? error.message : String(error)})`;
      warnings.push(`${reason}; the own placement was used instead.`);
    }
  }
  placed ??= ownPlacement(model, plan);
  warnings.push(...placed.warnings);
  const placement: Placement = { ...placed, ...routeGaps(model, plan, placed.entryX) };

  const boxes = new Map<Id, PersonBox>();
  const pinned = new Set<Id>();
  const rowY = model.personCount ? placement.rowTop.map((y) => y + YEARS_ABOVE) : [];
  model.personIds.forEach((id, u) => {
    const row = plan.unitRow[u]!;
    const pin = pinnedOf.get(id);
    if (pin) pinned.add(id);
    const x = placement.entryX[row]![plan.unitEntry[u]!]! + plan.unitCentre[u]! - SYMBOL_SIZE / 2;
    boxes.set(id, { id, x: pin ? pin.x : x, y: pin ? pin.y : rowY[row]!, size: SYMBOL_SIZE, row });
  });

  const partnerLines = new Map<string, PartnerLinePlan>();
  // A couple with a pinned partner has its line drawn between where the two stand (the drawing's default), not at the plan's places.
  for (const c of plan.couples) if (!pinned.has(c.a) && !pinned.has(c.b)) partnerLines.set(c.key, { level: c.level, dropX: placement.entryX[c.row]![c.entry]! + c.dropOffset });
  const connectors = buildConnectors(fam, model, plan, placement, boxes, pinned);
  return {
    boxes,
    rowY,
    birthOrderNumbers: markBrokenBirthOrder(fam, boxes, ranksOf(fam, model), pinnedOf),
    bounds: boundsOf(boxes),
    rowOrder: plan.rows.map((entries) => entries.flatMap((e) => e.units.filter((u) => u < model.personCount).map((u) => model.personIds[u]!))),
    engine: placement.engine,
    partnerLines,
    rowBands: plan.bands,
    connectors,
    order: { cost: [...order.cost], proven: order.proven, lengthUnproven: order.lengthUnproven, unproven: order.unproven, heuristic: order.heuristic },
    warnings,
  };
}

/** Birth-order rank of every child within its family (as the order model ranked them). */
function ranksOf(fam: ReturnType<typeof analyseFamilies>, model: ReturnType<typeof buildOrderModel>): Map<Id, number> {
  const rank = new Map<Id, number>();
  for (const f of model.families) {
    if (!f.sibship) continue;
    f.kids.forEach((k, i) => {
      if (k < model.personCount) rank.set(model.personIds[k]!, f.ranks[i]!);
    });
  }
  for (const family of fam.families) for (const c of family.children) if (!rank.has(c)) rank.set(c, 0);
  return rank;
}

function withDeadline<T>(promise: Promise<T>, deadlineMs: number | undefined): Promise<T> {
  if (deadlineMs === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function boundsOf(boxes: Map<Id, PersonBox>): LayoutResult['bounds'] {
  if (boxes.size === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.size);
    maxY = Math.max(maxY, b.y + b.size);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
