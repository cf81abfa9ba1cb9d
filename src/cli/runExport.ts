import { today } from '../core/dates/partialDate';
import { buildScene } from '../core/drawing/buildScene';
import { sceneToSvg } from '../core/export/svg';
import { saveGenogramFile } from '../core/format/save';
import { layoutDocument } from '../core/layout/layoutDocument';
import { anonymise } from '../core/publication/anonymise';
import { figureSource } from '../core/publication/figureSource';
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
  const asAt = doc.settings.asAt ?? today();
  if (args.format === 'json') {
    // Published data has years only and opaque ids throughout.
    return { ok: true, output: saveGenogramFile(args.publication ? anonymise(doc, { asAt, replaceIds: true }) : doc), notes };
  }

  // The figure is laid out from the record, then drawn from the publication copy when asked: the same
  // picture as the editor shows, with the same ages and states at the reference date.
  const recordedLayout = await layoutDocument(doc);
  // Layout warnings (a loop of descent drawn without a link, a fallback placement) belong in the batch log.
  notes.push(...(recordedLayout.warnings ?? []).map((w) => `layout: ${w}`));
  const source = figureSource(doc, recordedLayout, args.publication, asAt);
  doc = source.shownDoc;
  const layout = source.shownLayout;
  // A publication copy draws only a title or caption given on the command line: the document's own may name the family.
  const title = args.title ?? (args.publication ? undefined : doc.settings.title);
  const caption = args.caption ?? (args.publication ? undefined : doc.settings.caption);
  const scene = buildScene(doc, layout, { asAt, asAtLabel: source.asAtLabel, ...(title?.trim() ? { title } : {}), ...(caption?.trim() ? { caption } : {}) });
  if (args.format === 'layout') return { ok: true, output: `${JSON.stringify(layoutJson(doc, layout, scene), null, 2)}\n`, notes };
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
