// SVG path data into straight pieces, so that curves can be checked like polylines.
// All commands of SVG 1.1 are read, absolute and relative: M L H V C S Q T A Z.

import type { Point } from '../drawing/scene';

export interface Subpath {
  points: Point[];
  /** Ended by Z (the closing piece is included in the points). */
  closed: boolean;
}

/** Curves are cut into pieces about this long (at least 4, at most 64 per curve). */
const PIECE_LENGTH = 4;

export function flattenPath(d: string): Subpath[] {
  const tokens = d.match(/[MLHVCSQTAZmlhvcsqtaz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  // The last control point, for the smooth forms S and T.
  let lastCubic: Point | undefined;
  let lastQuad: Point | undefined;
  let i = 0;
  const isNumber = () => i < tokens.length && !/^[A-Za-z]$/.test(tokens[i]!);
  const next = () => Number(tokens[i++]);
  const lineTo = (px: number, py: number) => {
    if (!current) {
      current = { points: [[x, y]], closed: false };
      subpaths.push(current);
    }
    current.points.push([px, py]);
  };
  const curve = (at: (t: number) => Point, controlLength: number) => {
    const pieces = Math.min(64, Math.max(4, Math.ceil(controlLength / PIECE_LENGTH)));
    for (let k = 1; k <= pieces; k++) {
      const p = at(k / pieces);
      lineTo(p[0], p[1]);
    }
  };

  while (i < tokens.length) {
    if (!isNumber()) command = tokens[i++]!;
    const relative = command === command.toLowerCase();
    const C = command.toUpperCase();
    const bx = relative ? x : 0;
    const by = relative ? y : 0;
    if (C === 'Z') {
      if (current) {
        if (x !== startX || y !== startY) current.points.push([startX, startY]);
        current.closed = true;
      }
      current = undefined;
      x = startX;
      y = startY;
      lastCubic = lastQuad = undefined;
      // Numbers straight after Z belong to no command: they are skipped.
      command = '';
      continue;
    }
    if (!isNumber()) {
      // A command without its numbers: skip it rather than loop.
      if (command === '') i++;
      continue;
    }
    switch (C) {
      case 'M': {
        x = bx + next();
        y = by + next();
        startX = x;
        startY = y;
        current = { points: [[x, y]], closed: false };
        subpaths.push(current);
        // Further pairs after M are lines.
        command = relative ? 'l' : 'L';
        lastCubic = lastQuad = undefined;
        break;
      }
      case 'L': {
        const px = bx + next();
        const py = by + next();
        lineTo(px, py);
        x = px;
        y = py;
        lastCubic = lastQuad = undefined;
        break;
      }
      case 'H': {
        const px = bx + next();
        lineTo(px, y);
        x = px;
        lastCubic = lastQuad = undefined;
        break;
      }
      case 'V': {
        const py = by + next();
        lineTo(x, py);
        y = py;
        lastCubic = lastQuad = undefined;
        break;
      }
      case 'C':
      case 'S': {
        const c1: Point = C === 'C' ? [bx + next(), by + next()] : lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const c2: Point = [bx + next(), by + next()];
        const end: Point = [bx + next(), by + next()];
        const p0: Point = [x, y];
        const length = Math.hypot(c1[0] - p0[0], c1[1] - p0[1]) + Math.hypot(c2[0] - c1[0], c2[1] - c1[1]) + Math.hypot(end[0] - c2[0], end[1] - c2[1]);
        curve((t) => {
          const s = 1 - t;
          const a = s * s * s;
          const b = 3 * s * s * t;
          const c = 3 * s * t * t;
          const e = t * t * t;
          return [a * p0[0] + b * c1[0] + c * c2[0] + e * end[0], a * p0[1] + b * c1[1] + c * c2[1] + e * end[1]];
        }, length);
        lastCubic = c2;
        lastQuad = undefined;
        [x, y] = end;
        break;
      }
      case 'Q':
      case 'T': {
        const c1: Point = C === 'Q' ? [bx + next(), by + next()] : lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y];
        const end: Point = [bx + next(), by + next()];
        const p0: Point = [x, y];
        const length = Math.hypot(c1[0] - p0[0], c1[1] - p0[1]) + Math.hypot(end[0] - c1[0], end[1] - c1[1]);
        curve((t) => {
          const s = 1 - t;
          return [s * s * p0[0] + 2 * s * t * c1[0] + t * t * end[0], s * s * p0[1] + 2 * s * t * c1[1] + t * t * end[1]];
        }, length);
        lastQuad = c1;
        lastCubic = undefined;
        [x, y] = end;
        break;
      }
      case 'A': {
        const rx = next();
        const ry = next();
        const rotation = next();
        const largeArc = next() !== 0;
        const sweep = next() !== 0;
        const end: Point = [bx + next(), by + next()];
        for (const p of arcPoints([x, y], end, rx, ry, rotation, largeArc, sweep)) lineTo(p[0], p[1]);
        [x, y] = end;
        lastCubic = lastQuad = undefined;
        break;
      }
      default:
        // An unknown letter: skip its number.
        i++;
    }
  }
  return subpaths.filter((s) => s.points.length >= 2);
}

/** Points along an elliptical arc (SVG 1.1 appendix F.6.5, endpoint to centre form), end included. */
function arcPoints(from: Point, to: Point, rxIn: number, ryIn: number, rotationDeg: number, largeArc: boolean, sweep: boolean): Point[] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (from[0] === to[0] && from[1] === to[1])) return [to];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (from[0] - to[0]) / 2;
  const dy = (from[1] - to[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const scale = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (scale > 1) {
    rx *= Math.sqrt(scale);
    ry *= Math.sqrt(scale);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const factor = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (factor * rx * y1) / ry;
  const cy1 = (-factor * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  else if (sweep && delta < 0) delta += 2 * Math.PI;
  const pieces = Math.min(64, Math.max(4, Math.ceil((Math.abs(delta) * Math.max(rx, ry)) / PIECE_LENGTH)));
  const points: Point[] = [];
  for (let k = 1; k < pieces; k++) {
    const a = start + (delta * k) / pieces;
    const ex = rx * Math.cos(a);
    const ey = ry * Math.sin(a);
    points.push([cos * ex - sin * ey + cx, sin * ex + cos * ey + cy]);
  }
  points.push(to);
  return points;
}
