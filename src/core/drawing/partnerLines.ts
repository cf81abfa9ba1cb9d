import type { Id, PartialDate, Partnership } from '../model/types';
import { partnershipStateAt, type PartnershipState } from '../model/partnershipState';
import type { Primitive, SceneGroup } from './scene';
import { makeGroup, primitiveBox } from './bounds';
import { r } from './geometry';
import { DASH_DOT, DASHED, DOTTED, INK, SMALL_TEXT, STROKE } from './style';
import { SMALL_LINE } from '../metrics/figureSizes';
import { PARTNER_DROP, PARTNER_LEVELS, PARTNER_STEP } from '../metrics/figureSizes';
import type { PersonDrawing } from './personSymbol';
import { coupleKey, type PartnerLinePlan } from '../layout/types';
import { textWidth } from '../metrics/textMetrics';
import { maxOf } from '../model/extremes';

/** Where a couple's children hang from: a point on the partner line. */
export interface CoupleAnchor {
  x: number;
  y: number;
}

/** A couple to draw: a recorded partnership, or two birth parents with none recorded. */
export interface CoupleInput {
  key: string;
  partnership?: Partnership;
  a: Id;
  b: Id;
  consanguineous: boolean;
}

export interface PlacedPerson {
  drawing: PersonDrawing;
  /** Symbol box. */
  x: number;
  y: number;
  size: number;
  row: number;
}

interface Span {
  couple: CoupleInput;
  left: PlacedPerson;
  right: PlacedPerson;
  between: PlacedPerson[];
  level: number;
  /** Where the children's line leaves, as the layout planned it. */
  dropX?: number;
}

/**
 * Partner lines for every couple, each at the lowest free level under its row. A couple with
 * another symbol standing between them steps down a level, so its line passes below that
 * symbol instead of through it, and lines never lie on top of one another.
 */
export function drawPartnerLines(
  couples: CoupleInput[],
  placed: Map<Id, PlacedPerson>,
  o: {
    asAt: PartialDate;
    showLabels: boolean;
    used: Set<string>;
    plans?: Map<string, PartnerLinePlan>;
    bands?: { nameOffset: number; labelBaseline?: number }[];
    /** Per row, where lone parents' lines run down past the partner lines (their dates keep clear of them too). */
    loneDrops?: Map<number, number[]>;
  },
): { groups: SceneGroup[]; anchors: Map<string, CoupleAnchor> } {
  const byRow = new Map<number, PlacedPerson[]>();
  for (const p of placed.values()) {
    const list = byRow.get(p.row) ?? [];
    list.push(p);
    byRow.set(p.row, list);
  }
  const spans: Span[] = [];
  const crossRow: CoupleInput[] = [];
  for (const couple of couples) {
    const pa = placed.get(couple.a);
    const pb = placed.get(couple.b);
    if (!pa || !pb) continue;
    if (pa.row !== pb.row) {
      crossRow.push(couple);
      continue;
    }
    const [left, right] = pa.drawing.cx <= pb.drawing.cx ? [pa, pb] : [pb, pa];
    const between = (byRow.get(pa.row) ?? []).filter(
      (p) => p !== left && p !== right && p.drawing.cx > left.drawing.cx && p.drawing.cx < right.drawing.cx,
    );
    const plan = o.plans?.get(coupleKey(couple.a, couple.b));
    spans.push({ couple, left, right, between, level: plan?.level ?? 0, ...(plan ? { dropX: plan.dropX } : {}) });
  }
  // The layout made room for each partner line; people it has not placed yet get a level here.
  assignLevels(spans.filter((s) => s.dropX === undefined));

  // Vertical lines a stepped line's label must keep clear of, per row: every drop from a
  // partner line or a lone parent, and every partner line's legs (at the symbols' middles).
  const verticals = new Map<number, number[]>([...(o.loneDrops ?? [])].map(([row, xs]) => [row, [...xs]]));
  for (const span of spans) {
    const list = verticals.get(span.left.row) ?? [];
    list.push(span.dropX ?? dropPoint(span), span.left.drawing.cx, span.right.drawing.cx);
    verticals.set(span.left.row, list);
  }
  const groups: SceneGroup[] = [];
  const anchors = new Map<string, CoupleAnchor>();
  // Stepped lines' dates placed so far in each row's band: the next couple's keep off them.
  const bandTaken = new Map<number, Interval[]>();
  for (const span of spans) {
    const taken = bandTaken.get(span.left.row) ?? [];
    bandTaken.set(span.left.row, taken);
    const band = o.bands?.[span.left.row]?.labelBaseline;
    const { group, anchor } = drawSpan(span, { ...o, verticals: verticals.get(span.left.row) ?? [], loneDrops: o.loneDrops?.get(span.left.row) ?? [], bandTaken: taken, ...(band !== undefined ? { band } : {}) });
    groups.push(group);
    anchors.set(span.couple.key, anchor);
  }
  for (const couple of crossRow) {
    const { group, anchor } = drawCrossRow(couple, placed.get(couple.a)!, placed.get(couple.b)!, o);
    groups.push(group);
    anchors.set(couple.key, anchor);
  }
  return { groups, anchors };
}

function assignLevels(spans: Span[]): void {
  const byRow = new Map<number, Span[]>();
  for (const s of spans) byRow.set(s.left.row, [...(byRow.get(s.left.row) ?? []), s]);
  for (const rowSpans of byRow.values()) {
    // Short, unobstructed lines take the top level first.
    rowSpans.sort((p, q) => p.between.length - q.between.length || width(p) - width(q));
    const taken: Span[] = [];
    for (const span of rowSpans) {
      let level = span.between.length > 0 ? 1 : 0;
      while (level < PARTNER_LEVELS - 1 && taken.some((t) => t.level === level && overlaps(t, span))) level++;
      span.level = level;
      taken.push(span);
    }
  }
}

function width(s: Span): number {
  return s.right.drawing.cx - s.left.drawing.cx;
}

/** Open intervals overlap; lines meeting at one partner's drop do not. */
function overlaps(a: Span, b: Span): boolean {
  return a.left.drawing.cx < b.right.drawing.cx - 0.5 && b.left.drawing.cx < a.right.drawing.cx - 0.5;
}

function lineDash(state: PartnershipState | undefined): string | undefined {
  const line = state?.line ?? 'partnership';
  return line === 'married' ? undefined : line === 'cohabiting' ? DASHED : line === 'transitory' ? DOTTED : DASH_DOT;
}

function drawSpan(
  span: Span,
  o: { asAt: PartialDate; showLabels: boolean; used: Set<string>; verticals: number[]; loneDrops: number[]; bandTaken: Interval[]; band?: number },
): { group: SceneGroup; anchor: CoupleAnchor } {
  const { left, right, couple } = span;
  const state = couple.partnership ? partnershipStateAt(couple.partnership, o.asAt) : undefined;
  const bottom = Math.max(left.y + left.size, right.y + right.size);
  const y = bottom + PARTNER_DROP + span.level * PARTNER_STEP;
  const ax = left.drawing.cx;
  const bx = right.drawing.cx;
  const items: Primitive[] = [];
  const tags: string[] = [];
  const dash = lineDash(state);
  const lineKey = `line-${state?.line ?? 'partnership'}`;
  o.used.add(lineKey);
  tags.push(lineKey);
  if (span.level > 0) tags.push('stepped');
  const d = `M${r(ax)} ${r(left.drawing.bottom)} L${r(ax)} ${r(y)} L${r(bx)} ${r(y)} L${r(bx)} ${r(right.drawing.bottom)}`;
  items.push({ type: 'path', d, stroke: INK, strokeWidth: STROKE, ...(dash ? { dash } : {}), mark: 'partner-line' });
  if (couple.consanguineous) {
    items.push({ type: 'line', x1: r(ax), y1: r(y - 3), x2: r(bx), y2: r(y - 3), stroke: INK, strokeWidth: STROKE, ...(dash ? { dash } : {}), mark: 'consanguinity' });
    tags.push('consanguinity');
    o.used.add('consanguinity');
  }
  const mid = span.dropX ?? dropPoint(span);
  const ending = state?.ended;
  if (ending === 'separated' || ending === 'ended' || ending === 'divorced') {
    const slashes = ending === 'divorced' ? 2 : 1;
    // Slashes sit left of the children's drop so the two never meet.
    // and clear of the dated labels centred over the line.
    const sx = Math.max(ax + left.size / 2 + 8, mid - 30);
    for (let i = 0; i < slashes; i++) {
      const x = sx - (slashes - 1) * 3 + i * 6;
      items.push({ type: 'line', x1: r(x - 4), y1: r(y + 7), x2: r(x + 4), y2: r(y - 7), stroke: INK, strokeWidth: STROKE, mark: 'slash' });
    }
    const key = ending === 'divorced' ? 'divorced' : 'separated';
    tags.push(ending);
    o.used.add(key);
  }
  if (ending === 'widowed') tags.push('widowed');
  if (state?.line) tags.push(state.line);
  if (o.showLabels && state && state.labels.length > 0) {
    // Stepped lines' dates go in the band the layout left under the row's lines; without one, just under the line.
    const bandY = o.band !== undefined ? Math.max(left.y + left.size, right.y + right.size) + o.band : y + SMALL_TEXT + 2;
    items.push(...partnershipLabels(span, state.labels, y, mid, o.verticals, bandY, o.loneDrops, o.bandTaken));
  }
  const ref = couple.partnership?.id;
  const group = makeGroup(`partnership:${couple.key}`, 'partnership', items, {
    ...(ref ? { refId: ref } : {}),
    personIds: [couple.a, couple.b],
    tags: couple.partnership ? tags : [...tags, 'implied'],
  });
  return { group, anchor: { x: mid, y } };
}

/**
 * How far the marks drawn beside a person's symbol reach on one side (a birth-order number on
 * the left, badges on the right): the outer edge on the right side, the inner on the left, or
 * the symbol's own edge when there are none.
 */
function sideMarks(p: PlacedPerson, side: 'left' | 'right'): number {
  let edge = side === 'right' ? p.x + p.size : p.x;
  for (const item of p.drawing.group.items) {
    if (!('mark' in item) || (item.mark !== 'birth-order' && !item.mark?.startsWith('badge:'))) continue;
    const box = primitiveBox(item);
    if (side === 'right' && box.x >= p.x + p.size - 0.5) edge = Math.max(edge, box.x + box.width);
    if (side === 'left' && box.x + box.width <= p.x + 0.5) edge = Math.min(edge, box.x);
  }
  return edge;
}

/** Clearance kept between a partnership label and any line beside it. */
const LABEL_CLEARANCE = 4;

/**
 * The dated labels of a partner line ("m. 1986", "s. 2004"), where they touch no other line
 * and no text: over a line between neighbours, in the gap between the two symbols, stacked
 * upwards; under a stepped line, in the band above the names, in the stretch between two
 * vertical lines nearest the earlier partner that is wide enough.
 */
/** A stretch of a row's band taken by one couple's dates: from x0 to x1, baselines y0 to y1. */
interface Interval {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function partnershipLabels(
  span: Span,
  labels: string[],
  y: number,
  dropX: number,
  verticals: number[],
  bandY: number,
  loneDrops: readonly number[],
  bandTaken: Interval[],
): Primitive[] {
  const { left, right } = span;
  const ax = left.drawing.cx;
  const bx = right.drawing.cx;
  const text = (x: number, ly: number, label: string, anchor: 'middle' | 'start'): Primitive => ({
    type: 'text', x: r(x), y: r(ly), text: label, size: SMALL_TEXT, weight: 400, anchor, fill: INK, halo: true, mark: 'partnership-label',
  });
  if (span.level === 0) {
    // Between the partners' symbols and what is drawn beside them at that height (the right
    // partner's birth-order number, the left one's badges), not merely between the symbols.
    const lo = Math.max(ax + left.size / 2, sideMarks(left, 'right'));
    const hi = Math.min(bx - right.size / 2, sideMarks(right, 'left'));
    const gap = Math.max(40, hi - lo - 2 * LABEL_CLEARANCE);
    const joined = labels.join(' ');
    const lines = textWidth(joined, SMALL_TEXT) <= gap ? [joined] : labels;
    const widest = maxOf(lines.map((label) => textWidth(label, SMALL_TEXT)));
    // Centred in the free stretch (a lone parent's line down from the middle of a symbol passes
    // above a partner line, so it splits the stretch); where that is too narrow, centred between
    // the partners as before.
    const cuts = loneDrops.filter((x) => x > lo && x < hi).sort((p, q) => p - q);
    const pieces = [lo, ...cuts, hi].slice(1).map((x1, i) => [[lo, ...cuts][i]!, x1] as const);
    const roomy = pieces.filter(([x0, x1]) => widest + 2 * LABEL_CLEARANCE <= x1 - x0);
    const free = roomy.length ? roomy.reduce((a, b) => (Math.abs((b[0] + b[1]) / 2 - (ax + bx) / 2) < Math.abs((a[0] + a[1]) / 2 - (ax + bx) / 2) ? b : a)) : undefined;
    const mid = free ? (free[0] + free[1]) / 2 : (ax + bx) / 2;
    return lines.map((label, i) => text(mid, y - 4 - (lines.length - 1 - i) * (SMALL_TEXT + 1), label, 'middle'));
  }
  // Stepped: on one line if it fits a stretch, else one label a line.
  const stops = [...verticals, dropX].filter((x) => x > ax + 0.5 && x < bx - 0.5).sort((p, q) => p - q);
  const edges = [ax, ...stops, bx];
  const stretches: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i++) stretches.push([edges[i]! + LABEL_CLEARANCE + 2, edges[i + 1]! - LABEL_CLEARANCE - 2]);
  const widest = (list: string[]) => Math.max(...list.map((l) => textWidth(l, SMALL_TEXT)));
  // In a stretch, after any other couple's dates already there (two couples' lines can share a stretch of the band).
  const startIn = ([x0, x1]: [number, number], w: number, lineCount: number): number | undefined => {
    const y1 = bandY + (lineCount - 1) * SMALL_LINE;
    let x = x0;
    for (const t of [...bandTaken].sort((p, q) => p.x0 - q.x0)) {
      if (t.y1 < bandY - 0.5 || t.y0 > y1 + 0.5) continue;
      if (t.x1 + LABEL_CLEARANCE > x && t.x0 - LABEL_CLEARANCE < x + w) x = t.x1 + 2 * LABEL_CLEARANCE;
    }
    return x + w <= x1 ? x : undefined;
  };
  for (const lines of [[labels.join(' ')], labels]) {
    const w = widest(lines);
    for (const stretch of stretches) {
      const x = startIn(stretch, w, lines.length);
      if (x === undefined) continue;
      bandTaken.push({ x0: x, x1: x + w, y0: bandY, y1: bandY + (lines.length - 1) * SMALL_LINE });
      return lines.map((label, i) => text(x, bandY + i * SMALL_LINE, label, 'start'));
    }
  }
  // Nowhere with the clearance kept: in the middle of the widest stretch, so that what the
  // dates lose is clearance and not a line drawn through them.
  const widestStretch = stretches.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  return labels.map((label, i) => text((widestStretch[0] + widestStretch[1]) / 2, bandY + i * SMALL_LINE, label, 'middle'));
}

/** The midpoint, moved into a gap between symbols when a symbol stands at the midpoint. */
function dropPoint(span: Span): number {
  const mid = (span.left.drawing.cx + span.right.drawing.cx) / 2;
  const clear = (x: number) => span.between.every((p) => Math.abs(p.drawing.cx - x) > p.size / 2 + 12);
  if (clear(mid)) return mid;
  const stops = [span.left, ...span.between.sort((p, q) => p.drawing.cx - q.drawing.cx), span.right].map((p) => p.drawing.cx);
  let best = mid;
  let bestDistance = Infinity;
  for (let i = 0; i + 1 < stops.length; i++) {
    const gap = (stops[i]! + stops[i + 1]!) / 2;
    if (Math.abs(gap - mid) < bestDistance) {
      bestDistance = Math.abs(gap - mid);
      best = gap;
    }
  }
  return best;
}

/** Partners the layout put on different rows: a plain elbow from one to the other. */
function drawCrossRow(couple: CoupleInput, pa: PlacedPerson, pb: PlacedPerson, o: { asAt: PartialDate; used: Set<string> }): { group: SceneGroup; anchor: CoupleAnchor } {
  const state = couple.partnership ? partnershipStateAt(couple.partnership, o.asAt) : undefined;
  const [upper, lower] = pa.y <= pb.y ? [pa, pb] : [pb, pa];
  const y = upper.y + upper.size + PARTNER_DROP;
  const dash = lineDash(state);
  o.used.add(`line-${state?.line ?? 'partnership'}`);
  const d = `M${r(upper.drawing.cx)} ${r(upper.drawing.bottom)} L${r(upper.drawing.cx)} ${r(y)} L${r(lower.drawing.cx)} ${r(y)} L${r(lower.drawing.cx)} ${r(lower.drawing.top)}`;
  const items: Primitive[] = [{ type: 'path', d, stroke: INK, strokeWidth: STROKE, ...(dash ? { dash } : {}), mark: 'partner-line' }];
  const group = makeGroup(`partnership:${couple.key}`, 'partnership', items, {
    ...(couple.partnership ? { refId: couple.partnership.id } : {}),
    personIds: [couple.a, couple.b],
    tags: ['cross-row', `line-${state?.line ?? 'partnership'}`],
  });
  return { group, anchor: { x: (upper.drawing.cx + lower.drawing.cx) / 2, y } };
}
