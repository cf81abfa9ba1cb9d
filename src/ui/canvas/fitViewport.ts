import type { Box } from '../../core/drawing/scene';

export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Screen pixels kept free between the figure and the edge of the free area. */
export const FIT_MARGIN = 24;

/**
 * The parts of the canvas a panel over it (the key) leaves free: the strips beside, above and
 * below it. With no panel, the whole canvas.
 */
export function freeAreas(canvas: ScreenRect, covers: readonly ScreenRect[]): ScreenRect[] {
  let areas: ScreenRect[] = [canvas];
  for (const c of covers) {
    const next: ScreenRect[] = [];
    for (const a of areas) {
      const overlaps = c.left < a.left + a.width && c.left + c.width > a.left && c.top < a.top + a.height && c.top + c.height > a.top;
      if (!overlaps) {
        next.push(a);
        continue;
      }
      const right = a.left + a.width;
      const bottom = a.top + a.height;
      if (c.left > a.left) next.push({ ...a, width: c.left - a.left });
      if (c.left + c.width < right) next.push({ ...a, left: c.left + c.width, width: right - (c.left + c.width) });
      if (c.top > a.top) next.push({ ...a, height: c.top - a.top });
      if (c.top + c.height < bottom) next.push({ ...a, top: c.top + c.height, height: bottom - (c.top + c.height) });
    }
    areas = next;
  }
  return areas.filter((a) => a.width > 0 && a.height > 0);
}

/**
 * The viewport (React Flow's pan and zoom, relative to the canvas's top-left corner) that
 * shows the whole figure, names and outlines included, as large as it fits, up to its natural
 * size, inside the free area that lets it be largest, with a margin all round.
 */
export function fitViewport(figure: Box, canvas: ScreenRect, covers: readonly ScreenRect[], limits: { minZoom: number; maxZoom: number }): Viewport {
  const areas = freeAreas(canvas, covers);
  let best: { area: ScreenRect; zoom: number } | undefined;
  for (const area of areas.length ? areas : [canvas]) {
    const w = Math.max(1, area.width - 2 * FIT_MARGIN);
    const h = Math.max(1, area.height - 2 * FIT_MARGIN);
    const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, Math.min(w / Math.max(1, figure.width), h / Math.max(1, figure.height))));
    if (!best || zoom > best.zoom + 1e-9) best = { area, zoom };
  }
  const { area, zoom } = best!;
  return {
    x: area.left - canvas.left + (area.width - figure.width * zoom) / 2 - figure.x * zoom,
    y: area.top - canvas.top + (area.height - figure.height * zoom) / 2 - figure.y * zoom,
    zoom,
  };
}
