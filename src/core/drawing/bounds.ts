import type { Box, GroupKind, Primitive, SceneGroup } from './scene';
import type { Id } from '../model/types';
import { textWidth } from '../metrics/textMetrics';
import { maxOf, minOf } from '../model/extremes';

export const EMPTY_BOX: Box = { x: 0, y: 0, width: 0, height: 0 };

export function primitiveBox(p: Primitive): Box {
  const pad = 'strokeWidth' in p && p.strokeWidth ? p.strokeWidth / 2 : 0;
  switch (p.type) {
    case 'rect':
      return { x: p.x - pad, y: p.y - pad, width: p.width + 2 * pad, height: p.height + 2 * pad };
    case 'circle':
      return { x: p.cx - p.r - pad, y: p.cy - p.r - pad, width: 2 * (p.r + pad), height: 2 * (p.r + pad) };
    case 'line':
      return pointsBox([[p.x1, p.y1], [p.x2, p.y2]], pad);
    case 'polyline':
      return pointsBox(p.points, pad);
    case 'path':
      return pointsBox(pathPoints(p.d), pad);
    case 'text': {
      const w = textWidth(p.text, p.size, p.weight) + (p.halo ? 3 : 0);
      const x = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return { x, y: p.y - p.size * 0.95, width: w, height: p.size * 1.25 };
    }
  }
}

/** The numbers of a path made of M/L/Z commands and arcs (whose end points are kept). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const cmd of d.match(/[MLAQC][^MLAQCZ]*/gi) ?? []) {
    const nums = (cmd.slice(1).match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    const letter = cmd[0]!.toUpperCase();
    if (letter === 'A') {
      // Arcs here are circles drawn from a point through its opposite: keep both ends.
      for (let i = 0; i + 6 < nums.length; i += 7) points.push([nums[i + 5]!, nums[i + 6]!]);
    } else {
      for (let i = 0; i + 1 < nums.length; i += 2) points.push([nums[i]!, nums[i + 1]!]);
    }
  }
  return points;
}

function pointsBox(points: readonly (readonly [number, number])[], pad: number): Box {
  if (points.length === 0) return EMPTY_BOX;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
}

export function unionBoxes(boxes: Box[]): Box {
  const real = boxes.filter((b) => b.width > 0 || b.height > 0);
  if (real.length === 0) return EMPTY_BOX;
  const minX = minOf(real.map((b) => b.x));
  const minY = minOf(real.map((b) => b.y));
  const maxX = maxOf(real.map((b) => b.x + b.width));
  const maxY = maxOf(real.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function makeGroup(
  key: string,
  kind: GroupKind,
  items: Primitive[],
  extra: { refId?: Id; personIds?: Id[]; tags?: string[]; symbolBox?: Box } = {},
): SceneGroup {
  const group: SceneGroup = {
    key,
    kind,
    personIds: extra.personIds ?? [],
    tags: extra.tags ?? [],
    items,
    box: unionBoxes(items.map(primitiveBox)),
  };
  if (extra.refId !== undefined) group.refId = extra.refId;
  if (extra.symbolBox) group.symbolBox = extra.symbolBox;
  return group;
}
