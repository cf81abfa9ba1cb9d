import { outputText } from '../model/textHygiene';
import type { Primitive, Scene } from '../drawing/scene';
import { FONT_FAMILY } from '../metrics/figureSizes';

export interface FontFace {
  family: string;
  weight: number;
  dataBase64: string;
  format: 'truetype';
}

export interface SvgOptions {
  /** Fonts embedded as data URLs, so the file reads the same on any machine. */
  fontFaces?: FontFace[];
  /** Background fill; white unless given. */
  background?: string;
  /**
   * The printed width in millimetres: the file then states its physical size (width and height
   * in mm), so a word processor places it at that size. Without it, one unit is one pixel.
   */
  widthMm?: number;
  /**
   * The figure's text alternative, for screen readers and for a word processor's alt text:
   * `title` the short one (one or two sentences), `description` the long one. The root is
   * then labelled by them (role="img", aria-labelledby).
   */
  title?: string;
  description?: string;
}

/** The ids of the accessible title and description inside an exported SVG. */
export const SVG_TITLE_ID = 'genogram-title';
export const SVG_DESC_ID = 'genogram-desc';

/**
 * The Scene as a standalone SVG document. Every attribute and text node is escaped, so
 * names such as "<script>" come out as text; there are no event attributes, no links and
 * no external references (fonts are embedded as data URLs).
 */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const { x, y, width, height } = scene.bounds;
  const w = round(width);
  const h = round(height);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  const size = options.widthMm && width > 0 ? `width="${round(options.widthMm)}mm" height="${round((options.widthMm * height) / width)}mm"` : `width="${w}px" height="${h}px"`;
  const title = options.title?.trim();
  const desc = options.description?.trim();
  const labelledBy = [title ? SVG_TITLE_ID : '', desc ? SVG_DESC_ID : ''].filter(Boolean).join(' ');
  const a11y = ` role="img"${labelledBy ? ` aria-labelledby="${labelledBy}"` : ''}`;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" ${size} viewBox="${round(x)} ${round(y)} ${w} ${h}"${a11y} font-family="${attr(`${FONT_FAMILY}, sans-serif`)}">`);
  if (title) out.push(`<title id="${SVG_TITLE_ID}">${text(title)}</title>`);
  if (desc) out.push(`<desc id="${SVG_DESC_ID}">${text(desc)}</desc>`);
  const faces = options.fontFaces ?? [];
  if (faces.length) {
    const css = faces
      .map((f) => {
        if (!/^[A-Za-z0-9+/=]*$/.test(f.dataBase64)) throw new Error(`Font "${f.family}" ${f.weight}: dataBase64 is not base64`);
        return `@font-face{font-family:"${cssString(f.family)}";font-weight:${Math.round(f.weight)};src:url(data:font/ttf;base64,${f.dataBase64}) format("${f.format}");}`;
      })
      .join('');
    out.push(`<style>${css}</style>`);
  }
  out.push(`<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" fill="${attr(options.background ?? '#ffffff')}"/>`);
  for (const group of scene.groups) {
    out.push(`<g data-key="${attr(group.key)}" data-kind="${group.kind}">`);
    for (const p of group.items) out.push(primitiveToSvg(p));
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function paintAttrs(p: Exclude<Primitive, { type: 'text' }>): string {
  const parts = [`fill="${attr(p.fill ?? 'none')}"`];
  if (p.stroke) {
    parts.push(`stroke="${attr(p.stroke)}"`, `stroke-width="${round(p.strokeWidth ?? 1)}"`);
    if (p.dash) parts.push(`stroke-dasharray="${attr(p.dash)}"`);
  }
  return parts.join(' ');
}

export function primitiveToSvg(p: Primitive): string {
  switch (p.type) {
    case 'rect':
      return `<rect x="${round(p.x)}" y="${round(p.y)}" width="${round(p.width)}" height="${round(p.height)}"${p.rx ? ` rx="${round(p.rx)}"` : ''} ${paintAttrs(p)}/>`;
    case 'circle':
      return `<circle cx="${round(p.cx)}" cy="${round(p.cy)}" r="${round(p.r)}" ${paintAttrs(p)}/>`;
    case 'line':
      return `<line x1="${round(p.x1)}" y1="${round(p.y1)}" x2="${round(p.x2)}" y2="${round(p.y2)}" ${paintAttrs(p)}/>`;
    case 'polyline':
      return `<polyline points="${p.points.map(([a, b]) => `${round(a)},${round(b)}`).join(' ')}" ${paintAttrs(p)}/>`;
    case 'path':
      return `<path d="${attr(p.d)}"${p.fillRule ? ` fill-rule="${p.fillRule}"` : ''} ${paintAttrs(p)}/>`;
    case 'text': {
      const anchor = p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`;
      const halo = p.halo ? ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : '';
      const italic = p.italic ? ' font-style="italic"' : '';
      return `<text x="${round(p.x)}" y="${round(p.y)}" font-size="${round(p.size)}" font-weight="${p.weight}"${anchor}${italic} fill="${attr(p.fill)}"${halo}>${text(outputText(p.text))}</text>`;
    }
  }
}

function round(n: number): number {
  if (!Number.isFinite(n)) throw new Error(`The drawing holds a non-finite number (${n}); the layout gave a bad position`);
  return Math.round(n * 100) / 100;
}

/** Removes characters XML 1.0 forbids (control characters, lone surrogates) and escapes markup. */
function text(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;');
}

function cssString(s: string): string {
  return s.replace(/[^A-Za-z0-9 _-]/g, '');
}
