import { sceneToSvg } from '../core/export/svg';
import { chooseWidth, describeTextSize } from '../core/export/printSize';
import { figureTooLarge } from '../core/metrics/figureLimit';
import { accessibleSvgOptions } from '../core/report/accessibleSvg';
import { describeFamily, descriptionText } from '../core/report/describeFamily';
import { reportDocx } from '../core/report/reportDocx';
import { reportDocxInput, reportParts } from '../editor/report';
import { saveGenogramFile } from '../core/format/save';
import { exportGedcom } from '../core/gedcom/exportGedcom';
import { displayName } from '../core/model/documentIndex';
import { referenceDate } from '../core/model/referenceDate';
import type { GenogramDocument, Id } from '../core/model/types';
import { familyTable, familyTableToCsv, familyTableToHtml, familyTableToMarkdown } from '../core/tables/composition';
import { documentForExport, figure } from '../editor/figure';
import type { ExportArgs } from './exportArgs';
import { layOutHeadless } from './layOutHeadless';
import { layoutJson } from './layoutJson';
import { readDocument } from './readDocument';
import { mergeChronology } from './mergeChronology';
import { chronologyCsv } from '../core/chronology/exportChronology';
import { publishedChronologyCsv } from '../core/chronology/publishChronology';
import { bundledFontFaces, renderPng } from './renderPng';

export type ExportOutcome = { ok: true; output: Uint8Array | string; notes: string[] } | { ok: false; message: string };

/** File bytes in, export bytes or text out; no file system here, so it can be tested whole. */
export async function runExport(args: ExportArgs, bytes: Uint8Array, chronologyBytes?: Uint8Array): Promise<ExportOutcome> {
  const read = readDocument(args.input, bytes);
  if (!read.ok) return read;
  const notes = [...read.notes];
  let doc = read.document;
  if (args.asAt) doc = { ...doc, settings: { ...doc.settings, asAt: args.asAt } };
  if (chronologyBytes) {
    const merged = mergeChronology(doc, args.chronology ?? 'chronology', chronologyBytes);
    if (!merged.ok) return merged;
    doc = merged.document;
    notes.push(...merged.notes);
  }
  if (args.format === 'chronology') {
    return { ok: true, output: args.publication ? publishedChronologyCsv(doc, referenceDate(doc)) : chronologyCsv(doc), notes };
  }
  // The subject child the table, the description and the report speak of.
  const subject = args.format === 'table' || args.format === 'docx' || args.format === 'description' || args.subject !== undefined ? findSubject(doc, args.subject) : undefined;
  if (subject && !subject.ok && (args.format === 'table' || args.subject !== undefined)) return subject;
  const subjectId = subject?.ok ? subject.id : undefined;
  // The chosen child is a subject, so the figure draws them as one and roles ("Mother", "Child A") are given from them.
  if (subjectId) doc = { ...doc, persons: doc.persons.map((p) => (p.id === subjectId && !p.subject ? { ...p, subject: true } : p)) };
  if (args.format === 'description') {
    return { ok: true, output: descriptionText(describeFamily(doc, { publication: args.publication, ...(subjectId ? { subject: subjectId } : {}) })), notes };
  }
  if (subject && args.format === 'table') {
    if (!subject.ok) return subject;
    const table = familyTable(doc, { asAt: referenceDate(doc), subject: subject.id, publication: args.publication });
    const write = args.table === 'csv' ? familyTableToCsv : args.table === 'html' ? familyTableToHtml : familyTableToMarkdown;
    return { ok: true, output: write(table), notes };
  }
  // Published data has years only and opaque ids throughout.
  if (args.format === 'json') return { ok: true, output: saveGenogramFile(documentForExport(doc, args.publication)), notes };
  if (args.format === 'gedcom') return { ok: true, output: exportGedcom(documentForExport(doc, args.publication)), notes };

  // The headless editor lays the document out as the app does, and the one figure draws it:
  // the same picture as the editor shows, with the same ages and states at the reference date.
  const tooLarge = figureTooLarge(doc);
  if (tooLarge) return { ok: false, message: `--format ${args.format}: ${tooLarge} (Here: --format json or --format gedcom, or --format table.)` };
  const layout = await layOutHeadless(doc);
  // Layout warnings (a loop of descent drawn without a link, a fallback placement) belong in the batch log.
  notes.push(...(layout.warnings ?? []).map((w) => `layout: ${w}`));
  const drawn = figure(doc, { layout, publication: args.publication, ...(args.title !== undefined ? { title: args.title } : {}), ...(args.caption !== undefined ? { caption: args.caption } : {}) });
  const { scene } = drawn;
  if (args.format === 'layout') return { ok: true, output: `${JSON.stringify(layoutJson(drawn.shownDoc, drawn.shownLayout, scene), null, 2)}\n`, notes };
  // Printed so the smallest text reads (7 pt or more) unless a width is asked for; either way the note says how large the text prints.
  const chosen = chooseWidth(scene);
  const widthCm = args.widthCm ?? chosen.cm;
  if (args.format !== 'docx') notes.push(`Printed ${widthCm} cm wide${args.widthCm === undefined ? ` (${chosen.label})` : ''}: ${describeTextSize(scene, widthCm)}.`);
  if (args.format === 'svg') {
    const accessible = accessibleSvgOptions(doc, scene, { publication: args.publication, ...(subjectId ? { subject: subjectId } : {}) });
    return { ok: true, output: sceneToSvg(scene, { fontFaces: bundledFontFaces(), background: '#ffffff', ...accessible, widthMm: widthCm * 10 }), notes };
  }
  if (args.format === 'docx') {
    // The report sets its own title and caption as text; the figure is drawn at the width that prints its text at 7 pt or more.
    const parts = reportParts(doc, layout, { publication: args.publication, ...(subjectId ? { subject: subjectId } : {}) });
    const { png, plan } = renderPng(sceneToSvg(parts.figure.scene, { background: '#ffffff' }), parts.figure.scene.bounds, parts.page.figureWidthCm, args.dpi);
    notes.push(
      `Word document on ${parts.page.paper} ${parts.page.orientation}; the figure ${Math.round(parts.page.figureWidthCm * 10) / 10} cm wide, ${plan.pixelWidth} × ${plan.pixelHeight} px at ${Math.round(plan.dpi)} dpi.`,
      ...(parts.page.scaledDown ? ['The figure was scaled down to fit A3 landscape: its smallest text prints under 7 pt.'] : []),
    );
    return { ok: true, output: await reportDocx(reportDocxInput(parts, png, args.publication)), notes };
  }

  // resvg cannot use @font-face data, so the PNG is drawn from the same SVG without the embedded fonts and given the font files instead.
  const { png, plan } = renderPng(sceneToSvg(scene, { background: '#ffffff' }), scene.bounds, widthCm, args.dpi);
  notes.push(
    plan.reduced
      ? `The figure was too large for ${args.dpi} dpi at ${widthCm} cm; the whole figure was drawn at ${plan.pixelWidth} × ${plan.pixelHeight} px (${Math.round(plan.dpi)} dpi).`
      : `PNG ${plan.pixelWidth} × ${plan.pixelHeight} px at ${args.dpi} dpi (${widthCm} cm wide).`,
  );
  return { ok: true, output: png, notes };
}

/**
 * The subject child for a table: by id (or a GEDCOM file's xref, "@I12@"), else by name (the whole name, or the label, case and
 * spacing ignored); without one, the first marked subject. Every mistake is named.
 */
export function findSubject(doc: GenogramDocument, wanted: string | undefined): { ok: true; id: Id } | { ok: false; message: string } {
  if (wanted === undefined) {
    const first = doc.persons.find((p) => p.subject);
    return first ? { ok: true, id: first.id } : { ok: false, message: 'No subject child is marked in the file: give one with --subject "NAME" (or an id).' };
  }
  // A GEDCOM file's own xref ("@I12@") names the person the import made of it ("p_I12").
  const xref = /^@([^@]+)@$/.exec(wanted.trim());
  const id = xref ? `p_${xref[1]!.replace(/[^A-Za-z0-9]/g, '') || 'x'}` : wanted;
  const byId = doc.persons.find((p) => p.id === id);
  if (byId) return { ok: true, id: byId.id };
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const matches = doc.persons.filter((p) => norm(displayName(p)) === norm(wanted) || norm([p.givenNames, p.familyName].filter(Boolean).join(' ')) === norm(wanted));
  if (matches.length === 1) return { ok: true, id: matches[0]!.id };
  if (matches.length > 1) return { ok: false, message: `--subject "${wanted}" names ${matches.length} people (ids ${matches.map((p) => p.id).join(', ')}): give the id instead.` };
  return { ok: false, message: `--subject "${wanted}": nobody of that name or id is in the file.` };
}
