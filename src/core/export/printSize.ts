import type { Scene } from '../drawing/scene';

// The printed size of a figure, chosen so its smallest text can be read: a report's figure is
// read on paper, and text under 7 pt is not legible to many readers (and fails the
// accessibility rules for published reports). Sizes are the usable widths of the pages a
// report is printed on.

/** The least legible size of printed text, in points. */
export const MIN_TEXT_PT = 7;
const PT_PER_CM = 72 / 2.54;

export interface PrintWidth {
  cm: number;
  label: string;
}

/** Usable widths of the pages reports use (A4 and A3 less their margins). */
export const PAGE_WIDTHS: readonly PrintWidth[] = [
  { cm: 16, label: 'A4 portrait' },
  { cm: 24, label: 'A4 landscape' },
  { cm: 27, label: 'A3 portrait' },
  { cm: 38, label: 'A3 landscape' },
];

/** Size of the smallest text in the figure, in its own units (0 if it has none). */
export function smallestText(scene: Scene): number {
  let min = Infinity;
  for (const g of scene.groups) for (const item of g.items) if (item.type === 'text' && item.text.trim()) min = Math.min(min, item.size);
  return Number.isFinite(min) ? min : 0;
}

/** The smallest text's printed size, in points, with the figure printed `widthCm` wide. */
export function smallestTextPt(scene: Scene, widthCm: number): number {
  const units = smallestText(scene);
  if (!units || !(scene.bounds.width > 0)) return Infinity;
  return (units * widthCm * PT_PER_CM) / scene.bounds.width;
}

/** The printed width at which the smallest text is exactly `pt` points (rounded up to half a centimetre). */
export function widthForText(scene: Scene, pt = MIN_TEXT_PT): number {
  const units = smallestText(scene);
  if (!units) return PAGE_WIDTHS[0]!.cm;
  return Math.ceil(((pt * scene.bounds.width) / (units * PT_PER_CM)) * 2) / 2;
}

export interface ChosenWidth {
  cm: number;
  /** What the width is: a page's, or larger than A3 (print on a bigger sheet or across pages). */
  label: string;
  smallestPt: number;
  /** True when even the largest page would print text under the minimum. */
  beyondPages: boolean;
}

/**
 * The narrowest page width at which the smallest text prints at 7 pt or more; for figures too
 * wide for A3 landscape, the width that prints it at exactly 7 pt, said to be beyond A3.
 */
export function chooseWidth(scene: Scene): ChosenWidth {
  for (const page of PAGE_WIDTHS) {
    const pt = smallestTextPt(scene, page.cm);
    if (pt >= MIN_TEXT_PT) return { cm: page.cm, label: page.label, smallestPt: pt, beyondPages: false };
  }
  const cm = widthForText(scene);
  return { cm, label: 'wider than A3: a larger sheet, or across pages', smallestPt: smallestTextPt(scene, cm), beyondPages: true };
}

/** What the export dialog and the command line say about a width: "smallest text 7.4 pt". */
export function describeTextSize(scene: Scene, widthCm: number): string {
  const pt = smallestTextPt(scene, widthCm);
  if (!Number.isFinite(pt)) return 'no text';
  const shown = pt >= 10 ? Math.round(pt) : Math.round(pt * 10) / 10;
  return pt < MIN_TEXT_PT ? `smallest text ${shown} pt: too small to read in print (at least ${MIN_TEXT_PT} pt wanted)` : `smallest text ${shown} pt`;
}
