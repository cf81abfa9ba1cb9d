// (b) texts over texts and (c) lines through texts.

import type { Point } from '../drawing/scene';
import { growRect, rectOverlap, segmentInRect, type Rect } from './geometry';
import type { GridIndex } from './gridIndex';
import type { SceneParts, TextItem } from './sceneParts';

/** Two texts must overlap by more than this both ways to collide (antialiasing, rounding). */
export const TEXT_OVERLAP = 0.5;
/** A line must pass this far inside a text's ink box to go through it. */
export const TEXT_INSET = 0.5;

export interface TextRef {
  part: string;
  mark: string;
  text: string;
  rect: Rect;
}

export interface TextOverlapFinding {
  texts: [TextRef, TextRef];
  overlap: { x: number; y: number };
}

export interface LineThroughTextFinding {
  text: TextRef;
  /** The part whose line goes through the text. */
  part: string;
  mark: string;
  at: Point;
}

export interface TextFindings {
  textOverlaps: TextOverlapFinding[];
  linesThroughText: LineThroughTextFinding[];
  /** Informational: a part's line through that part's own text (a partnership's label on its own line). */
  ownLinesThroughText: LineThroughTextFinding[];
}

export function checkTexts(sp: SceneParts, textGrid: GridIndex, segmentGrid: GridIndex): TextFindings {
  const ref = (t: TextItem): TextRef => ({ part: sp.parts[t.part]!.key, mark: t.mark, text: t.text, rect: roundRect(t.rect) });
  const textOverlaps: TextOverlapFinding[] = [];
  sp.texts.forEach((t, i) => {
    textGrid.near(t.rect, (j) => {
      if (j <= i) return;
      const u = sp.texts[j]!;
      const o = rectOverlap(t.rect, u.rect);
      // Compared at a millionth of a unit: where the figure stands must not tip a tie (moved, 0.5 became 0.50000000001).
      if (snap(o.x) > TEXT_OVERLAP && snap(o.y) > TEXT_OVERLAP) textOverlaps.push({ texts: [ref(t), ref(u)], overlap: { x: round(o.x), y: round(o.y) } });
    });
  });

  const linesThroughText: LineThroughTextFinding[] = [];
  const ownLinesThroughText: LineThroughTextFinding[] = [];
  for (const t of sp.texts) {
    // Texts inside a symbol (ages, "?") are covered by the lines-through-symbols count.
    if (t.insideSymbol) continue;
    const inner = growRect(t.rect, -TEXT_INSET);
    const partsSeen = new Set<number>();
    segmentGrid.near(inner, (j) => {
      const s = sp.segments[j]!;
      if (partsSeen.has(s.part)) return;
      const piece = segmentInRect(s.a, s.b, inner);
      if (!piece) return;
      partsSeen.add(s.part);
      const at: Point = [round((piece[0][0] + piece[1][0]) / 2), round((piece[0][1] + piece[1][1]) / 2)];
      const finding = { text: ref(t), part: sp.parts[s.part]!.key, mark: sp.connectors[s.connector]!.mark, at };
      (s.part === t.part ? ownLinesThroughText : linesThroughText).push(finding);
    });
  }
  return { textOverlaps, linesThroughText, ownLinesThroughText };
}

/** A length to a millionth of a unit, for comparisons that must not depend on floating-point noise. */
function snap(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundRect(r: Rect): Rect {
  return { x0: round(r.x0), y0: round(r.y0), x1: round(r.x1), y1: round(r.y1) };
}
