// One entry point for every export the dialog offers. Each runs on the
// document and layout it is given and never changes either.
import type { GenogramDocument } from '../../core/model/types';
import type { LayoutResult } from '../../core/layout/types';
import { saveGenogramFile } from '../../core/format/save';
import { buildFigureSvg, type ExportFigureOptions } from './figureSvg';
import { documentForExport, figureTexts } from '../../editor/figure';
import { bytesToBlob, downloadBlob } from './download';
import { fileStemFor } from './fileName';
import { planRaster } from '../../core/export/rasterPlan';
import { rasteriseSvg } from './rasterise';
import { copyPngToClipboard } from './clipboard';
import { bestOrientation, fitToPaper, type Orientation, type PaperSize } from './printFit';
import { openPrintDialog, preparePrintView } from './print';
import { reachStage, type ExportControl } from './progress';
import { sceneToSvg } from '../../core/export/svg';
import { reportDocxInput, reportParts } from '../../editor/report';
import { svgSize } from './svgSize';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The report's figure: print resolution, whatever the PNG settings say. */
const REPORT_DPI = 300;

/**
 * The report-ready Word document: the figure rasterised at 300 dpi at the width that prints
 * its text at 7 pt, then the document written by the docx package, loaded only now.
 */
async function reportDocument(doc: GenogramDocument, layout: LayoutResult, request: ExportRequest, control?: ExportControl) {
  await reachStage(control, { stage: 'figure', fraction: 0.05, message: 'Drawing the figure…' });
  const parts = reportParts(doc, layout, {
    publication: request.publication,
    ...(request.title !== undefined ? { title: request.title } : {}),
    ...(request.caption !== undefined ? { caption: request.caption } : {}),
    ...(request.legend !== undefined ? { legend: request.legend } : {}),
  });
  const { BUNDLED_FONT_FACES } = await import('../fonts');
  const svg = sceneToSvg(parts.figure.scene, { fontFaces: [...BUNDLED_FONT_FACES], background: '#ffffff' });
  const size = svgSize(svg);
  const plan = planRaster({ figureWidth: size.width, figureHeight: size.height, widthCm: parts.page.figureWidthCm, dpi: REPORT_DPI });
  const png = await rasteriseSvg(svg, plan, control);
  await reachStage(control, { stage: 'writing', fraction: 0.9, message: 'Writing the Word document…' });
  const { reportDocx } = await import('../../core/report/reportDocx');
  return { bytes: await reportDocx(reportDocxInput(parts, png, request.publication)), parts, plan };
}

export type ExportFormat = 'svg' | 'png' | 'clipboard' | 'print' | 'json' | 'gedcom' | 'docx';

export interface ExportRequest extends ExportFigureOptions {
  format: ExportFormat;
  /** PNG and clipboard: printed width and resolution. */
  widthCm: number;
  dpi: number;
  /** Print: the sheet. */
  paper: PaperSize;
  /** 'auto' turns the sheet to suit the figure's shape. */
  orientation: Orientation | 'auto';
}

export interface ExportOutcome {
  /** What was done, for the dialog's status line. */
  message: string;
  fileName?: string;
  /** A caveat worth showing, e.g. that a very large PNG was scaled down. */
  note?: string;
}

function stemOf(doc: GenogramDocument, request: ExportRequest): string {
  // An untitled export falls back to the figure's own title: a publication copy's never names the family.
  const stem = fileStemFor(request.title?.trim() || figureTexts(doc, request.publication).title);
  return request.publication ? `${stem} (publication)` : stem;
}

async function figurePng(doc: GenogramDocument, layout: LayoutResult, request: ExportRequest, control?: ExportControl) {
  await reachStage(control, { stage: 'figure', fraction: 0.05, message: 'Drawing the figure…' });
  const figure = await buildFigureSvg(doc, layout, request);
  const plan = planRaster({ figureWidth: figure.width, figureHeight: figure.height, widthCm: request.widthCm, dpi: request.dpi });
  const png = await rasteriseSvg(figure.svg, plan, control);
  return { png, plan, figure };
}

export async function runExport(doc: GenogramDocument, layout: LayoutResult, request: ExportRequest, control?: ExportControl): Promise<ExportOutcome> {
  const done = (outcome: ExportOutcome) => {
    control?.onProgress?.({ stage: 'done', fraction: 1, message: outcome.message });
    return outcome;
  };
  switch (request.format) {
    case 'svg': {
      await reachStage(control, { stage: 'figure', fraction: 0.2, message: 'Drawing the figure…' });
      const figure = await buildFigureSvg(doc, layout, request, true);
      const fileName = `${stemOf(doc, request)}.svg`;
      downloadBlob(new Blob([figure.svg], { type: 'image/svg+xml' }), fileName);
      return done({ message: `Saved ${fileName}.`, fileName });
    }
    case 'png': {
      const { png, plan } = await figurePng(doc, layout, request, control);
      const fileName = `${stemOf(doc, request)}.png`;
      downloadBlob(bytesToBlob(png, 'image/png'), fileName);
      return done({
        message: `Saved ${fileName} (${plan.pixelWidth} × ${plan.pixelHeight} px, ${Math.round(plan.dpi)} dpi).`,
        fileName,
        ...(plan.note ? { note: plan.note } : {}),
      });
    }
    case 'clipboard': {
      let note: string | undefined;
      const png = figurePng(doc, layout, request, control).then((result) => {
        note = result.plan.note;
        return result.png;
      });
      await copyPngToClipboard(png);
      return done({ message: 'The figure is on the clipboard as a picture: paste it into your report.', ...(note ? { note } : {}) });
    }
    case 'print': {
      await reachStage(control, { stage: 'figure', fraction: 0.3, message: 'Preparing the print view…' });
      const figure = await buildFigureSvg(doc, layout, request);
      const orientation = request.orientation === 'auto' ? bestOrientation(figure.width, figure.height) : request.orientation;
      const fit = fitToPaper(figure.width, figure.height, request.paper, orientation);
      await preparePrintView(figure.svg, fit, request.title?.trim() || 'Genogram');
      openPrintDialog();
      return done({ message: `Sent to the print dialog, fitted to ${request.paper} ${orientation}.` });
    }
    case 'docx': {
      const { bytes, parts, plan } = await reportDocument(doc, layout, request, control);
      const fileName = `${stemOf(doc, request)}.docx`;
      downloadBlob(bytesToBlob(bytes, DOCX_TYPE), fileName);
      return done({
        message: `Saved ${fileName} (${parts.page.paper} ${parts.page.orientation}, the figure ${Math.round(parts.page.figureWidthCm * 10) / 10} cm wide at ${Math.round(plan.dpi)} dpi).`,
        fileName,
        ...(parts.page.scaledDown ? { note: 'The figure is too large for A3 landscape at a legible size: it was scaled down, so its smallest text prints under 7 pt.' } : plan.note ? { note: plan.note } : {}),
      });
    }
    case 'json': {
      await reachStage(control, { stage: 'figure', fraction: 0.3, message: 'Writing the data…' });
      const shown = documentForExport(doc, request.publication);
      const fileName = `${stemOf(doc, request)}.genogram.json`;
      downloadBlob(new Blob([saveGenogramFile(shown)], { type: 'application/json' }), fileName);
      return done({ message: `Saved ${fileName}.`, fileName });
    }
    case 'gedcom': {
      await reachStage(control, { stage: 'figure', fraction: 0.3, message: 'Writing the GEDCOM file…' });
      const shown = documentForExport(doc, request.publication);
      const fileName = `${stemOf(doc, request)}.ged`;
      // GEDCOM 7.0 is UTF-8 only; its registered media type.
      // Loaded when asked for, like the GEDCOM reader: few sessions export GEDCOM.
      const { exportGedcom } = await import('../../core/gedcom/exportGedcom');
      downloadBlob(new Blob([exportGedcom(shown)], { type: 'text/vnd.familysearch.gedcom' }), fileName);
      return done({ message: `Saved ${fileName} (GEDCOM 7.0).`, fileName });
    }
  }
}
