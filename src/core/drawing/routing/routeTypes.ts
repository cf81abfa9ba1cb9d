import type { Box, Point } from '../scene';

/** Directions a route runs in: 0 east (+x), 1 west (−x), 2 south (+y), 3 north (−y). */
export type Direction = 0 | 1 | 2 | 3;


export function reverse(d: Direction): Direction {
  return (d ^ 1) as Direction;
}

/** A place on a symbol's edge where a route may leave it, straight out in `dir`. */
export interface RoutePort {
  edge: Point;
  /** Away from the symbol. */
  dir: Direction;
  /** What leaving here costs over leaving at the best port (in units of length). */
  cost: number;
}

/** One end of a route: a symbol and the person's own labels around it. */
export interface RouteEnd {
  ports: RoutePort[];
  /** The symbol's square: a route leaves it only through a port, straight out for STUB units. */
  symbol: Box;
  /** The person's own labels (years, name, badges): kept clear of, like every obstacle. */
  labels: Box[];
}

/** A line already drawn: a route may cross it but not run alongside it closer than `keepApart`. */
export interface TakenLine {
  from: Point;
  to: Point;
  keepApart: number;
}

export interface RouteRequest {
  from: RouteEnd;
  to: RouteEnd;
  /** Everything the route must not enter (other people's drawings, labels), unpadded. */
  obstacles: ObstacleSource;
  taken: TakenSource;
}

/** Obstacles near a region; a spatial index on big figures, a plain list on small ones. */
export interface ObstacleSource {
  overlapping(region: Box): readonly Box[];
  /** The box around every obstacle (bounds the window growth). */
  extent(): Box | undefined;
}

export interface TakenSource {
  near(region: Box): readonly TakenLine[];
}

/** Counted work, for tests that check the router stays local on big figures. */
export interface RouteWork {
  /** Grid nodes built, summed over attempts. */
  nodes: number;
  /** Search states taken off the queue, summed over attempts. */
  expanded: number;
  /** Windows tried (each a larger one than the last). */
  attempts: number;
}

export interface RouteResult {
  /** Orthogonal polyline from the `from` symbol's edge to the `to` symbol's edge: corners only. */
  points: Point[];
  /** True when the route enters no obstacle. */
  clear: boolean;
  /** True when it keeps its distance from every taken line it runs beside. */
  apart: boolean;
  work: RouteWork;
}
