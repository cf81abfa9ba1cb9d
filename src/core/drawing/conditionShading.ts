import type { Conditions } from '../model/types';
import type { Point, Primitive } from './scene';
import { clipSegmentToConvex, clipToHalfPlane, polygonPath, r } from './geometry';
import { INK, SHADE, STROKE } from './style';

export type ShadingKey = 'shade-mental' | 'shade-substance' | 'shade-suspected' | 'shade-recovery' | 'shade-both';

/** Which quadrant shadings a person's conditions call for (McGoldrick), as legend keys. */
export function shadingKeys(c: Conditions | undefined): ShadingKey[] {
  if (!c) return [];
  const left = Boolean(c.mentalIllHealth || c.seriousPhysicalIllness);
  const keys: ShadingKey[] = [];
  if (left && c.substanceMisuse === 'yes') return ['shade-both'];
  if (left) keys.push('shade-mental');
  if (c.substanceMisuse === 'yes') keys.push('shade-substance');
  if (c.substanceMisuse === 'suspected') keys.push('shade-suspected');
  if (c.substanceMisuse === 'in-recovery') keys.push('shade-recovery');
  return keys;
}

/**
 * The shading marks inside a symbol outline (given as a convex polygon centred on cx, cy).
 * Drawn before the outline so the outline stays crisp on top.
 */
export function shadingPrimitives(keys: ShadingKey[], polygon: Point[], cx: number, cy: number): Primitive[] {
  const out: Primitive[] = [];
  const leftHalf = () => clipToHalfPlane(polygon, 1, 0, cx);
  const lowerHalf = () => clipToHalfPlane(polygon, 0, -1, -cy);
  const lowerRight = () => clipToHalfPlane(lowerHalf(), -1, 0, -cx);
  const fill = (poly: Point[], mark: string): Primitive => ({ type: 'path', d: polygonPath(poly), fill: SHADE, mark });
  const hasLeft = keys.includes('shade-mental') || keys.includes('shade-both');
  if (keys.includes('shade-both')) {
    out.push(fill(leftHalf(), 'shade-both'), fill(lowerRight(), 'shade-both'));
  } else if (keys.includes('shade-mental')) {
    out.push(fill(leftHalf(), 'shade-mental'));
  }
  // Where the left half is already shaded, the substance marks show in the lower right quadrant only.
  const substanceArea = hasLeft ? lowerRight() : lowerHalf();
  if (keys.includes('shade-substance')) out.push(fill(substanceArea, 'shade-substance'));
  if (keys.includes('shade-suspected')) out.push(...hatch(substanceArea, 'shade-suspected'));
  if (keys.includes('shade-recovery')) out.push(...recoveryMarks(polygon, substanceArea, cx, cy, hasLeft));
  return out;
}

function hatch(area: Point[], mark: string): Primitive[] {
  if (area.length < 3) return [];
  const xs = area.map((p) => p[0]);
  const ys = area.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const lines: Primitive[] = [];
  const spacing = 5;
  // Diagonals "/" across the bounding box, each clipped to the area.
  for (let k = minX + minY; k <= maxX + maxY; k += spacing) {
    const seg = clipSegmentToConvex([k - maxY, maxY], [k - minY, minY], area);
    if (!seg) continue;
    const [a, b] = seg;
    if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 1) continue;
    lines.push({ type: 'line', x1: r(a[0]), y1: r(a[1]), x2: r(b[0]), y2: r(b[1]), stroke: INK, strokeWidth: 1, mark });
  }
  return lines;
}

/** "In recovery": the lower half marked off by a line across the middle, with a bar down it. */
function recoveryMarks(polygon: Point[], area: Point[], cx: number, cy: number, hasLeft: boolean): Primitive[] {
  const across = clipSegmentToConvex([cx - 1000, cy], [cx + 1000, cy], polygon);
  const out: Primitive[] = [];
  if (across) {
    const [a, b] = across;
    out.push({ type: 'line', x1: r(a[0]), y1: r(a[1]), x2: r(b[0]), y2: r(b[1]), stroke: INK, strokeWidth: STROKE, mark: 'shade-recovery' });
  }
  const ys = area.map((p) => p[1]);
  const xs = area.map((p) => p[0]);
  if (ys.length === 0) return out;
  const barX = hasLeft ? (Math.min(...xs) + Math.max(...xs)) / 2 : cx;
  const barLine = clipSegmentToConvex([barX, cy], [barX, Math.max(...ys) + 10], area);
  if (barLine) {
    const [a, b] = barLine;
    out.push({ type: 'line', x1: r(a[0]), y1: r(a[1]), x2: r(b[0]), y2: r(b[1]), stroke: INK, strokeWidth: 3, mark: 'shade-recovery' });
  }
  return out;
}
