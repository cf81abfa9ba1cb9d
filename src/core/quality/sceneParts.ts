// The Scene sorted into what the legibility checks look at: parts, connector segments, person
// symbols, texts, marks, and the annotation blocks (legend, title, caption). The rules are
// written out at the top of legibility.ts; this file carries them out.

import type { GroupKind, Point, Primitive, Scene, SceneGroup } from '../drawing/scene';
import { SYMBOL_SIZE } from '../metrics/figureSizes';
import { flattenPath, type Subpath } from './flattenPath';
import { convexHull, distance, distanceToConvex, growRect, properCrossing, rectOfPoints, type Rect } from './geometry';
import { enclosingRect, GridIndex, noWork } from './gridIndex';
import { textInkRect } from './textInk';

/** One SceneGroup that is checked: a person, a partnership, a sibship's children, a relationship line. */
export interface Part {
  key: string;
  kind: GroupKind;
}

/** One open stroked subpath of a connector part, as drawn. */
export interface Connector {
  part: number;
  mark: string;
  points: Point[];
}

/** One straight piece of a connector. */
export interface Segment {
  part: number;
  connector: number;
  a: Point;
  b: Point;
  /** a is the connector's first point, b its last (not a joint between two pieces). */
  aIsEnd: boolean;
  bIsEnd: boolean;
  /** At a joint: the point before a, the point after b, on the same connector. */
  prev?: Point;
  next?: Point;
  rect: Rect;
}

export type SymbolOutline = { kind: 'rect'; rect: Rect } | { kind: 'circle'; cx: number; cy: number; r: number } | { kind: 'polygon'; points: Point[] };

export interface PersonSymbol {
  part: number;
  /** The person's id (the group's refId), else the group key. */
  person: string;
  outline: SymbolOutline;
  rect: Rect;
}

export interface TextItem {
  part: number;
  mark: string;
  text: string;
  size: number;
  rect: Rect;
  /** Drawn inside its own person's symbol (an age, a "?"): lines through it are symbol faults, not text faults. */
  insideSymbol: boolean;
}

/** A legend, title or caption: excluded from the checks, but figure items must keep off it. */
export interface AnnotationBlock {
  key: string;
  kind: GroupKind;
  rect: Rect;
}

export interface SceneParts {
  parts: Part[];
  connectors: Connector[];
  segments: Segment[];
  symbols: PersonSymbol[];
  texts: TextItem[];
  /** Strokes and shapes in connector parts that are marks, not lines (slashes, arrowheads, ticks). */
  marks: number;
  /** Household outlines, left out of every count (their labels are counted as texts). */
  households: number;
  blocks: AnnotationBlock[];
  /** Box of everything checked (people, connectors and their texts); undefined for an empty figure. */
  figure: Rect | undefined;
  /** Smallest font size of any text in the scene, legend and households included. */
  smallestText: { size: number; mark: string; text: string } | undefined;
}

export const EXCLUDED_KINDS: ReadonlySet<GroupKind> = new Set<GroupKind>(['household']);
export const ANNOTATION_KINDS: ReadonlySet<GroupKind> = new Set<GroupKind>(['legend', 'title', 'caption']);

/** Marks of a connector part that are notation on the line, not a line. */
export const CONNECTOR_MARKS: ReadonlySet<string> = new Set(['slash', 'arrowhead', 'cut-off-bar', 'identical-twin-bar']);
/** Names of marks the drawing may add later: any slash, tick, arrow or cross is a mark too. */
const MARK_NAME = /slash|tick|arrow|cross$/;
/** A person's outline, outermost first: the shape lines must keep out of. */
const OUTLINE_MARKS = ['subject-outline', 'outline', 'placeholder-outline', 'stillbirth-symbol', 'pregnancy-triangle', 'miscarriage-dot'];
/** Items of a person group beside the symbol, never part of it. */
const BESIDE_SYMBOL = /^(badge|birth-order)/;
/** An open stroke with no mark, shorter than this, that crosses a longer line of its own part is a mark (a tick). */
const SHORT_MARK = SYMBOL_SIZE / 2;

export function sceneParts(scene: Scene): SceneParts {
  const out: SceneParts = { parts: [], connectors: [], segments: [], symbols: [], texts: [], marks: 0, households: 0, blocks: [], figure: undefined, smallestText: undefined };
  const figureRects: Rect[] = [];
  const connectorGroups: [SceneGroup, number][] = [];
  for (const group of scene.groups) {
    for (const item of group.items) {
      if (item.type !== 'text' || !item.text.trim()) continue;
      if (!out.smallestText || item.size < out.smallestText.size) out.smallestText = { size: item.size, mark: item.mark ?? '', text: item.text };
    }
    if (EXCLUDED_KINDS.has(group.kind)) {
      out.households++;
      // The outline is left out (dotted, drawn round people by design), its label is not: a
      // line through an address or a label over a name is as unreadable as any other.
      const part = out.parts.length;
      out.parts.push({ key: group.key, kind: group.kind });
      for (const item of group.items) {
        if (item.type === 'text' && item.text.trim()) out.texts.push({ part, mark: item.mark ?? 'text', text: item.text, size: item.size, rect: textInkRect(item), insideSymbol: false });
      }
      continue;
    }
    if (ANNOTATION_KINDS.has(group.kind)) {
      out.blocks.push({ key: group.key, kind: group.kind, rect: rectOfBox(group.box) });
      continue;
    }
    const part = out.parts.length;
    out.parts.push({ key: group.key, kind: group.kind });
    figureRects.push(rectOfBox(group.box));
    if (group.kind === 'person') addPerson(out, group, part);
    else connectorGroups.push([group, part]);
  }
  // People first, so that a stroke another group draws inside a symbol is known for a glyph.
  const symbolGrid = new GridIndex(out.symbols.map((s) => s.rect), noWork());
  const insideSymbol = (r: Rect) => {
    let inside = false;
    symbolGrid.near(r, (i) => {
      const box = growRect(out.symbols[i]!.rect, 2);
      if (r.x0 >= box.x0 && r.y0 >= box.y0 && r.x1 <= box.x1 && r.y1 <= box.y1) inside = true;
    });
    return inside;
  };
  for (const [group, part] of connectorGroups) addConnectorPart(out, group, part, insideSymbol);
  if (figureRects.length) out.figure = enclosingRect(figureRects);
  return out;
}

function rectOfBox(b: { x: number; y: number; width: number; height: number }): Rect {
  return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
}

function addPerson(out: SceneParts, group: SceneGroup, part: number): void {
  const outline = symbolOutline(group);
  let symbol: PersonSymbol | undefined;
  if (outline) {
    symbol = { part, person: group.refId ?? group.personIds[0] ?? group.key, outline, rect: outlineRect(outline) };
    out.symbols.push(symbol);
  }
  for (const item of group.items) {
    if (item.type !== 'text' || !item.text.trim()) continue;
    const rect = textInkRect(item);
    const centre: Point = [(rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2];
    out.texts.push({ part, mark: item.mark ?? 'text', text: item.text, size: item.size, rect, insideSymbol: symbol !== undefined && distanceToOutline(centre, symbol.outline) === 0 });
  }
}

/**
 * The symbol's outline: the outermost named outline; else the largest closed shape at the
 * symbol's square; else the box of the strokes drawn within that square (a termination's cross);
 * else the square itself.
 */
function symbolOutline(group: SceneGroup): SymbolOutline | undefined {
  const named = group.items.filter((i) => i.type !== 'text' && OUTLINE_MARKS.includes(i.mark ?? ''));
  const shapes = named.map(outlineOf).filter((o): o is SymbolOutline => o !== undefined);
  if (shapes.length) return largest(shapes);
  const square = group.symbolBox ? growRect(rectOfBox(group.symbolBox), 6) : undefined;
  const within = (r: Rect) => !square || (r.x0 >= square.x0 && r.y0 >= square.y0 && r.x1 <= square.x1 && r.y1 <= square.y1);
  const candidates = group.items.filter((i) => i.type !== 'text' && !BESIDE_SYMBOL.test(i.mark ?? ''));
  const closed = candidates.map(outlineOf).filter((o): o is SymbolOutline => o !== undefined && within(outlineRect(o)));
  if (closed.length) return largest(closed);
  const strokes = candidates.flatMap(primitivePoints).filter((p) => !square || within(rectOfPoints([p])));
  if (strokes.length >= 2) {
    const r = rectOfPoints(strokes);
    if (r.x1 > r.x0 && r.y1 > r.y0) return { kind: 'rect', rect: r };
  }
  return group.symbolBox ? { kind: 'rect', rect: rectOfBox(group.symbolBox) } : undefined;
}

function largest(outlines: SymbolOutline[]): SymbolOutline {
  const area = (o: SymbolOutline) => {
    const r = outlineRect(o);
    return (r.x1 - r.x0) * (r.y1 - r.y0);
  };
  return outlines.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** The outline of a closed shape primitive, or undefined for anything open. */
function outlineOf(p: Primitive): SymbolOutline | undefined {
  switch (p.type) {
    case 'rect':
      return { kind: 'rect', rect: { x0: p.x, y0: p.y, x1: p.x + p.width, y1: p.y + p.height } };
    case 'circle':
      return { kind: 'circle', cx: p.cx, cy: p.cy, r: p.r };
    case 'path': {
      const subpaths = flattenPath(p.d);
      if (!subpaths.length || !subpaths.every((s) => s.closed)) return undefined;
      const hull = convexHull(subpaths.flatMap((s) => s.points));
      return hull.length >= 3 ? { kind: 'polygon', points: hull } : undefined;
    }
    default:
      return undefined;
  }
}

function primitivePoints(p: Primitive): Point[] {
  switch (p.type) {
    case 'line':
      return [[p.x1, p.y1], [p.x2, p.y2]];
    case 'polyline':
      return [...p.points];
    case 'path':
      return flattenPath(p.d).flatMap((s) => s.points);
    default:
      return [];
  }
}

export function outlineRect(o: SymbolOutline): Rect {
  switch (o.kind) {
    case 'rect':
      return o.rect;
    case 'circle':
      return { x0: o.cx - o.r, y0: o.cy - o.r, x1: o.cx + o.r, y1: o.cy + o.r };
    case 'polygon':
      return rectOfPoints(o.points);
  }
}

/** Distance from a point to the symbol, 0 inside it. */
export function distanceToOutline(p: Point, o: SymbolOutline): number {
  switch (o.kind) {
    case 'rect': {
      const dx = Math.max(o.rect.x0 - p[0], 0, p[0] - o.rect.x1);
      const dy = Math.max(o.rect.y0 - p[1], 0, p[1] - o.rect.y1);
      return Math.hypot(dx, dy);
    }
    case 'circle':
      return Math.max(0, Math.hypot(p[0] - o.cx, p[1] - o.cy) - o.r);
    case 'polygon':
      return distanceToConvex(p, o.points);
  }
}

function addConnectorPart(out: SceneParts, group: SceneGroup, part: number, insideSymbol: (r: Rect) => boolean): void {
  const open: { mark: string; points: Point[]; named: boolean }[] = [];
  for (const item of group.items) {
    if (item.type === 'text') {
      if (item.text.trim()) out.texts.push({ part, mark: item.mark ?? 'text', text: item.text, size: item.size, rect: textInkRect(item), insideSymbol: false });
      continue;
    }
    const mark = item.mark ?? item.type;
    if (item.type === 'rect' || item.type === 'circle' || !item.stroke || CONNECTOR_MARKS.has(mark) || MARK_NAME.test(mark)) {
      out.marks++;
      continue;
    }
    for (const sub of subpathsOf(item)) {
      if (sub.closed) out.marks++;
      else open.push({ mark, points: sub.points, named: item.mark !== undefined });
    }
  }
  for (const candidate of open) {
    if (isUnnamedTick(candidate, open) || insideSymbol(rectOfPoints(candidate.points))) {
      out.marks++;
      continue;
    }
    const connector = out.connectors.length;
    out.connectors.push({ part, mark: candidate.mark, points: candidate.points });
    const pts = candidate.points.filter((p, k) => k === 0 || distance(p, candidate.points[k - 1]!) >= 0.01);
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1]!;
      const b = pts[k]!;
      const prev = pts[k - 2];
      const next = pts[k + 1];
      out.segments.push({ part, connector, a, b, aIsEnd: k === 1, bIsEnd: k === pts.length - 1, ...(prev ? { prev } : {}), ...(next ? { next } : {}), rect: rectOfPoints([a, b]) });
    }
  }
}

function subpathsOf(item: Exclude<Primitive, { type: 'text' }>): Subpath[] {
  switch (item.type) {
    case 'line':
      return [{ points: [[item.x1, item.y1], [item.x2, item.y2]], closed: false }];
    case 'polyline': {
      const pts = item.points;
      const first = pts[0];
      const last = pts[pts.length - 1];
      // A polyline that comes back to its start is a drawn shape, not a line.
      const closed = pts.length > 3 && first !== undefined && last !== undefined && distance(first, last) < 0.5;
      return pts.length >= 2 ? [{ points: [...pts], closed }] : [];
    }
    case 'path':
      return flattenPath(item.d);
    default:
      return [];
  }
}

function lengthOf(points: readonly Point[]): number {
  let length = 0;
  for (let k = 1; k < points.length; k++) length += distance(points[k - 1]!, points[k]!);
  return length;
}

/** A short stroke with no mark, crossing a longer line of its own part. */
function isUnnamedTick(candidate: { mark: string; points: Point[]; named: boolean }, all: readonly { points: Point[] }[]): boolean {
  if (candidate.named) return false;
  const length = lengthOf(candidate.points);
  if (length >= SHORT_MARK) return false;
  return all.some((other) => {
    if (other === candidate || lengthOf(other.points) <= length) return false;
    for (let i = 1; i < candidate.points.length; i++) {
      for (let j = 1; j < other.points.length; j++) {
        if (properCrossing(candidate.points[i - 1]!, candidate.points[i]!, other.points[j - 1]!, other.points[j]!, 0.5)) return true;
      }
    }
    return false;
  });
}
