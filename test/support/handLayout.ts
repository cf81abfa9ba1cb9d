import type { LayoutResult, PersonBox } from '../../src/core/layout/types';

/** A layout made by hand for a test: the given boxes, and nothing routed (the drawing draws such lines straight). */
export function handLayout(boxes: Map<string, PersonBox>, extra: Partial<LayoutResult> = {}): LayoutResult {
  const all = [...boxes.values()];
  return {
    boxes,
    rowY: [...new Set(all.map((b) => b.y))].sort((a, b) => a - b),
    birthOrderNumbers: new Map(),
    bounds: { x: 0, y: 0, width: 1000, height: 1000 },
    rowOrder: [],
    engine: 'own',
    partnerLines: new Map(),
    connectors: [],
    warnings: [],
    ...extra,
  };
}
