import type { GenogramDocument, Household, ParentLink, PartialDate, Partnership, Person, RelationshipLine } from '../../src/core/model/types';
import { DEFAULT_NOTATION } from '../../src/core/model/types';
import { handLayout } from './handLayout';
import type { LayoutResult, PersonBox } from '../../src/core/layout/types';
import { SYMBOL_SIZE } from '../../src/core/metrics/figureSizes';
import type { Box, Primitive, Scene, SceneGroup } from '../../src/core/drawing/scene';

export function doc(parts: {
  persons: Person[];
  partnerships?: Partnership[];
  parentLinks?: ParentLink[];
  relationships?: RelationshipLine[];
  households?: Household[];
  multipleBirths?: GenogramDocument['multipleBirths'];
  asAt?: PartialDate;
}): GenogramDocument {
  return {
    id: 'test',
    settings: { title: 'Test', asAt: parts.asAt ?? { year: 2020, month: 1, day: 1 }, notation: { ...DEFAULT_NOTATION } },
    persons: parts.persons,
    partnerships: parts.partnerships ?? [],
    parentLinks: parts.parentLinks ?? [],
    multipleBirths: parts.multipleBirths ?? [],
    relationships: parts.relationships ?? [],
    households: parts.households ?? [],
  };
}

export function p(id: string, fields: Partial<Person> = {}): Person {
  return { id, gender: 'female', givenNames: id, ...fields };
}

/** A layout from a grid: each entry is [id, column, row]; columns are 120 units apart. */
export function gridLayout(cells: [string, number, number][]): LayoutResult {
  const boxes = new Map<string, PersonBox>();
  for (const [id, col, row] of cells) boxes.set(id, { id, x: col * 120 + 40, y: row * 190, size: SYMBOL_SIZE, row });
  return handLayout(boxes);
}

export function group(scene: Scene, key: string): SceneGroup {
  const g = scene.groups.find((x) => x.key === key);
  if (!g) throw new Error(`no group ${key}; have ${scene.groups.map((x) => x.key).join(', ')}`);
  return g;
}

export function marks(g: SceneGroup, mark: string): Primitive[] {
  return g.items.filter((i) => i.mark === mark);
}

export function texts(g: SceneGroup): string[] {
  return g.items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
}

/** Straight segments of a line, polyline or M/L path primitive. */
export function segments(item: Primitive): [number, number, number, number][] {
  let points: [number, number][] = [];
  if (item.type === 'line') points = [[item.x1, item.y1], [item.x2, item.y2]];
  else if (item.type === 'polyline') points = item.points.map((q) => [q[0], q[1]]);
  else if (item.type === 'path') points = [...item.d.matchAll(/[ML]\s*(-?[\d.]+)\s+(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const out: [number, number, number, number][] = [];
  for (let i = 1; i < points.length; i++) out.push([points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]]);
  return out;
}

/** Does the segment pass through the inside of the box (touching its edge does not count)? */
export function segmentCrossesBox(s: [number, number, number, number], b: Box, shrink = 0.5): boolean {
  const x0 = b.x + shrink;
  const y0 = b.y + shrink;
  const x1 = b.x + b.width - shrink;
  const y1 = b.y + b.height - shrink;
  let t0 = 0;
  let t1 = 1;
  const dx = s[2] - s[0];
  const dy = s[3] - s[1];
  for (const [pp, q] of [
    [-dx, s[0] - x0],
    [dx, x1 - s[0]],
    [-dy, s[1] - y0],
    [dy, y1 - s[1]],
  ] as const) {
    if (pp === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / pp;
    if (pp < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
