/** A point of a drawn line. */
export type RoutePoint = [number, number];

/** The lines of one link family of the order model, as placed and routed. */
export interface FamilyRoute {
  /** From the point the lines leave (bottom of the parents' node, or a lane) down to the bar (absent for carers' lines). */
  drop: RoutePoint[];
  /** Sibling bar: its height and extent (absent for carers' lines, which run to each child on their own). */
  bar?: { y: number; x0: number; x1: number };
  /** Per kid of the family (parallel to its kids): from the bar (or the carers) down to the top of the kid's node. */
  kids: RoutePoint[][];
}

/** Where a placement engine put the entries of each row. */
export interface PlacedRows {
  engine: 'elk' | 'own';
  /** Left edge of each entry, per row (entries as in the plan). */
  entryX: number[][];
  warnings: string[];
}

/** Placed and routed: the rows' heights and every family's lines. */
export interface Placement extends PlacedRows {
  /** Top of each row's nodes (the years band above the symbols). */
  rowTop: number[];
  /** Per link family of the order model, in the model's numbering. */
  routes: (FamilyRoute | undefined)[];
}
