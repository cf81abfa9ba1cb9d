// The exported SVG's own size, read from its root element: sceneToSvg may add
// a margin around the scene's bounds, and the raster must cover exactly what
// the file declares. Only the root tag is read, which user text never reaches.

export interface SvgSize {
  width: number;
  height: number;
}

function numberAttribute(tag: string, name: string): number | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.eE+-]+)\\s*(px)?\\s*["']`).exec(tag);
  const value = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function svgSize(svg: string): SvgSize {
  const start = svg.search(/<svg[\s>]/);
  const end = start < 0 ? -1 : svg.indexOf('>', start);
  if (start < 0 || end < 0) throw new Error('The exported figure is not an SVG document (no <svg> root element).');
  const tag = svg.slice(start, end);
  const width = numberAttribute(tag, 'width');
  const height = numberAttribute(tag, 'height');
  if (width !== undefined && height !== undefined) return { width, height };
  const viewBox = /\sviewBox\s*=\s*["']([^"']*)["']/.exec(tag)?.[1]?.trim().split(/[\s,]+/).map(Number);
  const [, , vbWidth, vbHeight] = viewBox ?? [];
  if (vbWidth !== undefined && vbHeight !== undefined && vbWidth > 0 && vbHeight > 0) return { width: vbWidth, height: vbHeight };
  throw new Error('The exported SVG declares no size (no width and height, and no usable viewBox).');
}
