import type { Scene } from './scene';

/**
 * Every straight stretch of a partner or child line that passes through someone's symbol
 * (other than by ending at its edge): the convention is that no such line ever does.
 * A line only touching a symbol within `pad` of its border does not count.
 */
export function linesThroughSymbols(scene: Scene, pad = 2): { line: string; person: string }[] {
  const symbols = scene.groups.filter((g) => g.kind === 'person' && g.symbolBox);
  const found: { line: string; person: string }[] = [];
  for (const g of scene.groups) {
    if (g.kind !== 'children' && g.kind !== 'partnership') continue;
    for (const item of g.items) {
      const points: (readonly [number, number])[] =
        item.type === 'line' ? [[item.x1, item.y1], [item.x2, item.y2]] : item.type === 'polyline' ? item.points : [];
      for (let i = 1; i < points.length; i++) {
        const [x1, y1] = points[i - 1]!;
        const [x2, y2] = points[i]!;
        for (const s of symbols) {
          const b = s.symbolBox!;
          const left = b.x + pad;
          const right = b.x + b.width - pad;
          const top = b.y + pad;
          const bottom = b.y + b.height - pad;
          const vertical = x1 === x2 && x1 > left && x1 < right && Math.min(y1, y2) < bottom && Math.max(y1, y2) > top;
          const horizontal = y1 === y2 && y1 > top && y1 < bottom && Math.min(x1, x2) < right && Math.max(x1, x2) > left;
          if (vertical || horizontal) found.push({ line: `${g.key} ${item.mark ?? item.type}`, person: s.refId ?? s.key });
        }
      }
    }
  }
  return found;
}
