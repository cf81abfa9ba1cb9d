import { sceneToSvg } from '../core/export/svg';
import { saveGenogramFile } from '../core/format/save';
import { exportGedcom } from '../core/gedcom/exportGedcom';
import { createEditor } from '../editor/createEditor';
import { documentForExport, figure } from '../editor/figure';
import { createInProcessLayoutRunner } from '../editor/inProcessLayout';
import type { ExportArgs } from './exportArgs';
import { layoutJson } from './layoutJson';
import { readDocument } from './readDocument';
import { bundledFontFaces, renderPng } from './renderPng';

export type ExportOutcome = { ok: true; output: Uint8Array | string; notes: string[] } | { ok: false; message: string };

/** File bytes in, export bytes or text out; no file system here, so it can be tested whole. */
export async function runExport(args: ExportArgs, bytes: Uint8Array): Promise<ExportOutcome> {
  const read = readDocument(args.input, bytes);
  if (!read.ok) return read;
  const notes = [...read.notes];
  let doc = read.document;
  if (args.asAt) doc = { ...doc, settings: { ...doc.settings, asAt: args.asAt } };
  // Published data has years only and opaque ids throughout.
  if (args.format === 'json') return { ok: true, output: saveGenogramFile(documentForExport(doc, args.publication)), notes };
  if (args.format === 'gedcom') return { ok: true, output: exportGedcom(documentForExport(doc, args.publication)), notes };

  // The headless editor lays the document out as the app does, and the one figure draws it:
  // the same picture as the editor shows, with the same ages and states at the reference date.
  const editor = createEditor({ document: doc, layout: createInProcessLayoutRunner() });
  let laidOut;
  try {
    laidOut = await editor.whenLaidOut();
  } finally {
    editor.dispose();
  }
  // Layout warnings (a loop of descent drawn without a link, a fallback placement) belong in the batch log.
  notes.push(...(laidOut.layout.warnings ?? []).map((w) => `layout: ${w}`));
  const drawn = figure(doc, { layout: laidOut.layout, publication: args.publication, ...(args.title !== undefined ? { title: args.title } : {}), ...(args.caption !== undefined ? { caption: args.caption } : {}) });
  const { scene } = drawn;
  if (args.format === 'layout') return { ok: true, output: `${JSON.stringify(layoutJson(drawn.shownDoc, drawn.shownLayout, scene), null, 2)}\n`, notes };
  if (args.format === 'svg') return { ok: true, output: sceneToSvg(scene, { fontFaces: bundledFontFaces(), background: '#ffffff' }), notes };

  // resvg cannot use @font-face data, so the PNG is drawn from the same SVG without the embedded fonts and given the font files instead.
  const { png, plan } = renderPng(sceneToSvg(scene, { background: '#ffffff' }), scene.bounds, args.widthCm, args.dpi);
  notes.push(
    plan.reduced
      ? `The figure was too large for ${args.dpi} dpi at ${args.widthCm} cm; the whole figure was drawn at ${plan.pixelWidth} × ${plan.pixelHeight} px (${Math.round(plan.dpi)} dpi).`
      : `PNG ${plan.pixelWidth} × ${plan.pixelHeight} px at ${args.dpi} dpi (${args.widthCm} cm wide).`,
  );
  return { ok: true, output: png, notes };
}
