// Where a text's glyphs put ink, estimated without a DOM.
//
// Width: the project's own estimate (metrics/textMetrics.ts textWidth, Atkinson Hyperlegible
// advance widths rounded up), placed by the text's anchor. Height: measured from the baseline,
// ascent TEXT_ASCENT × size (capitals, digits and ascenders of Atkinson Hyperlegible reach about
// 0.7 em; 0.72 leaves a little for rounding) and descent TEXT_DESCENT × size, only when the text
// holds a glyph that goes below the baseline (g j p q y, brackets, commas); otherwise nothing
// below the baseline. This is the ink, not the font's line box: two lines of text 14 units apart
// at 12 units do not touch, and a line running just under digits does not go through them.
// The white halo some texts carry is not counted: it hides lines, it does not make text.

import type { TextPrimitive } from '../drawing/scene';
import { textWidth } from '../metrics/textMetrics';
import type { Rect } from './geometry';

export const TEXT_ASCENT = 0.72;
export const TEXT_DESCENT = 0.21;
const DESCENDERS = /[gjpqyQ(),;[\]{}|_@§µ]/;

export function textInkRect(t: TextPrimitive): Rect {
  const width = textWidth(t.text, t.size, t.weight);
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  const descent = DESCENDERS.test(t.text) ? TEXT_DESCENT * t.size : 0;
  return { x0, y0: t.y - TEXT_ASCENT * t.size, x1: x0 + width, y1: t.y + descent };
}
