import { formatYear } from '../dates/partialDate';
import type { Id, MultipleBirth, ParentLink, ParentLinkKind } from '../model/types';
import type { Point as LayoutPoint } from '../layout/types';
import type { Box, Point, Primitive, SceneGroup } from './scene';
import { makeGroup, primitiveBox } from './bounds';
import { r, segmentBox } from './geometry';
import { BoxesByX } from './households/boxesByX';
import { labelAlongRoute, segmentMeetsBox } from './routing/labelAlongRoute';
import { strokedSegments } from './routing/takenLines';
import type { TakenLine } from './routing/routeTypes';
import { textWidth } from '../metrics/textMetrics';
import { DASHED, DOTTED, INK, SMALL_TEXT, STROKE } from './style';
import type { CoupleAnchor, PlacedPerson } from './partnerLines';
import { maxOf, minOf } from '../model/extremes';

/** Children who hang from the same parent(s) by the same kind of link. */
export interface Sibship {
  key: string;
  kind: ParentLinkKind;
  parents: Id[];
  /** The point the drop starts from: on the partner line, or beside a lone parent. */
  origin: CoupleAnchor;
  /** From a lone parent's symbol to the origin, so the drop does not run through the name. */
  lead?: LayoutPoint[];
  children: { id: Id; link: ParentLink }[];
  /** The lines as the layout routed them; absent for people the layout has not placed yet (drawn straight). */
  routed?: {
    drop: LayoutPoint[];
    /** Height of the sibling bar; absent for carer lines, which run from the drop's foot to each child. */
    barY?: number;
    /** Each child's line from the bar (or the drop's foot) to the top of its symbol. */
    routes: Map<Id, LayoutPoint[]>;
  };
}

/** Unrouted lines: the bar this far above the children. */
const BAR_GAP = 26;

const KIND_STYLE: Record<ParentLinkKind, { dash?: string; legend: string; label?: string }> = {
  birth: { legend: 'child-birth' },
  adoptive: { dash: DASHED, legend: 'child-adopted', label: 'adopted' },
  foster: { dash: DOTTED, legend: 'child-foster', label: 'foster' },
  kinship: { dash: DOTTED, legend: 'child-kinship', label: 'kinship' },
  'special-guardianship': { dash: DOTTED, legend: 'child-sgo', label: 'SGO' },
};

/**
 * Child lines: a drop from the origin to a sibling bar, and a line from the bar to each
 * child, along the routes the layout found (between rows, clear of symbols and names, bars
 * of different families apart). Twins start from one point on the bar; identical twins also
 * get a short bar joining their two lines. Children not born by the reference date are left
 * out, and the bar covers only the children drawn. Link labels ("adopted 2007", "foster") go
 * beside their own line near the child, where they cover no name, year, symbol or line
 * (`keepOff`: the partner lines and their labels).
 */
export function drawChildLines(
  sibships: Sibship[],
  placed: Map<Id, PlacedPerson>,
  multipleBirthOf: Map<Id, MultipleBirth>,
  used: Set<string>,
  keepOff: readonly SceneGroup[] = [],
): SceneGroup[] {
  const drawn: { key: string; items: Primitive[]; personIds: Id[]; tags: string[] }[] = [];
  const labels: LinkLabel[] = [];
  const order = [...sibships].sort((a, b) => Number(a.kind !== 'birth') - Number(b.kind !== 'birth'));
  const unroutedBarY = unroutedBars(order, placed);
  for (const s of order) {
    const kids = s.children.filter((c) => placed.has(c.id));
    if (kids.length === 0) continue;
    const style = KIND_STYLE[s.kind];
    used.add(style.legend);
    const dash = style.dash ? { dash: style.dash } : {};
    const line = (points: readonly (readonly [number, number])[], mark: string): Primitive => ({
      type: 'polyline',
      points: points.map(([x, y]) => [r(x), r(y)] as const),
      stroke: INK,
      strokeWidth: STROKE,
      ...dash,
      mark,
    });
    const items: Primitive[] = [];
    const tags: string[] = [s.kind];
    const routeOf = (id: Id): LayoutPoint[] => {
      const routed = s.routed?.routes.get(id);
      if (routed && routed.length >= 2) return routed;
      const p = placed.get(id)!.drawing;
      const barY = s.routed?.barY ?? unroutedBarY.get(s.key)!;
      return [
        [p.cx, barY],
        [p.cx, p.top],
      ];
    };
    const routes = new Map(kids.map((c) => [c.id, routeOf(c.id)]));
    const barY = s.routed ? s.routed.barY : unroutedBarY.get(s.key);
    // Twins (and more) share one start point on the bar.
    const groupsOfBirth = new Map<string, { group: MultipleBirth; ids: Id[] }>();
    for (const c of kids) {
      const mb = multipleBirthOf.get(c.id);
      if (!mb) continue;
      const entry = groupsOfBirth.get(mb.id) ?? { group: mb, ids: [] };
      entry.ids.push(c.id);
      groupsOfBirth.set(mb.id, entry);
    }
    for (const { ids, group } of groupsOfBirth.values()) {
      if (ids.length < 2 || barY === undefined) continue;
      const apex = ids.reduce((sum, id) => sum + routes.get(id)![0]![0], 0) / ids.length;
      for (const id of ids) {
        const route = routes.get(id)!;
        // From the apex to where the child's own line leaves the gap, above the birth and death years, then down.
        routes.set(id, [[apex, barY], ...route.slice(1)]);
      }
      const key = group.kind === 'identical' ? 'twins-identical' : 'twins-fraternal';
      used.add(key);
      tags.push(key);
    }
    if (s.lead) items.push(line(s.lead, 'parent-lead'));
    const drop: LayoutPoint[] = s.routed?.drop.length ? s.routed.drop : [[s.origin.x, s.origin.y], [s.origin.x, barY ?? s.origin.y]];
    if (drop.length >= 2) items.push(line(drop, 'child-drop'));
    if (drop.length > 2) tags.push('routed-drop');
    if (barY !== undefined) {
      const xs = [drop[drop.length - 1]![0], ...[...routes.values()].map((route) => route[0]![0])];
      const x0 = minOf(xs);
      const x1 = maxOf(xs);
      if (x1 - x0 > 0.5) items.push({ type: 'line', x1: r(x0), y1: r(barY), x2: r(x1), y2: r(barY), stroke: INK, strokeWidth: STROKE, ...dash, mark: 'sibling-bar' });
    }
    for (const c of kids) {
      const route = routes.get(c.id)!;
      if (route.length > 2) tags.push('routed-child-line');
      items.push(line(route, `child-line:${c.id}`));
      if (style.label) {
        const year = s.kind === 'adoptive' && c.link.from ? ` ${formatYear(c.link.from)}` : '';
        labels.push({ items, route, text: `${style.label}${year}` });
      }
    }
    for (const { group, ids } of groupsOfBirth.values()) {
      if (ids.length < 2 || group.kind !== 'identical') continue;
      const points = ids.map((id) => {
        const route = routes.get(id)!;
        const [sx, sy] = route[0]!;
        const [ex, ey] = route[1]!;
        const t = 0.45;
        return [sx + t * (ex - sx), sy + t * (ey - sy)] as const;
      });
      const left = points.reduce((a, b) => (b[0] < a[0] ? b : a));
      const right = points.reduce((a, b) => (b[0] > a[0] ? b : a));
      items.push({ type: 'line', x1: r(left[0]), y1: r(left[1]), x2: r(right[0]), y2: r(right[1]), stroke: INK, strokeWidth: STROKE, mark: 'identical-twin-bar' });
    }
    drawn.push({ key: s.key, items, personIds: [...s.parents, ...kids.map((k) => k.id)], tags });
  }
  placeLinkLabels(labels, placed, [...keepOff.flatMap((g) => g.items), ...drawn.flatMap((d) => d.items)]);
  return drawn.map((d) => makeGroup(`children:${d.key}`, 'children', d.items, { personIds: d.personIds, tags: d.tags }));
}

/** A link label waiting for its place, and the items of its sibship it joins. */
interface LinkLabel {
  items: Primitive[];
  route: readonly LayoutPoint[];
  text: string;
}

/** How far back from the child a link label may go: its line's last two runs. */
const LABEL_RUNS = 3;
/** Lines are kept this far off a label's letters (a line's ink is 1.5 wide). */
const LABEL_CLEARANCE = 1.5;

/**
 * Each label beside the end of its line, nearest the child, where it covers least: the
 * people's names, years, ages and symbols, every line but its own, and the labels placed
 * before it. The first place tried is the one the label always had (beside the last run, just
 * above the child), so a label only moves where something is in its way.
 */
function placeLinkLabels(labels: readonly LinkLabel[], placed: Map<Id, PlacedPerson>, lines: readonly Primitive[]): void {
  if (labels.length === 0) return;
  const ink: Box[] = [];
  for (const p of placed.values()) for (const item of p.drawing.group.items) ink.push(primitiveBox(item));
  for (const item of lines) if (item.type === 'text') ink.push(primitiveBox(item));
  const segmentOf = new Map<Box, TakenLine>();
  for (const item of lines) for (const line of strokedSegments(item, 0)) segmentOf.set(segmentBox(line.from, line.to, LABEL_CLEARANCE), line);
  const segmentIndex = new BoxesByX([...segmentOf.keys()]);
  // Each label placed joins the ink the later ones keep off (the index scans boxes added after it was built).
  const inkIndex = new BoxesByX(ink);
  const height = SMALL_TEXT * 1.25;
  for (const label of labels) {
    const width = textWidth(label.text, SMALL_TEXT, 400) + 3;
    const tail = label.route.slice(-LABEL_RUNS);
    const badness = (box: Box) => {
      let bad = inkIndex.overlapping(box).length;
      for (const hit of segmentIndex.overlapping(box)) {
        const line = segmentOf.get(hit)!;
        if (!onRoute(line.from, line.to, tail) && segmentMeetsBox(line.from, line.to, box)) bad++;
      }
      return bad;
    };
    const place = labelAlongRoute(tail, width, height, badness, { prefer: 'end', first: firstPlace(tail, width, height) });
    const baseline = place.box.y + SMALL_TEXT * 0.95;
    label.items.push({ type: 'text', x: r(place.box.x), y: r(baseline), text: label.text, size: SMALL_TEXT, weight: 400, anchor: 'start', fill: INK, halo: true, mark: 'link-label' });
    ink.push(place.box);
  }
}

/** Where a link label always stood: right of the last run of its line, its baseline 10 above the child. */
function firstPlace(tail: readonly LayoutPoint[], width: number, height: number): Box {
  const end = tail[tail.length - 1]!;
  const before = tail[tail.length - 2] ?? end;
  const baseline = Math.max(before[1], end[1] - 18) + 8;
  return { x: end[0] + 4, y: baseline - SMALL_TEXT * 0.95, width, height };
}

/** Is the segment a piece of the route (the label's own line, which it stands beside)? */
function onRoute(from: Point, to: Point, route: readonly LayoutPoint[]): boolean {
  const near = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 0.6 && Math.abs(a[1] - b[1]) < 0.6;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    if ((near(from, a) && near(to, b)) || (near(from, b) && near(to, a))) return true;
  }
  return false;
}

function fallbackBarY(s: Sibship, placed: Map<Id, PlacedPerson>): number {
  let top = Infinity;
  for (const c of s.children) {
    const p = placed.get(c.id);
    if (p) top = Math.min(top, p.y);
  }
  return Math.max(s.origin.y + 10, top - BAR_GAP);
}

/** Unrouted bars that would overlap on one height step up a quarter symbol each, so two families' bars never read as one. */
const UNROUTED_STEP = 10;

/**
 * Heights of the bars of sibships the layout did not route (people it has not placed yet, or
 * pinned by the user): BAR_GAP above the children, each on the lowest step free over its extent.
 */
function unroutedBars(sibships: readonly Sibship[], placed: Map<Id, PlacedPerson>): Map<string, number> {
  const spans: { key: string; y: number; x0: number; x1: number }[] = [];
  for (const s of sibships) {
    if (s.routed) continue;
    let x0 = s.origin.x;
    let x1 = s.origin.x;
    for (const c of s.children) {
      const p = placed.get(c.id);
      if (!p) continue;
      x0 = Math.min(x0, p.drawing.cx);
      x1 = Math.max(x1, p.drawing.cx);
    }
    spans.push({ key: s.key, y: fallbackBarY(s, placed), x0, x1 });
  }
  spans.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const taken: { y: number; x0: number; x1: number }[] = [];
  const out = new Map<string, number>();
  for (const span of spans) {
    let y = span.y;
    while (taken.some((t) => Math.abs(t.y - y) < 1 && t.x0 <= span.x1 + UNROUTED_STEP && span.x0 <= t.x1 + UNROUTED_STEP)) y -= UNROUTED_STEP;
    taken.push({ y, x0: span.x0, x1: span.x1 });
    out.set(span.key, y);
  }
  return out;
}
