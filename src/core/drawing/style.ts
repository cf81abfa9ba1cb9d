// Paint used across the figure. Meaning is carried by shape, dash and hatching, never by
// colour alone, so the figure reads the same printed in greyscale.

export const INK = '#000000';
export const SHADE = '#8c8c8c';
export const PAPER = '#ffffff';

export const STROKE = 1.5;

export const DASHED = '7 4';
export const DOTTED = '2 3';
export const LONG_DASH = '12 6';
export const DASH_DOT = '10 3 2 3';
export const PLACEHOLDER_DASH = '4 3';
/** Household outlines: finer, greyer dots than a short-term partner line, and always a closed shape. */
export const HOUSEHOLD_DOTS = '1.2 3.5';
export const HOUSEHOLD_INK = '#444444';
export const HOUSEHOLD_WIDTH = 1.2;
export const HOUSEHOLD_EMPHASISED_DOTS = '2.5 3.5';
export const HOUSEHOLD_EMPHASISED_WIDTH = 2.8;

export { TEXT_SIZE, SMALL_TEXT } from '../metrics/figureSizes';
