import { formatYear } from '../dates/partialDate';
import type { Id, MultipleBirth, ParentLink, ParentLinkKind } from '../model/types';
import type { Primitive, SceneGroup } from './scene';
import { makeGroup } from './bounds';
import { r } from './geometry';
import { DASHED, DOTTED, INK, SMALL_TEXT, STROKE } from './style';
import type { CoupleAnchor, PlacedPerson } from './partnerLines';

/** Children who hang from the same parent(s) by the same kind of link. */
export interface Sibship {
  key: string;
  kind: ParentLinkKind;
  parents: Id[];
  /** The point the drop starts from: a partner line's midpoint, or beside a lone parent's name. */
  origin: CoupleAnchor;
  /** From a lone parent's symbol to the origin, so the drop does not run through the name. */
  lead?: [number, number][];
  children: { id: Id; link: ParentLink }[];
}

const BAR_GAP = 26;
const BAR_STEP = 6;
const BAR_LEVELS = 4;
const ARRIVAL_OFFSETS = [0, 9, -9, 15, -15];

const KIND_STYLE: Record<ParentLinkKind, { dash?: string; legend: string; label?: string }> = {
  birth: { legend: 'child-birth' },
  adoptive: { dash: DASHED, legend: 'child-adopted', label: 'adopted' },
  foster: { dash: DOTTED, legend: 'child-foster', label: 'foster' },
  kinship: { dash: DOTTED, legend: 'child-kinship', label: 'kinship' },
  'special-guardianship': { dash: DOTTED, legend: 'child-sgo', label: 'SGO' },
};

/**
 * Child lines: a drop from the origin to a sibling bar just above the children, and a line
 * from the bar to each child. Twins start from one point on the bar; identical twins also
 * get a short bar joining their two lines. A child with several kinds of parents (birth and
 * foster, say) receives each line at a slightly different point on its symbol's top.
 */
export function drawChildLines(
  sibships: Sibship[],
  placed: Map<Id, PlacedPerson>,
  multipleBirthOf: Map<Id, MultipleBirth>,
  used: Set<string>,
): SceneGroup[] {
  const arrivals = new Map<Id, number>();
  const order = [...sibships].sort((a, b) => Number(a.kind !== 'birth') - Number(b.kind !== 'birth'));
  const offsetOf = new Map<string, number>();
  for (const s of order) {
    for (const c of s.children) {
      const n = arrivals.get(c.id) ?? 0;
      arrivals.set(c.id, n + 1);
      offsetOf.set(`${s.key}|${c.id}`, ARRIVAL_OFFSETS[n % ARRIVAL_OFFSETS.length]!);
    }
  }
  const levels = assignBarLevels(order, placed, offsetOf);
  const groups: SceneGroup[] = [];
  for (const s of order) {
    const kids = s.children.filter((c) => placed.has(c.id));
    if (kids.length === 0) continue;
    const style = KIND_STYLE[s.kind];
    used.add(style.legend);
    const dash = style.dash ? { dash: style.dash } : {};
    const barY = barYOf(s, placed, levels.get(s.key) ?? 0);
    const items: Primitive[] = [];
    const tags: string[] = [s.kind];
    // Twins (and more) share one start point on the bar.
    const starts = new Map<Id, number>();
    const groupsOfBirth = new Map<string, { group: MultipleBirth; ids: Id[] }>();
    for (const c of kids) {
      const mb = multipleBirthOf.get(c.id);
      if (!mb) continue;
      const entry = groupsOfBirth.get(mb.id) ?? { group: mb, ids: [] };
      entry.ids.push(c.id);
      groupsOfBirth.set(mb.id, entry);
    }
    for (const { ids } of groupsOfBirth.values()) {
      if (ids.length < 2) continue;
      const xs = ids.map((id) => arrivalX(s, id, placed, offsetOf));
      const apex = xs.reduce((a, b) => a + b, 0) / xs.length;
      for (const id of ids) starts.set(id, apex);
    }
    const ends = kids.map((c) => ({ c, x: arrivalX(s, c.id, placed, offsetOf), y: arrivalY(s, c.id, placed, offsetOf) }));
    const drop = dropRoute(s, barY, placed);
    const dropX = drop[drop.length - 1]![0];
    const xs = [...ends.map((e) => starts.get(e.c.id) ?? e.x), dropX];
    if (s.lead) {
      items.push({ type: 'polyline', points: s.lead.map(([x, y]) => [r(x), r(y)] as const), stroke: INK, strokeWidth: STROKE, ...dash, mark: 'parent-lead' });
    }
    if (drop.length === 2) {
      items.push({ type: 'line', x1: r(s.origin.x), y1: r(s.origin.y), x2: r(s.origin.x), y2: r(barY), stroke: INK, strokeWidth: STROKE, ...dash, mark: 'child-drop' });
    } else {
      tags.push('routed-drop');
      items.push({ type: 'polyline', points: drop.map(([x, y]) => [r(x), r(y)] as const), stroke: INK, strokeWidth: STROKE, ...dash, mark: 'child-drop' });
    }
    if (Math.max(...xs) - Math.min(...xs) > 0.5) {
      items.push({ type: 'line', x1: r(Math.min(...xs)), y1: r(barY), x2: r(Math.max(...xs)), y2: r(barY), stroke: INK, strokeWidth: STROKE, ...dash, mark: 'sibling-bar' });
    }
    for (const e of ends) {
      const sx = starts.get(e.c.id) ?? e.x;
      const route = childLineRoute(sx, barY, e.x, e.y, e.c.id, placed);
      if (route) {
        tags.push('routed-child-line');
        items.push({ type: 'polyline', points: route.map(([x, y]) => [r(x), r(y)] as const), stroke: INK, strokeWidth: STROKE, ...dash, mark: `child-line:${e.c.id}` });
      } else {
        items.push({ type: 'line', x1: r(sx), y1: r(barY), x2: r(e.x), y2: r(e.y), stroke: INK, strokeWidth: STROKE, ...dash, mark: `child-line:${e.c.id}` });
      }
      if (style.label) {
        const year = s.kind === 'adoptive' && e.c.link.from ? ` ${formatYear(e.c.link.from)}` : '';
        const ty = barY + Math.min(16, (e.y - barY) * 0.75);
        items.push({ type: 'text', x: r(e.x + 3), y: r(ty), text: `${style.label}${year}`, size: SMALL_TEXT - 1, weight: 400, anchor: 'start', fill: INK, halo: true, mark: 'link-label' });
      }
    }
    for (const { group, ids } of groupsOfBirth.values()) {
      if (ids.length < 2) continue;
      const key = group.kind === 'identical' ? 'twins-identical' : 'twins-fraternal';
      used.add(key);
      tags.push(key);
      if (group.kind !== 'identical') continue;
      const points = ids.map((id) => {
        const end = ends.find((e) => e.c.id === id)!;
        const sx = starts.get(id)!;
        const t = 0.45;
        return [sx + t * (end.x - sx), barY + t * (end.y - barY)] as const;
      });
      const left = points.reduce((a, b) => (b[0] < a[0] ? b : a));
      const right = points.reduce((a, b) => (b[0] > a[0] ? b : a));
      items.push({ type: 'line', x1: r(left[0]), y1: r(left[1]), x2: r(right[0]), y2: r(right[1]), stroke: INK, strokeWidth: STROKE, mark: 'identical-twin-bar' });
    }
    groups.push(
      makeGroup(`children:${s.key}`, 'children', items, { personIds: [...s.parents, ...kids.map((k) => k.id)], tags }),
    );
  }
  return groups;
}

/** Clearance kept between a routed drop and anyone's drawing (symbol, names, badges). */
const DROP_CLEARANCE = 4;

/**
 * The drop from the origin down to the sibling bar. Straight when nothing stands in the way;
 * when the children sit several rows below their parents (a child who partnered into a later
 * generation), people in the rows between may stand on that straight line, and the drop then
 * steps aside below the parents' names, runs down a free gap, and meets the bar there.
 */
function dropRoute(s: Sibship, barY: number, placed: Map<Id, PlacedPerson>): [number, number][] {
  const top = s.origin.y;
  const parentsBottom = Math.max(top, ...s.parents.map((id) => placed.get(id)?.drawing.group.box).filter((b) => b !== undefined).map((b) => b.y + b.height));
  const jogY = parentsBottom + 2 * DROP_CLEARANCE;
  const childIds = new Set(s.children.map((c) => c.id));
  const obstacles: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const [id, p] of placed) {
    if (childIds.has(id) || s.parents.includes(id)) continue;
    const b = p.drawing.group.box;
    if (b.y + b.height <= jogY || b.y >= barY) continue;
    obstacles.push({ x0: b.x - DROP_CLEARANCE, x1: b.x + b.width + DROP_CLEARANCE, y0: b.y, y1: b.y + b.height });
  }
  const blocked = (x: number, from: number) => obstacles.some((o) => x > o.x0 && x < o.x1 && o.y1 > from && o.y0 < barY);
  if (!blocked(s.origin.x, top)) return [[s.origin.x, top], [s.origin.x, barY]];
  // The nearest free gap to the straight line: just beside one of the people in the way.
  const candidates = obstacles.flatMap((o) => [o.x0, o.x1]).sort((a, b) => Math.abs(a - s.origin.x) - Math.abs(b - s.origin.x));
  const free = candidates.find((x) => !blocked(x, jogY));
  if (free === undefined) return [[s.origin.x, top], [s.origin.x, barY]];
  return [[s.origin.x, top], [s.origin.x, jogY], [free, jogY], [free, barY]];
}

/** Drawings (symbol and labels) of everyone but `except`, overlapping the band between two heights. */
function drawingsBetween(placed: Map<Id, PlacedPerson>, y0: number, y1: number, except: (id: Id) => boolean): { x0: number; x1: number; y0: number; y1: number }[] {
  const out: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const [id, p] of placed) {
    if (except(id)) continue;
    const b = p.drawing.group.box;
    if (b.y + b.height <= y0 || b.y >= y1) continue;
    out.push({ x0: b.x - DROP_CLEARANCE, x1: b.x + b.width + DROP_CLEARANCE, y0: b.y, y1: b.y + b.height });
  }
  return out;
}

/** Space left above a child's symbol for the last, horizontal step of a routed child line. */
const ARRIVAL_STEP = 18;

/**
 * A child standing rows below the sibling bar (a sibling who partnered into a later
 * generation) would be reached by a line through the people on the rows between. Such a
 * line runs along the bar's height to a free gap, down that gap, and across just above the
 * child. Undefined when the straight line is clear.
 */
function childLineRoute(sx: number, barY: number, ex: number, ey: number, child: Id, placed: Map<Id, PlacedPerson>): [number, number][] | undefined {
  if (ey - barY < 2 * ARRIVAL_STEP) return undefined;
  const obstacles = drawingsBetween(placed, barY, ey, (id) => id === child);
  const hits = (x0: number, y0: number, x1: number, y1: number) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 4));
    for (let i = 0; i <= steps; i++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      if (obstacles.some((o) => x > o.x0 && x < o.x1 && y > o.y0 && y < o.y1)) return true;
    }
    return false;
  };
  if (!hits(sx, barY, ex, ey)) return undefined;
  const turnY = ey - ARRIVAL_STEP;
  const candidates = [ex, ...obstacles.flatMap((o) => [o.x0, o.x1])].sort((a, b) => Math.abs(a - ex) - Math.abs(b - ex));
  const free = candidates.find((x) => !hits(x, barY, x, turnY) && !hits(x, turnY, ex, turnY));
  if (free === undefined) return undefined;
  return [[sx, barY], [free, barY], [free, turnY], [ex, turnY], [ex, ey]];
}

function arrivalX(s: Sibship, id: Id, placed: Map<Id, PlacedPerson>, offsetOf: Map<string, number>): number {
  return placed.get(id)!.drawing.cx + (offsetOf.get(`${s.key}|${id}`) ?? 0);
}

function arrivalY(s: Sibship, id: Id, placed: Map<Id, PlacedPerson>, offsetOf: Map<string, number>): number {
  // Off-centre arrivals stop a little lower; the symbol's white ground hides any overlap.
  return placed.get(id)!.drawing.top + Math.abs(offsetOf.get(`${s.key}|${id}`) ?? 0) * 0.5;
}

function barBase(s: Sibship, placed: Map<Id, PlacedPerson>): number {
  const tops = s.children.filter((c) => placed.has(c.id)).map((c) => placed.get(c.id)!.y);
  return Math.min(...tops) - BAR_GAP;
}

function barYOf(s: Sibship, placed: Map<Id, PlacedPerson>, level: number): number {
  return barBase(s, placed) - level * BAR_STEP;
}

/** Sibling bars above the same row that overlap sideways go to different heights. */
function assignBarLevels(sibships: Sibship[], placed: Map<Id, PlacedPerson>, offsetOf: Map<string, number>): Map<string, number> {
  const levels = new Map<string, number>();
  const taken: { base: number; min: number; max: number; level: number }[] = [];
  const spans = sibships
    .filter((s) => s.children.some((c) => placed.has(c.id)))
    .map((s) => {
      const xs = [s.origin.x, ...s.children.filter((c) => placed.has(c.id)).map((c) => arrivalX(s, c.id, placed, offsetOf))];
      return { s, base: barBase(s, placed), min: Math.min(...xs), max: Math.max(...xs) };
    })
    .sort((a, b) => a.min - b.min);
  for (const span of spans) {
    let level = 0;
    while (
      level < BAR_LEVELS - 1 &&
      taken.some((t) => t.level === level && Math.abs(t.base - span.base) < 1 && t.min <= span.max + 4 && span.min <= t.max + 4)
    ) {
      level++;
    }
    taken.push({ base: span.base, min: span.min, max: span.max, level });
    levels.set(span.s.key, level);
  }
  return levels;
}
