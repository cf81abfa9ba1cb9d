import type { Point } from '../scene';
import { r } from '../geometry';

/**
 * An SVG path through the rings with each corner rounded by a quadratic curve of at most
 * `radius` (less where an edge is short). Readers follow a rounded outline more easily
 * than a staircase; the curve stays within radius/3 of the corner, well inside the padding.
 */
export function roundedPath(rings: readonly (readonly Point[])[], radius: number): string {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const n = ring.length;
      const parts: string[] = [];
      let end = '';
      for (let i = 0; i < n; i++) {
        const a = ring[(i + n - 1) % n]!;
        const b = ring[i]!;
        const c = ring[(i + 1) % n]!;
        const inLen = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const outLen = Math.hypot(c[0] - b[0], c[1] - b[1]);
        const k = Math.min(radius, inLen / 2, outLen / 2);
        const p: Point = [b[0] - ((b[0] - a[0]) / inLen) * k, b[1] - ((b[1] - a[1]) / inLen) * k];
        const q: Point = [b[0] + ((c[0] - b[0]) / outLen) * k, b[1] + ((c[1] - b[1]) / outLen) * k];
        const start = `${r(p[0])} ${r(p[1])}`;
        // Where two curves meet mid-edge there is no straight stretch to draw.
        if (i === 0) parts.push(`M${start}`);
        else if (start !== end) parts.push(`L${start}`);
        end = `${r(q[0])} ${r(q[1])}`;
        parts.push(`Q${r(b[0])} ${r(b[1])} ${end}`);
      }
      return `${parts.join(' ')} Z`;
    })
    .join(' ');
}
