// Small hand-built Scenes for the legibility check's tests: just the data types, no drawing code,
// so the tests say exactly what is on the page.
import type { Box, GroupKind, Primitive, Scene, SceneGroup, TextPrimitive } from '../../../src/core/drawing/scene';
import { textInkRect } from '../../../src/core/quality/textInk';

export const INK = '#000000';

export function children(key: string, ...items: Primitive[]): SceneGroup {
  return group(`children:${key}`, 'children', items);
}

export function group(key: string, kind: GroupKind, items: Primitive[], extra: Partial<SceneGroup> = {}): SceneGroup {
  return { key, kind, personIds: [], tags: [], items, box: boxOf(items), ...extra };
}

export function scene(...groups: SceneGroup[]): Scene {
  return { groups, bounds: boxOfBoxes(groups.map((g) => g.box)), legend: [], asAtLabel: '1 Jan 2024' };
}

export function line(x1: number, y1: number, x2: number, y2: number, mark?: string): Primitive {
  return { type: 'line', x1, y1, x2, y2, stroke: INK, strokeWidth: 1.5, ...(mark ? { mark } : {}) };
}

export function polyline(points: [number, number][], mark?: string): Primitive {
  return { type: 'polyline', points, stroke: INK, strokeWidth: 1.5, ...(mark ? { mark } : {}) };
}

export function path(d: string, mark?: string, fill?: string): Primitive {
  return { type: 'path', d, stroke: INK, strokeWidth: 1.5, ...(fill ? { fill } : {}), ...(mark ? { mark } : {}) };
}

export function text(x: number, y: number, value: string, mark = 'name', size = 12, anchor: TextPrimitive['anchor'] = 'middle'): TextPrimitive {
  return { type: 'text', x, y, text: value, size, weight: 400, anchor, fill: INK, mark };
}

export type Shape = 'square' | 'circle' | 'diamond';

/** A person's group: a 40-unit symbol with its top-left corner at (x, y), and a name under it. */
export function person(id: string, x: number, y: number, o: { shape?: Shape; name?: string; extra?: Primitive[] } = {}): SceneGroup {
  const size = 40;
  const cx = x + size / 2;
  const cy = y + size / 2;
  const shape = o.shape ?? 'square';
  const outline: Primitive =
    shape === 'square'
      ? { type: 'rect', x, y, width: size, height: size, stroke: INK, strokeWidth: 1.5, mark: 'outline' }
      : shape === 'circle'
        ? { type: 'circle', cx, cy, r: size / 2, stroke: INK, strokeWidth: 1.5, mark: 'outline' }
        : path(`M${cx} ${y} L${x + size} ${cy} L${cx} ${y + size} L${x} ${cy} Z`, 'outline');
  const items: Primitive[] = [outline, ...(o.extra ?? [])];
  if (o.name !== undefined) items.push(text(cx, y + size + 35, o.name));
  return group(`person:${id}`, 'person', items, { refId: id, personIds: [id], symbolBox: { x, y, width: size, height: size } });
}

function boxOf(items: Primitive[]): Box {
  const boxes = items.map((p): Box => {
    switch (p.type) {
      case 'rect':
        return { x: p.x, y: p.y, width: p.width, height: p.height };
      case 'circle':
        return { x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r };
      case 'line':
        return pointsBox([[p.x1, p.y1], [p.x2, p.y2]]);
      case 'polyline':
        return pointsBox(p.points);
      case 'path':
        return pointsBox((p.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).reduce<[number, number][]>((acc, n, i, all) => (i % 2 ? acc : [...acc, [n, all[i + 1] ?? n]]), []));
      case 'text': {
        const r = textInkRect(p);
        return { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 };
      }
    }
  });
  return boxOfBoxes(boxes);
}

function pointsBox(points: readonly (readonly [number, number])[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function boxOfBoxes(boxes: Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
