// The parts of a report-ready document, the same in the app and on the command line: the
// figure (drawn without its title and caption, which the document sets as text), its printed
// size and page, the written description, the family table and the caption with the date.
// The caller turns the figure's SVG into a PNG (the browser with a canvas, Node with resvg).
import { chooseWidth } from '../core/export/printSize';
import type { LayoutResult } from '../core/layout/types';
import type { GenogramDocument, Id } from '../core/model/types';
import { referenceDate } from '../core/model/referenceDate';
import { describeFamily, type FamilyDescription } from '../core/report/describeFamily';
import { chooseReportPage, type ReportPage } from '../core/report/reportPage';
import type { ReportDocxInput } from '../core/report/reportDocx';
import { familyTable, type FamilyTable } from '../core/tables/composition';
import { figure, figureTexts, type Figure } from './figure';

export interface ReportParts {
  figure: Figure;
  title: string;
  caption: string;
  key: string[];
  description: FamilyDescription;
  table: FamilyTable;
  page: ReportPage;
}

/** The document with the chosen subject marked, so role labels ("Mother", "Child A") are given from them. */
function withSubject(doc: GenogramDocument, subject: Id | undefined): GenogramDocument {
  if (!subject || doc.persons.find((p) => p.id === subject)?.subject) return doc;
  return { ...doc, persons: doc.persons.map((p) => (p.id === subject ? { ...p, subject: true } : p)) };
}

export interface ReportOptions {
  publication: boolean;
  /** The subject child (the first marked subject unless given). */
  subject?: Id;
  /** The document's heading and the author's caption: the figure's own texts unless given. */
  title?: string;
  caption?: string;
  /** Draw the legend in the figure (the key is also written out as text); the document's setting by default. */
  legend?: boolean;
}

export function reportParts(doc: GenogramDocument, layout: LayoutResult, options: ReportOptions): ReportParts {
  const marked = withSubject(doc, options.subject);
  const { publication } = options;
  const subject = options.subject ? { subject: options.subject } : {};
  const drawn = figure(marked, { layout, publication, title: '', caption: '', ...(options.legend !== undefined ? { legend: options.legend } : {}) });
  const description = describeFamily(marked, { publication, ...subject });
  const table = familyTable(marked, { asAt: referenceDate(doc), publication, ...subject });
  const own = figureTexts(marked, publication);
  const texts = { title: options.title ?? own.title, caption: options.caption ?? own.caption };
  const widthCm = chooseWidth(drawn.scene).cm;
  const heightCm = (widthCm * drawn.scene.bounds.height) / Math.max(1, drawn.scene.bounds.width);
  const caption = [`Figure 1. The family as at ${description.asAtLabel}.`, texts.caption.trim()].filter(Boolean).join(' ');
  return {
    figure: drawn,
    title: texts.title.trim() || 'Genogram',
    caption,
    key: drawn.scene.legend.map((e) => e.label),
    description,
    table,
    page: chooseReportPage(widthCm, heightCm),
  };
}

/** The Word document's input, once the figure is a PNG. */
export function reportDocxInput(parts: ReportParts, png: Uint8Array, publication: boolean): ReportDocxInput {
  return { title: parts.title, png, key: parts.key, caption: parts.caption, description: parts.description, table: parts.table, page: parts.page, publication };
}
