// Fitting the figure to a sheet of paper for the print view: the largest size
// that keeps its proportions inside the printable area, never enlarged beyond
// the paper and never cropped.

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

export const PRINT_MARGIN_MM = 10;

export interface PrintFit {
  pageWidthMm: number;
  pageHeightMm: number;
  marginMm: number;
  /** The figure's printed size. */
  figureWidthMm: number;
  figureHeightMm: number;
}

export function fitToPaper(figureWidth: number, figureHeight: number, paper: PaperSize, orientation: Orientation, marginMm = PRINT_MARGIN_MM): PrintFit {
  if (!(figureWidth > 0) || !(figureHeight > 0) || !Number.isFinite(figureWidth) || !Number.isFinite(figureHeight)) {
    throw new RangeError(`Cannot print a figure of size ${String(figureWidth)} × ${String(figureHeight)}.`);
  }
  const sheet = PAPER_MM[paper];
  const pageWidthMm = orientation === 'portrait' ? sheet.width : sheet.height;
  const pageHeightMm = orientation === 'portrait' ? sheet.height : sheet.width;
  const areaWidth = pageWidthMm - 2 * marginMm;
  const areaHeight = pageHeightMm - 2 * marginMm;
  const mmPerUnit = Math.min(areaWidth / figureWidth, areaHeight / figureHeight);
  // Tenths of a millimetre, rounded down, so rounding never spills onto a second page.
  const floorTenth = (mm: number) => Math.floor(mm * 10) / 10;
  return {
    pageWidthMm,
    pageHeightMm,
    marginMm,
    figureWidthMm: floorTenth(figureWidth * mmPerUnit),
    figureHeightMm: floorTenth(figureHeight * mmPerUnit),
  };
}

/** The orientation that prints the figure larger. */
export function bestOrientation(figureWidth: number, figureHeight: number): Orientation {
  return figureWidth > figureHeight ? 'landscape' : 'portrait';
}
