import type { Id, ParentLinkKind } from '../model/types';

/** Where one person's symbol sits. x, y are the top-left corner of the symbol square. */
export interface PersonBox {
  id: Id;
  x: number;
  y: number;
  /** Symbol size (pregnancy losses may be smaller than SYMBOL_SIZE). */
  size: number;
  /** Generation row, 0 at the top. */
  row: number;
}

export type Point = [number, number];

/** A partner line as the layout made room for it. */
export interface PartnerLinePlan {
  /** 0: straight under the two symbols; 1, 2: stepped down under the people standing between them. */
  level: number;
  /** Where the children's line leaves the partner line (x). */
  dropX: number;
}

/**
 * The lines from one set of parents (or carers) to their children, as placed and routed:
 * every line runs between rows, clear of symbols and names, and two sibships' bars are on
 * separate tracks (or apart) where they share a gap.
 */
export interface Connector {
  kind: ParentLinkKind;
  /** The parents or carers the lines come from (one or two persons). */
  parents: Id[];
  /** From the point on the partner line (or beside a lone parent) down to the sibling bar (or, for carers, to where the lines part). */
  drop: Point[];
  /** A lone parent's line out of the side of the symbol to the drop. */
  lead?: Point[];
  bar?: { y: number; x0: number; x1: number };
  /** Each child's line, from the bar (or the drop's foot) to the top of the child's symbol. */
  kids: { id: Id; route: Point[] }[];
}

/** How the in-row order scored (see src/core/layout/order/objective.ts), and how sure that is. */
export interface OrderReport {
  /** The objective's five terms: sibships, birth order, partners, crossings, length. */
  cost: number[];
  /**
   * Connected parts whose order was proven optimal; proven on every term but length; searched
   * but not proven; ordered by the heuristic only (too large for the exact search).
   */
  proven: number;
  lengthUnproven: number;
  unproven: number;
  heuristic: number;
}

export interface LayoutResult {
  boxes: Map<Id, PersonBox>;
  /** y of the top of each generation row's symbols, by row number. */
  rowY: number[];
  /**
   * Children whose sibship could not be kept in birth order: each gets its
   * 1-based birth-order number drawn beside it (NOTATION: "small birth-order numbers").
   */
  birthOrderNumbers: Map<Id, number>;
  /** Bounding box of all symbols (not labels). */
  bounds: { x: number; y: number; width: number; height: number };
  /** Left-to-right order of persons per row. */
  rowOrder: Id[][];
  /** Which engine placed the rows and routed the lines: ELK, or the project's own placement. */
  engine: 'elk' | 'own';
  /** Partner lines by coupleKey. */
  partnerLines: Map<string, PartnerLinePlan>;
  /**
   * Per row: where the names start below the symbols' bottom (under the row's partner lines),
   * and the baseline of the band for stepped partner lines' dates, if the row has one.
   */
  rowBands?: { nameOffset: number; labelBaseline?: number }[];
  connectors: Connector[];
  order?: OrderReport;
  /** What the layout had to compromise on (e.g. fell back to its own placement). */
  warnings: string[];
}

/** Key of a couple for partnerLines, independent of which partner is named first. */
export function coupleKey(a: Id, b: Id): string {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}
