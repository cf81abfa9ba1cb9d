import type { Gender } from '../model/types';
import type { Paint, Point, Primitive } from './scene';
import { polygonPath, r } from './geometry';

export type ShapeName = 'square' | 'circle' | 'diamond';

export function shapeForGender(gender: Gender): ShapeName {
  return gender === 'male' ? 'square' : gender === 'female' ? 'circle' : 'diamond';
}

/** The outline of a symbol of side `size` centred on (cx, cy), as one primitive. */
export function shapeOutline(shape: ShapeName, cx: number, cy: number, size: number, paint: Paint): Primitive {
  const h = size / 2;
  switch (shape) {
    case 'square':
      return { type: 'rect', x: r(cx - h), y: r(cy - h), width: r(size), height: r(size), ...paint };
    case 'circle':
      return { type: 'circle', cx: r(cx), cy: r(cy), r: r(h), ...paint };
    case 'diamond':
      return { type: 'path', d: polygonPath(shapePolygon('diamond', cx, cy, size)), ...paint };
  }
}

/** The symbol as a convex polygon (a circle as a 48-gon), for clipping shading to it. */
export function shapePolygon(shape: ShapeName, cx: number, cy: number, size: number): Point[] {
  const h = size / 2;
  switch (shape) {
    case 'square':
      return [
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ];
    case 'diamond':
      return [
        [cx, cy - h],
        [cx + h, cy],
        [cx, cy + h],
        [cx - h, cy],
      ];
    case 'circle': {
      const points: Point[] = [];
      for (let i = 0; i < 48; i++) {
        const a = (i / 48) * 2 * Math.PI;
        points.push([cx + h * Math.cos(a), cy + h * Math.sin(a)]);
      }
      return points;
    }
  }
}
