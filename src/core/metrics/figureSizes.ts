// Sizes shared by the layout (which reserves the space) and the drawing (which fills it).
// In SVG user units; 1 unit is drawn as 1 CSS pixel on the canvas.

/** Side of a person's symbol (square, circle, diamond). */
export const SYMBOL_SIZE = 40;
/** Width reserved for one person, symbol and label text included (wider where badges or a due date need it). */
export const PERSON_CELL_WIDTH = 112;
/** Width a name may take under its symbol before it wraps. */
export const LABEL_WIDTH = 104;
/** Lines a name (or a publication role label) may wrap onto; the layout always leaves room for them. */
export const NAME_LINES = 3;
/** Room above the symbol for the birth and death years (and the subject's double outline). */
export const YEARS_ABOVE = 20;
/** Partner lines run this far below the symbols, stepping down PARTNER_STEP per level (a quarter symbol, so they read as separate lines). */
export const PARTNER_DROP = 7;
export const PARTNER_STEP = 10;
export const PARTNER_LEVELS = 4;
/** Name baseline below the symbol's bottom in a row with no stepped partner lines (see personExtent.ts nameOffset). */
export const NAME_OFFSET = PARTNER_DROP + 15;

export const LINE_GAP = 15;
/** Distance between generation rows in the project's own placement (top of one symbol to the top of the next row's). */
export const ROW_HEIGHT = 190;
/**
 * Font sizes: names and labels; dates, badges and other small text (the smallest text drawn).
 * Large against the symbols on purpose: a figure is read printed, and a review family's figure
 * must fit a landscape page with no text under 7 pt (src/core/export/printSize.ts).
 */
export const TEXT_SIZE = 13;
export const SMALL_TEXT = 12;
/** Line height of the small labels (partnership dates) in the band under stepped partner lines. */
export const SMALL_LINE = SMALL_TEXT + 1;
export const FONT_FAMILY = 'Atkinson Hyperlegible';
