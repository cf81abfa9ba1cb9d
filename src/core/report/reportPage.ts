// The page a report's figure is set on: A4 or A3, portrait or landscape, the smallest that
// holds the figure at its printed width (chosen by printSize so its text is at least 7 pt)
// with room for the title and caption above and below it.
import { PAGE_WIDTHS } from '../export/printSize';

export interface ReportPage {
  paper: 'A4' | 'A3';
  orientation: 'portrait' | 'landscape';
  /** The sheet, in centimetres, as it lies (landscape: wider than tall). */
  widthCm: number;
  heightCm: number;
  /** Left and right margins (the usable width is one of printSize's PAGE_WIDTHS), top and bottom margins. */
  sideMarginCm: number;
  endMarginCm: number;
  /** The figure's printed size on this page: the asked size, or scaled down to fit the largest sheet. */
  figureWidthCm: number;
  figureHeightCm: number;
  /** True when even A3 landscape could not hold the figure at the asked size. */
  scaledDown: boolean;
}

const SHEETS = [
  { paper: 'A4', orientation: 'portrait', widthCm: 21, heightCm: 29.7 },
  { paper: 'A4', orientation: 'landscape', widthCm: 29.7, heightCm: 21 },
  { paper: 'A3', orientation: 'portrait', widthCm: 29.7, heightCm: 42 },
  { paper: 'A3', orientation: 'landscape', widthCm: 42, heightCm: 29.7 },
] as const;

const END_MARGIN_CM = 2;
/** Height kept on the figure's page for the heading above and the caption below. */
const TEXT_ROOM_CM = 4;

/**
 * The smallest sheet (A4 before A3, portrait before landscape) whose usable area holds the
 * figure `widthCm` × `heightCm` and its title and caption; the largest, with the figure scaled
 * to fit, when none does.
 */
export function chooseReportPage(widthCm: number, heightCm: number): ReportPage {
  const pages = SHEETS.map((sheet, i) => {
    const usableWidth = PAGE_WIDTHS[i]!.cm;
    return { ...sheet, sideMarginCm: (sheet.widthCm - usableWidth) / 2, endMarginCm: END_MARGIN_CM, usableWidth, usableHeight: sheet.heightCm - 2 * END_MARGIN_CM - TEXT_ROOM_CM };
  });
  const fits = pages.find((p) => widthCm <= p.usableWidth + 1e-9 && heightCm <= p.usableHeight + 1e-9);
  const page = fits ?? pages.at(-1)!;
  const scale = fits ? 1 : Math.min(page.usableWidth / widthCm, page.usableHeight / heightCm, 1);
  const { usableWidth: _w, usableHeight: _h, ...rest } = page;
  return { ...rest, figureWidthCm: widthCm * scale, figureHeightCm: heightCm * scale, scaledDown: !fits };
}
