// Figure items drawn over the legend, the title or the caption.

import { rectOverlap, segmentInRect } from './geometry';
import type { GridIndex } from './gridIndex';
import type { SceneParts } from './sceneParts';

export interface LegendClashFinding {
  /** The legend, title or caption group's key. */
  block: string;
  /** What lies over it: "symbol of <person>", "text "<text>" (<mark>)", "<part> <mark>". */
  item: string;
}

/** Once per figure item (a symbol, a text, a connector line) and block it overlaps. */
export function checkLegendClash(sp: SceneParts, textGrid: GridIndex, segmentGrid: GridIndex): LegendClashFinding[] {
  const found: LegendClashFinding[] = [];
  for (const block of sp.blocks) {
    for (const symbol of sp.symbols) {
      const o = rectOverlap(symbol.rect, block.rect);
      if (o.x > 0 && o.y > 0) found.push({ block: block.key, item: `symbol of ${symbol.person}` });
    }
    textGrid.near(block.rect, (j) => {
      const t = sp.texts[j]!;
      const o = rectOverlap(t.rect, block.rect);
      if (o.x > 0 && o.y > 0) found.push({ block: block.key, item: `text ${JSON.stringify(t.text)} (${t.mark})` });
    });
    const connectorsSeen = new Set<number>();
    segmentGrid.near(block.rect, (j) => {
      const s = sp.segments[j]!;
      if (connectorsSeen.has(s.connector) || !segmentInRect(s.a, s.b, block.rect)) return;
      connectorsSeen.add(s.connector);
      found.push({ block: block.key, item: `${sp.parts[s.part]!.key} ${sp.connectors[s.connector]!.mark}` });
    });
  }
  return found;
}
