// Vertical placement of what surrounds a symbol, shared by the person drawing and the
// partner lines (which run in the band between the symbol and the name).

/** Partner lines run this far below the symbols, stepping down by PARTNER_STEP per level. */
export const PARTNER_DROP = 7;
export const PARTNER_STEP = 5;
export const PARTNER_LEVELS = 4;
/** Name baseline below the symbol's bottom, under the lowest partner line level. */
export const NAME_OFFSET = PARTNER_DROP + PARTNER_STEP * (PARTNER_LEVELS - 1) + 13;
export const LINE_GAP = 14;
/** Width a name may take under its symbol before it wraps. */
export const LABEL_WIDTH = 112;
