import { compareDates, formatDate } from '../dates/partialDate';
import { indexDocument } from '../model/documentIndex';
import { partnershipStateAt } from '../model/partnershipState';
import { DEFAULT_NOTATION, type GenogramDocument, type Id, type ParentLink, type PartialDate } from '../model/types';
import type { LayoutResult } from '../layout/types';
import { shareAncestor } from '../kinship/ancestors';
import { membersAt } from '../households/membershipAt';
import type { Primitive, Scene, SceneGroup } from './scene';
import { segmentBox } from './geometry';
import { makeGroup, unionBoxes } from './bounds';
import { drawPerson, type PersonDrawing } from './personSymbol';
import { drawPartnerLines, type CoupleInput, type PlacedPerson } from './partnerLines';
import { drawChildLines, type Sibship } from './childLines';
import { drawRelationship } from './relationshipLines';
import { relationshipLabel } from '../metrics/relationshipLabel';
import { routeRelationships } from './relationshipRoute';
import { drawHousehold, type HouseholdPerson } from './householdOutline';
import { rerouteCarerDetours } from './carerRoutes';
import { drawLegend, legendEntries } from './legend';
import { strokedSegments } from './routing/takenLines';
import { isBornBy } from './presence';
import { wrapText } from '../metrics/textMetrics';
import { INK, TEXT_SIZE } from './style';
import { LABEL_WIDTH } from '../metrics/figureSizes';

export interface SceneOptions {
  asAt: PartialDate;
  /** Draw the legend block; defaults to the document's notation setting. */
  legend?: boolean;
  title?: string;
  caption?: string;
  /** The reference date as the key writes it; the full date unless given (publication: month and year). */
  asAtLabel?: string;
}

const MARGIN = 24;

/** Half a line's ink across, which a label's box keeps off (buildScene marks every stroked segment this thick). */
const LINE_INK_HALF = 1.5;

/**
 * The whole figure for a document at a reference date, from layout positions.
 * People born after the date are left out, with every line that touches them: the figure
 * shows the family as it was then. Couples not yet together by the date are left out too.
 */
export function buildScene(doc: GenogramDocument, layout: LayoutResult, options: SceneOptions): Scene {
  const { asAt } = options;
  const notation = { ...DEFAULT_NOTATION, ...doc.settings.notation };
  const index = indexDocument(doc);
  const used = new Set<string>();

  const arrivals = topArrivals(layout);
  const placed = new Map<Id, PlacedPerson>();
  const personGroups: SceneGroup[] = [];
  for (const person of doc.persons) {
    const box = layout.boxes.get(person.id);
    if (!box || !isBornBy(person, asAt)) continue;
    const birthOrder = layout.birthOrderNumbers.get(person.id);
    const drawing = drawPerson(person, box, {
      asAt,
      showAges: notation.showAges,
      showYears: notation.showYears,
      used,
      ...(layout.rowBands?.[box.row] ? { nameOffset: layout.rowBands[box.row]!.nameOffset } : {}),
      ...(birthOrder !== undefined ? { birthOrder } : {}),
      ...(arrivals.has(person.id) ? { arrivals: arrivals.get(person.id)! } : {}),
    });
    placed.set(person.id, { drawing, x: box.x, y: box.y, size: box.size, row: box.row });
    personGroups.push(drawing.group);
  }

  const couples = collectCouples(doc, placed, asAt);
  const { groups: partnerGroups, anchors } = drawPartnerLines(couples.list, placed, {
    asAt,
    showLabels: notation.showPartnershipLabels,
    used,
    plans: layout.partnerLines,
    loneDrops: loneParentDrops(layout, placed),
    ...(layout.rowBands ? { bands: layout.rowBands } : {}),
  });
  const sibships = collectSibships(doc, layout, placed, asAt, (a, b) => {
    const key = couples.byPair.get(pairKey(a, b));
    return key ? anchors.get(key) : undefined;
  });
  const laneGroups = drawChildLines(sibships, placed, index.multipleBirthOf, used, partnerGroups);
  // Carer lines that went round a row through a lane at its end are routed the short way instead.
  const carerRouted = rerouteCarerDetours(sibships, placed, [...partnerGroups, ...laneGroups]);
  const childGroups = carerRouted.some((s, k) => s !== sibships[k]) ? drawChildLines(carerRouted, placed, index.multipleBirthOf, used, partnerGroups) : laneGroups;

  const relationshipGroups: SceneGroup[] = [];
  if (notation.showRelationshipLines) {
    const drawn = doc.relationships.filter((rel) => rel.from !== rel.to && placed.has(rel.from) && placed.has(rel.to));
    const pairs = drawn.map((rel) => ({ from: placed.get(rel.from)!, to: placed.get(rel.to)!, label: relationshipLabel(rel.kind)?.sizes }));
    const routes = routeRelationships(pairs, placed, [...partnerGroups, ...childGroups]);
    drawn.forEach((rel, k) => {
      const g = drawRelationship(rel, routes[k]!.points, used, routes[k]!);
      if (g) relationshipGroups.push(g);
    });
  }

  const householdGroups: SceneGroup[] = [];
  if (notation.showHouseholds) {
    const people = new Map<Id, HouseholdPerson>();
    for (const [id, p] of placed) people.set(id, { placed: p, drawingBox: p.drawing.group.box });
    // Labels keep off people and, as much, off every line (a line through an address reads as striking it out).
    const taken = [...placed.values()].map((p) => p.drawing.group.box);
    for (const g of [...partnerGroups, ...childGroups, ...relationshipGroups]) {
      for (const item of g.items) for (const line of strokedSegments(item, 0)) taken.push(segmentBox(line.from, line.to, LINE_INK_HALF));
    }
    for (const household of doc.households) {
      const label = household.label.trim() || `Household at ${formatDate(asAt)}`;
      const g = drawHousehold(household, membersAt(household, asAt), people, label, used, taken);
      if (g) householdGroups.push(g);
    }
  }

  const groups = [...householdGroups, ...partnerGroups, ...childGroups, ...personGroups, ...relationshipGroups];
  const figure = groups.length ? unionBoxes(groups.map((g) => g.box)) : { x: 0, y: 0, width: 320, height: 120 };
  const entries = legendEntries(used);
  const asAtLabel = options.asAtLabel ?? formatDate(asAt);
  let bottom = figure.y + figure.height;
  if (options.legend ?? notation.showLegend) {
    const legend = drawLegend(entries, asAtLabel, figure.x, bottom + 28, Math.max(figure.width, 600));
    groups.push(legend);
    bottom = legend.box.y + legend.box.height;
  }
  const title = options.title?.trim();
  if (title) {
    groups.push(textBlock('title', 'title', title, figure.x, figure.y - 18, TEXT_SIZE + 6, 700, Math.max(figure.width, 400)));
  }
  const caption = options.caption?.trim();
  if (caption) {
    groups.push(textBlock('caption', 'caption', caption, figure.x, bottom + 24, TEXT_SIZE, 400, Math.max(figure.width, 400)));
  }
  const all = unionBoxes(groups.map((g) => g.box));
  const content = all.width > 0 ? all : figure;
  return {
    groups,
    bounds: { x: content.x - MARGIN, y: content.y - MARGIN, width: content.width + 2 * MARGIN, height: content.height + 2 * MARGIN },
    legend: entries,
    asAtLabel,
  };
}

function pairKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Drawn couples: partnerships under way by the date, and birth parents with no partnership recorded. */
function collectCouples(doc: GenogramDocument, placed: Map<Id, PlacedPerson>, asAt: PartialDate): { list: CoupleInput[]; byPair: Map<string, string> } {
  const list: CoupleInput[] = [];
  const byPair = new Map<string, string>();
  const consanguineous = (a: Id, b: Id) => shareAncestor(doc, a, b);
  for (const p of doc.partnerships) {
    if (p.a === p.b || !placed.has(p.a) || !placed.has(p.b)) continue;
    if (partnershipStateAt(p, asAt).notYetStarted) continue;
    const key = pairKey(p.a, p.b);
    // A couple who married twice is one line, drawn from the latest record of them.
    const earlier = list.findIndex((c) => pairKey(c.a, c.b) === key);
    const couple: CoupleInput = { key: p.id, partnership: p, a: p.a, b: p.b, consanguineous: consanguineous(p.a, p.b) };
    if (earlier >= 0) list[earlier] = couple;
    else list.push(couple);
    byPair.set(key, p.id);
  }
  for (const child of doc.persons) {
    if (!placed.has(child.id)) continue;
    const parents = (indexDocument(doc).parentLinksOf.get(child.id) ?? [])
      .filter((l) => l.kind === 'birth' && placed.has(l.parent))
      .map((l) => l.parent);
    const [a, b] = parents;
    if (parents.length !== 2 || a === undefined || b === undefined || a === b) continue;
    const key = pairKey(a, b);
    if (byPair.has(key)) continue;
    const implied = `implied:${key}`;
    list.push({ key: implied, a, b, consanguineous: consanguineous(a, b) });
    byPair.set(key, implied);
  }
  return { list, byPair };
}

/** A carer's link shows only while the placement or order is in force at the date. */
function linkInForce(link: ParentLink, asAt: PartialDate): boolean {
  if (link.kind === 'birth') return true;
  if (link.from && compareDates(link.from, asAt) > 0) return false;
  if (link.kind !== 'adoptive' && link.to && compareDates(link.to, asAt) <= 0) return false;
  return true;
}

/**
 * The sibships to draw at the date: the layout's routed connectors, with the children (and
 * carers' placements) not yet in force left out; then, straight, any link the layout has not
 * placed yet (a person added a moment ago).
 */
function collectSibships(
  doc: GenogramDocument,
  layout: LayoutResult,
  placed: Map<Id, PlacedPerson>,
  asAt: PartialDate,
  coupleAnchor: (a: Id, b: Id) => { x: number; y: number } | undefined,
): Sibship[] {
  const index = indexDocument(doc);
  const linkOf = (kind: ParentLink['kind'], parents: Id[], child: Id) =>
    (index.parentLinksOf.get(child) ?? []).find((l) => l.kind === kind && parents.includes(l.parent));
  const byKey = new Map<string, Sibship>();
  const covered = new Set<string>();
  for (const c of layout.connectors) {
    if (!c.parents.every((p) => placed.has(p))) continue;
    const parents = [...c.parents].sort();
    const key = `${c.kind}:${parents.join('+')}`;
    const children: Sibship['children'] = [];
    const routes = new Map<Id, [number, number][]>();
    for (const kid of c.kids) {
      const link = linkOf(c.kind, c.parents, kid.id);
      if (!link) continue;
      covered.add(`${c.kind}|${parents.join('+')}|${kid.id}`);
      if (!placed.has(kid.id) || !linkInForce(link, asAt)) continue;
      children.push({ id: kid.id, link });
      routes.set(kid.id, kid.route);
    }
    const start = c.drop[0] ?? [placed.get(c.parents[0]!)!.drawing.cx, placed.get(c.parents[0]!)!.drawing.bottom];
    byKey.set(key, {
      key,
      kind: c.kind,
      parents,
      origin: { x: start[0], y: start[1] },
      ...(c.lead ? { lead: c.lead } : {}),
      children,
      routed: { drop: c.drop, ...(c.bar ? { barY: c.bar.y } : {}), routes },
    });
  }
  const add = (kind: ParentLink['kind'], parents: Id[], origin: { x: number; y: number }, link: ParentLink, lead?: [number, number][]) => {
    const key = `${kind}:${parents.join('+')}:unrouted`;
    const s: Sibship = byKey.get(key) ?? { key, kind, parents, origin, children: [], ...(lead ? { lead } : {}) };
    if (!s.children.some((c) => c.id === link.child)) s.children.push({ id: link.child, link });
    byKey.set(key, s);
  };
  for (const child of doc.persons) {
    if (!placed.has(child.id)) continue;
    // A link the layout left out because it closes a loop of descent (the child stands above its parent) is not drawn.
    const links = (index.parentLinksOf.get(child.id) ?? []).filter(
      (l) => placed.has(l.parent) && l.parent !== child.id && linkInForce(l, asAt) && placed.get(l.parent)!.row < placed.get(child.id)!.row,
    );
    const kinds = [...new Set(links.map((l) => l.kind))];
    for (const kind of kinds) {
      const ofKind = links.filter((l) => l.kind === kind);
      const parents = [...new Set(ofKind.map((l) => l.parent))].sort();
      if (covered.has(`${kind}|${parents.join('+')}|${child.id}`) || parents.some((p) => covered.has(`${kind}|${p}|${child.id}`))) continue;
      const first = ofKind[0]!;
      const anchor = parents.length === 2 ? coupleAnchor(parents[0]!, parents[1]!) : undefined;
      if (anchor) {
        add(kind, parents, anchor, first);
        continue;
      }
      for (const parent of parents) {
        const { origin, lead } = loneParentExit(placed.get(parent)!, placed.get(child.id)!);
        add(kind, [parent], origin, ofKind.find((l) => l.parent === parent)!, lead);
      }
    }
  }
  // Siblings left to right as they stand, so bars and twins read in order.
  for (const s of byKey.values()) s.children.sort((a, b) => placed.get(a.id)!.drawing.cx - placed.get(b.id)!.drawing.cx);
  return [...byKey.values()];
}

/**
 * A lone parent's children hang from a short line out of the side of the parent's symbol,
 * clear of the name below it; the side faces the child unless badges sit there.
 */
function loneParentExit(parent: PlacedPerson, child: PlacedPerson): { origin: { x: number; y: number }; lead: [number, number][] } {
  const d: PersonDrawing = parent.drawing;
  const hasBadges = d.group.items.some((i) => i.mark?.startsWith('badge:'));
  const side = hasBadges ? -1 : child.drawing.cx >= d.cx ? 1 : -1;
  const x = d.cx + side * (LABEL_WIDTH / 2 + 4);
  return { origin: { x, y: d.cy }, lead: [[d.cx + side * d.radius, d.cy], [x, d.cy]] };
}

function textBlock(key: string, kind: 'title' | 'caption', text: string, x: number, y: number, size: number, weight: 400 | 700, width: number): SceneGroup {
  const lines = wrapText(text, width, size, kind === 'title' ? 2 : 6, weight);
  const items: Primitive[] = lines.map((line, i) => ({
    type: 'text',
    x,
    y: kind === 'title' ? y - (lines.length - 1 - i) * (size + 4) : y + i * (size + 4),
    text: line,
    size,
    weight,
    anchor: 'start',
    fill: INK,
    mark: kind,
  }));
  return makeGroup(key, kind, items);
}

/** Lines arriving at a person's top off its centre (a carer's beside the parents'), as offsets from the centre. */
function topArrivals(layout: LayoutResult): Map<Id, number[]> {
  const out = new Map<Id, number[]>();
  for (const connector of layout.connectors) {
    for (const kid of connector.kids) {
      const box = layout.boxes.get(kid.id);
      const end = kid.route[kid.route.length - 1];
      if (!box || !end) continue;
      const offset = end[0] - (box.x + box.size / 2);
      if (Math.abs(offset) > 0.5) out.set(kid.id, [...(out.get(kid.id) ?? []), offset]);
    }
  }
  return out;
}

/** Per row, where each lone parent's (or carer's) line runs down beside the symbol. */
function loneParentDrops(layout: LayoutResult, placed: Map<Id, PlacedPerson>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const connector of layout.connectors) {
    const parent = connector.parents.length === 1 ? placed.get(connector.parents[0]!) : undefined;
    const start = connector.drop[0];
    if (!parent || !start) continue;
    out.set(parent.row, [...(out.get(parent.row) ?? []), start[0]]);
  }
  return out;
}
