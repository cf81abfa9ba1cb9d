import { today } from '../core/dates/partialDate';
import { buildScene } from '../core/drawing/buildScene';
import { sceneToSvg } from '../core/export/svg';
import { saveGenogramFile } from '../core/format/save';
import { layoutDocument } from '../core/layout/layoutDocument';
import { anonymise } from '../core/publication/anonymise';
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
  if (args.publication) {
    // The copy is laid out itself, so its ids can all be opaque: none of the original's ids reach the output.
    doc = anonymise(doc, { asAt, replaceIds: true });
  }
  if (args.format === 'json') return { ok: true, output: saveGenogramFile(doc), notes };

  const layout = await layoutDocument(doc);
  // Layout warnings (a loop of descent drawn without a link, a fallback placement) belong in the batch log.
  notes.push(...(layout.warnings ?? []).map((w) => `layout: ${w}`));
  // A publication copy draws only a title or caption given on the command line: the document's own may name the family.
  const title = args.title ?? (args.publication ? undefined : doc.settings.title);
  const caption = args.caption ?? (args.publication ? undefined : doc.settings.caption);
  const scene = buildScene(doc, layout, { asAt, ...(title?.trim() ? { title } : {}), ...(caption?.trim() ? { caption } : {}) });
  if (args.format === 'layout') return { ok: true, output: `${JSON.stringify(layoutJson(doc, layout, scene), null, 2)}\n`, notes };
  if (args.format === 'svg') return { ok: true, output: sceneToSvg(scene, { fontFaces: bundledFontFaces(), background: '#ffffff' }), notes };

  // resvg cannot use @font-face data, so the PNG is drawn from the same SVG without the embedded fonts and given the font files instead.
  const { png, plan } = renderPng(sceneToSvg(scene, { background: '#ffffff' }), scene.bounds, args.widthCm, args.dpi);
  notes.push(
    plan.reduced
      ? `The figure was too large for ${args.dpi} dpi at ${args.widthCm} cm; the whole figure was drawn at ${plan.width} × ${plan.height} px (${Math.round(plan.dpi)} dpi).`
      : `PNG ${plan.width} × ${plan.height} px at ${args.dpi} dpi (${args.widthCm} cm wide).`,
  );
  return { ok: true, output: png, notes };
}
