// How many pixels a PNG export gets, decided before any canvas exists so that
// the browser is never asked for a surface it cannot make. Chromium refuses
// canvases beyond 16,384 px a side or ~268 M px in area, and an RGBA surface
// costs 4 bytes a pixel, so a cap well under the area limit keeps large
// families from exhausting memory. When the wish exceeds a cap the whole
// figure is scaled down (never clipped) and the written resolution is lowered
// to match, so the picture still lands at the requested printed width.

import { CM_PER_INCH, DEFAULT_DPI, DEFAULT_WIDTH_CM, MAX_PIXEL_AREA, MAX_PIXEL_SIDE, pngPixelSize } from './png';

export { DEFAULT_DPI, DEFAULT_WIDTH_CM };
export const MAX_CANVAS_SIDE = MAX_PIXEL_SIDE;
/** 64 M px: 256 MB of RGBA, about a quarter of Chromium's own area limit. */
export const MAX_CANVAS_AREA = MAX_PIXEL_AREA;

export interface RasterRequest {
  /** Size of the figure in SVG user units (its viewBox). */
  figureWidth: number;
  figureHeight: number;
  /** Printed width wanted, in centimetres. */
  widthCm: number;
  /** Resolution wanted, in dots per inch. */
  dpi: number;
}

export interface RasterLimits {
  maxSide: number;
  maxArea: number;
}

export interface RasterPlan {
  pixelWidth: number;
  pixelHeight: number;
  /** Pixels per SVG user unit. */
  scale: number;
  /** The resolution to write into pHYs: lower than asked when the size was reduced. */
  dpi: number;
  /** True when a browser limit forced fewer pixels than asked for. */
  reduced: boolean;
  /** Says what was reduced and why, for the dialog. */
  note?: string;
}

export const WIDTH_CM_RANGE = { min: 1, max: 500 } as const;
export const DPI_RANGE = { min: 30, max: 2400 } as const;

/** Reasons a request cannot be planned, worded for the export dialog; empty when it can. */
export function rasterRequestProblems(request: RasterRequest): string[] {
  const problems: string[] = [];
  const { figureWidth, figureHeight, widthCm, dpi } = request;
  if (!Number.isFinite(widthCm) || widthCm < WIDTH_CM_RANGE.min || widthCm > WIDTH_CM_RANGE.max) {
    problems.push(`Width must be a number of centimetres from ${WIDTH_CM_RANGE.min} to ${WIDTH_CM_RANGE.max} (got ${String(widthCm)}).`);
  }
  if (!Number.isFinite(dpi) || dpi < DPI_RANGE.min || dpi > DPI_RANGE.max) {
    problems.push(`Resolution must be from ${DPI_RANGE.min} to ${DPI_RANGE.max} dpi (got ${String(dpi)}).`);
  }
  if (!(figureWidth > 0) || !(figureHeight > 0) || !Number.isFinite(figureWidth) || !Number.isFinite(figureHeight)) {
    problems.push(`The figure has no drawable size (${String(figureWidth)} × ${String(figureHeight)}).`);
  }
  return problems;
}

export function pixelsForWidth(widthCm: number, dpi: number): number {
  return pngPixelSize(widthCm, dpi);
}

export function planRaster(request: RasterRequest, limits: RasterLimits = { maxSide: MAX_CANVAS_SIDE, maxArea: MAX_CANVAS_AREA }): RasterPlan {
  const problems = rasterRequestProblems(request);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const { figureWidth, figureHeight, widthCm, dpi } = request;
  const wantedWidth = pixelsForWidth(widthCm, dpi);
  let scale = wantedWidth / figureWidth;
  const reasons: string[] = [];
  if (figureHeight * scale > limits.maxSide || figureWidth * scale > limits.maxSide) {
    scale = Math.min(scale, limits.maxSide / figureWidth, limits.maxSide / figureHeight);
    reasons.push(`${limits.maxSide.toLocaleString('en-GB')} pixels a side`);
  }
  if (figureWidth * scale * figureHeight * scale > limits.maxArea) {
    scale = Math.min(scale, Math.sqrt(limits.maxArea / (figureWidth * figureHeight)));
    reasons.push(`${Math.round(limits.maxArea / 1e6)} million pixels`);
  }
  // Rounding up could cross a limit again, so round down once reduced; never below one pixel.
  const round = reasons.length > 0 ? Math.floor : Math.round;
  const pixelWidth = Math.max(1, round(figureWidth * scale));
  const pixelHeight = Math.max(1, round(figureHeight * scale));
  if (reasons.length === 0) return { pixelWidth, pixelHeight, scale, dpi, reduced: false };
  const effectiveDpi = pixelWidth / (widthCm / CM_PER_INCH);
  return {
    pixelWidth,
    pixelHeight,
    scale,
    dpi: effectiveDpi,
    reduced: true,
    note:
      `The figure is too large for ${wantedWidth.toLocaleString('en-GB')} pixels across at ${dpi} dpi ` +
      `(the browser allows at most ${reasons.join(' and ')}), so the whole figure is drawn at ` +
      `${pixelWidth.toLocaleString('en-GB')} × ${pixelHeight.toLocaleString('en-GB')} pixels (${Math.round(effectiveDpi)} dpi at ${widthCm} cm). ` +
      'Nothing is cut off; export SVG for full detail.',
  };
}
