// (d) lines through person symbols.

import type { Point } from '../drawing/scene';
import { distancePointToSegment, growRect, segmentInRect, segmentReachesInsideConvex } from './geometry';
import type { GridIndex } from './gridIndex';
import { distanceToOutline, type PersonSymbol, type SceneParts } from './sceneParts';

/** A line must reach this far inside a symbol's outline to go through it (not graze it). */
export const SYMBOL_DEPTH = 2;
/** A segment end this close to a symbol (or inside it) is a line arriving at that symbol. */
export const END_AT_SYMBOL = 3;

export interface LineThroughSymbolFinding {
  /** The person whose symbol the line goes through. */
  person: string;
  part: string;
  mark: string;
  /** The segment's point nearest the symbol's centre. */
  at: Point;
}

export function checkSymbols(sp: SceneParts, segmentGrid: GridIndex): LineThroughSymbolFinding[] {
  const found: LineThroughSymbolFinding[] = [];
  for (const symbol of sp.symbols) {
    const partsSeen = new Set<number>();
    segmentGrid.near(growRect(symbol.rect, -SYMBOL_DEPTH), (j) => {
      const s = sp.segments[j]!;
      if (partsSeen.has(s.part)) return;
      if (distanceToOutline(s.a, symbol.outline) <= END_AT_SYMBOL || distanceToOutline(s.b, symbol.outline) <= END_AT_SYMBOL) return;
      if (!reachesInside(s.a, s.b, symbol)) return;
      partsSeen.add(s.part);
      found.push({ person: symbol.person, part: sp.parts[s.part]!.key, mark: sp.connectors[s.connector]!.mark, at: nearestPoint(s.a, s.b, centreOf(symbol)) });
    });
  }
  return found;
}

function reachesInside(a: Point, b: Point, symbol: PersonSymbol): boolean {
  const o = symbol.outline;
  switch (o.kind) {
    case 'rect':
      return segmentInRect(a, b, growRect(o.rect, -SYMBOL_DEPTH)) !== undefined;
    case 'circle':
      return o.r > SYMBOL_DEPTH && distancePointToSegment([o.cx, o.cy], a, b) < o.r - SYMBOL_DEPTH;
    case 'polygon':
      return segmentReachesInsideConvex(a, b, o.points, SYMBOL_DEPTH);
  }
}

function centreOf(symbol: PersonSymbol): Point {
  return [(symbol.rect.x0 + symbol.rect.x1) / 2, (symbol.rect.y0 + symbol.rect.y1) / 2];
}

function nearestPoint(a: Point, b: Point, p: Point): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return [Math.round((a[0] + t * dx) * 100) / 100, Math.round((a[1] + t * dy) * 100) / 100];
}
