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
  /** Left-to-right order of persons per row, kept so the next layout can stay stable. */
  rowOrder: Id[][];
}
