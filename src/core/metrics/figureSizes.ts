// Sizes shared by the layout (which reserves the space) and the drawing (which fills it).
// In SVG user units; 1 unit is drawn as 1 CSS pixel on the canvas.

/** Side of a person's symbol (square, circle, diamond). */
export const SYMBOL_SIZE = 40;
/** Width reserved for one person, symbol and label text included. */
export const PERSON_CELL_WIDTH = 120;
/** Height reserved for one person: year labels above, symbol, two text lines and badges below. */
export const PERSON_CELL_HEIGHT = 110;
/** Distance between generation rows (top of one symbol to the top of the next row's). */
export const ROW_HEIGHT = 190;
/** Font size of names and labels. */
export const FONT_SIZE = 12;
export const FONT_FAMILY = 'Atkinson Hyperlegible';
