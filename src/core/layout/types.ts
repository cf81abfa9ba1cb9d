import type { Id } from '../model/types';

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

export interface LayoutResult extends LayoutExtras {
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
  /** Left-to-right order of persons per row, kept so the next layout can stay stable. */
  rowOrder: Id[][];
}

/**
 * Optional extras added by the automatic layout (backward-compatible: readers
 * of LayoutResult that do not know them can ignore them).
 */
export interface LayoutExtras {
  /**
   * Partner lines that pass over another symbol of the same partner block get
   * a step level (1, 2, …): the drawing lowers such a line by that many steps so
   * it never crosses a symbol. Keyed by coupleKey(a, b); absent or 0 = not stepped.
   */
  partnerLineSteps?: Map<string, number>;
  /** What the layout had to compromise on (e.g. fell back to a simple placement). */
  warnings?: string[];
}

/** Key of a couple for partnerLineSteps, independent of which partner is named first. */
export function coupleKey(a: Id, b: Id): string {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}
