// (a) connectors of different parts on top of each other or side by side, and (e) crossings.

import type { Point } from '../drawing/scene';
import { SYMBOL_SIZE } from '../metrics/figureSizes';
import { distance, growRect, parallelRun, properCrossing } from './geometry';
import { GridIndex, type WorkCount } from './gridIndex';
import type { SceneParts, Segment } from './sceneParts';

/** Lines closer than a quarter of a symbol print as one line at report size. */
export const NEAR_PARALLEL = SYMBOL_SIZE / 4;
/** Lines this close are on top of each other (stroke width and rounding). */
export const COLLINEAR = 1.5;
/** Side by side over less than this is two lines meeting, not running together. */
export const MIN_RUN = 3;
/** A crossing this close to a segment's end is a junction. */
export const CROSSING_END_CLEARANCE = 1;

export interface ParallelFinding {
  parts: [string, string];
  marks: [string, string];
  /** Largest distance between the two lines over the shared stretch (0 for lines on top of each other). */
  gap: number;
  /** Total length over which the two lines run together. */
  length: number;
  at: Point;
  /**
   * The two lines start or end at one point (a person's two partner lines leaving the same
   * symbol, two sibships from one couple): counted all the same, flagged for reading.
   */
  sharedEnd: boolean;
}

export interface CrossingFinding {
  parts: [string, string];
  marks: [string, string];
  at: Point;
}

export interface ConnectorFindings {
  overlapping: ParallelFinding[];
  nearParallel: ParallelFinding[];
  crossings: CrossingFinding[];
}

/**
 * Every pair of connector segments from different parts, near each other by the grid: parallel
 * ones that share a stretch longer than MIN_RUN are overlapping (gap <= COLLINEAR) or near-parallel
 * (gap < NEAR_PARALLEL); others that cross properly are crossings. Parallel findings are counted
 * once per pair of parts and pair of lines (the same two straight lines), however many pieces
 * the lines are drawn in; crossings once per pair of segments (a crossing at a polyline's joint once).
 */
export function checkConnectors(sp: SceneParts, work: WorkCount): ConnectorFindings {
  const { segments, connectors, parts } = sp;
  const grid = new GridIndex(segments.map((s) => s.rect), work);
  const byLine = new Map<string, ParallelFinding>();
  const crossings: CrossingFinding[] = [];
  // A line crossing a polyline exactly at a joint is found on both pieces: once is enough.
  const crossingsSeen = new Set<string>();
  const key = (part: number) => parts[part]!.key;
  segments.forEach((s, i) => {
    grid.near(growRect(s.rect, NEAR_PARALLEL), (j) => {
      if (j <= i) return;
      const t = segments[j]!;
      if (t.part === s.part) return;
      const [p, q] = s.part < t.part ? [s, t] : [t, s];
      const run = parallelRun(p.a, p.b, q.a, q.b);
      if (run) {
        if (run.length <= MIN_RUN || run.gap >= NEAR_PARALLEL) return;
        const kind = run.gap <= COLLINEAR ? 'overlap' : 'near';
        const id = `${kind}|${p.part}|${q.part}|${lineId(p.a, p.b)}|${lineId(q.a, q.b)}`;
        const found = byLine.get(id);
        if (found) {
          found.length += run.length;
          found.gap = Math.max(found.gap, run.gap);
          return;
        }
        const pc = connectors[p.connector]!;
        const qc = connectors[q.connector]!;
        byLine.set(id, {
          parts: [key(p.part), key(q.part)],
          marks: [pc.mark, qc.mark],
          gap: run.gap,
          length: run.length,
          at: roundPoint(run.at),
          sharedEnd: shareEnd(pc.points, qc.points),
        });
        return;
      }
      const at = properCrossing(p.a, p.b, q.a, q.b, CROSSING_END_CLEARANCE, [p.aIsEnd, p.bIsEnd, q.aIsEnd, q.bIsEnd]);
      if (!at || !crossesAtJoints(p, q, at) || !crossesAtJoints(q, p, at)) return;
      const seen = `${p.connector}|${q.connector}|${Math.round(at[0])}|${Math.round(at[1])}`;
      if (crossingsSeen.has(seen)) return;
      crossingsSeen.add(seen);
      crossings.push({ parts: [key(p.part), key(q.part)], marks: [connectors[p.connector]!.mark, connectors[q.connector]!.mark], at: roundPoint(at) });
    });
  });
  const found = [...byLine.entries()];
  const finish = (f: ParallelFinding) => ({ ...f, gap: round(f.gap), length: round(f.length) });
  return {
    overlapping: found.filter(([id]) => id.startsWith('overlap|')).map(([, f]) => finish(f)),
    nearParallel: found.filter(([id]) => id.startsWith('near|')).map(([, f]) => finish(f)),
    crossings,
  };
}

/**
 * A line through a polyline's joint crosses it only if the polyline's pieces on either side of
 * the joint lie on opposite sides of the line: a polyline turning onto the line, or touching it
 * at a corner, merges or touches, it does not cross.
 */
function crossesAtJoints(s: Segment, other: Segment, at: Point): boolean {
  const around = !s.aIsEnd && s.prev && distance(s.a, at) <= CROSSING_END_CLEARANCE ? [s.prev, s.b] : !s.bIsEnd && s.next && distance(s.b, at) <= CROSSING_END_CLEARANCE ? [s.a, s.next] : undefined;
  if (!around) return true;
  const dx = other.b[0] - other.a[0];
  const dy = other.b[1] - other.a[1];
  const length = Math.hypot(dx, dy);
  const side = (p: Point) => (dx * (p[1] - other.a[1]) - dy * (p[0] - other.a[0])) / length;
  const before = side(around[0]!);
  const after = side(around[1]!);
  return Math.abs(before) > 0.01 && Math.abs(after) > 0.01 && Math.sign(before) !== Math.sign(after);
}

/** The straight line a segment lies on, to the nearest degree and unit: pieces of one line share it. */
function lineId(a: Point, b: Point): string {
  let angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
  if (angle < 0) angle += Math.PI;
  if (angle >= Math.PI - 1e-9) angle -= Math.PI;
  const offset = -Math.sin(angle) * a[0] + Math.cos(angle) * a[1];
  return `${Math.round((angle * 180) / Math.PI) % 180}:${Math.round(offset)}`;
}

function shareEnd(p: readonly Point[], q: readonly Point[]): boolean {
  const ends = (pts: readonly Point[]) => [pts[0]!, pts[pts.length - 1]!];
  return ends(p).some((e) => ends(q).some((f) => distance(e, f) <= COLLINEAR));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundPoint(p: Point): Point {
  return [round(p[0]), round(p[1])];
}
