import { displayName } from '../model/documentIndex';
import type { Person } from '../model/types';
import { badgesOf } from '../model/badges';
import { LABEL_WIDTH, LINE_GAP, NAME_LINES, NAME_OFFSET, PARTNER_DROP, PARTNER_STEP, SMALL_LINE, SYMBOL_SIZE, TEXT_SIZE, SMALL_TEXT } from './figureSizes';
import { textWidth, wrapText } from './textMetrics';

// What a person's drawing takes up around the symbol, shared by the layout (which makes room
// for it) and the drawing (which fills it), so the two can never disagree.

export interface PersonLabel {
  /** The name (or label) as wrapped under the symbol. */
  name: string[];
  /** Optional second line, and the note on sex assigned at birth. */
  second: string[];
  sexNote: string[];
}

export function personLabel(person: Person): PersonLabel {
  return {
    name: wrapText(displayName(person), LABEL_WIDTH, TEXT_SIZE, NAME_LINES),
    second: person.secondLine?.trim() ? wrapText(person.secondLine, LABEL_WIDTH, SMALL_TEXT, 2) : [],
    sexNote: person.sexAtBirthNote?.trim() ? wrapText(person.sexAtBirthNote, LABEL_WIDTH, SMALL_TEXT, 1) : [],
  };
}

/** Lines of text under the symbol. */
export function labelLineCount(label: PersonLabel): number {
  return label.name.length + label.second.length + label.sexNote.length;
}

/**
 * Where the names of a row start (baseline of the first line, below the symbols' bottom): under
 * the row's partner lines, and under a band of `bandLines` lines for the dates of stepped
 * partner lines, when the row has some (the layout makes room for them, row by row).
 */
export function nameOffset(deepestLevel: number, bandLines: number): number {
  return NAME_OFFSET + PARTNER_STEP * deepestLevel + (bandLines > 0 ? bandLines * SMALL_LINE + 4 : 0);
}

/** Baseline of the first line of the band for stepped partner lines' dates, below the symbols' bottom. */
export function labelBandBaseline(deepestLevel: number): number {
  return PARTNER_DROP + PARTNER_STEP * deepestLevel + SMALL_LINE + 1;
}

/**
 * Depth below the symbol's bottom to the bottom of the text under it, for a number of lines;
 * the layout gives every person of a row the depth of the row's fullest label, and always room
 * for a name of NAME_LINES lines (a publication role label may be longer than the name).
 */
export function labelDepth(lines: number, offset: number = NAME_OFFSET): number {
  return offset + (Math.max(lines, NAME_LINES) - 1) * LINE_GAP + 5;
}

/** How far a person's drawing reaches left and right of the symbol's centre (badges, a due date, birth-order numbers). */
export function personReach(person: Person): { left: number; right: number } {
  const badgeWidths = person.pregnancy ? [] : badgesOf(person).map((b) => badgeWidth(b));
  const half = SYMBOL_SIZE / 2 + (person.subject ? 4 : 0);
  let right = Math.max(LABEL_WIDTH / 2, half);
  let left = Math.max(LABEL_WIDTH / 2, half + 18);
  for (const w of badgeWidths) right = Math.max(right, half + 5 + w);
  if (person.pregnancy?.outcome === 'ongoing' && person.pregnancy.expected) right = Math.max(right, half + 4 + textWidth('due 00 Mmm 0000', SMALL_TEXT));
  left = Math.max(left, half);
  return { left, right };
}

/** A badge as drawn beside the symbol: its text (long ones cut) and box width. */
export function badgeText(badge: string): string {
  return badge.length > 8 ? `${badge.slice(0, 7)}…` : badge;
}

export function badgeWidth(badge: string): number {
  return textWidth(badgeText(badge), SMALL_TEXT, 700) + 6;
}
