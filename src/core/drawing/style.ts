// Paint used across the figure. Meaning is carried by shape, dash and hatching, never by
// colour alone, so the figure reads the same printed in greyscale.

export const INK = '#000000';
export const SHADE = '#8c8c8c';
export const PAPER = '#ffffff';
export const FAINT_INK = '#555555';

export const STROKE = 1.5;
export const THIN = 1;

export const DASHED = '7 4';
export const DOTTED = '1.5 3';
export const LONG_DASH = '12 6';
export const DASH_DOT = '10 3 2 3';
export const PLACEHOLDER_DASH = '4 3';
export const HOUSEHOLD_DOTS = '2 4';

export const TEXT_SIZE = 12;
export const SMALL_TEXT = 10;
