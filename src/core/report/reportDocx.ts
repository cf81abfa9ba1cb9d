// The report-ready Word document: title, the figure (a PNG at print resolution, its pHYs kept,
// with its alternative text set on the picture), the key, the caption with the reference date,
// the long description and the family table, on the page that fits the figure. Written with
// the `docx` package, loaded on first use (only this export needs it).
//
// A publication document carries nothing that names the family: its inputs are the published
// texts (role labels, years), its properties say only "Genogram", and the package's own dates
// (the created and modified times Word files record, the zip entries' times) are removed or
// fixed, so no part of the zip holds a name, an address or an exact date.
import type { FamilyTable } from '../tables/compositionTypes';
import { familyTableTitle } from '../tables/compositionFormats';
import type { FamilyDescription } from './describeFamily';
import type { ReportPage } from './reportPage';

export interface ReportDocxInput {
  title: string;
  /** The figure as a PNG (with its pHYs chunk), and its size in pixels. */
  png: Uint8Array;
  /** The key: the legend entries the figure uses, in legend order. */
  key: readonly string[];
  /** Below the figure: "Figure 1. The family as at 12 Mar 2025." and the author's caption. */
  caption: string;
  description: FamilyDescription;
  table: FamilyTable;
  page: ReportPage;
  publication: boolean;
}

const CM_TO_TWIP = 1440 / 2.54;
const CM_TO_PX96 = 96 / 2.54;
/** The fixed time every zip entry of a publication document carries (the zip format's earliest). */
const FIXED_ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The Word document's bytes. */
export async function reportDocx(input: ReportDocxInput): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, ImageRun, Table, TableRow, TableCell, WidthType, PageOrientation, AlignmentType } = docx;
  const { page, description, table } = input;
  const twip = (cm: number) => Math.round(cm * CM_TO_TWIP);
  const usableWidthCm = page.widthCm - 2 * page.sideMarginCm;

  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

  const figure = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: input.png,
        transformation: { width: Math.round(page.figureWidthCm * CM_TO_PX96), height: Math.round(page.figureHeightCm * CM_TO_PX96) },
        // A fixed id: docx counts drawings per process, which would make the same document differ.
        altText: { id: '1', name: 'Genogram', title: 'Genogram', description: description.alt },
      }),
    ],
  });
  const caption = new Paragraph({ style: 'Caption', children: [new TextRun(input.caption)], spacing: { after: 240 } });

  const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
  const columnWidth = Math.floor(twip(usableWidthCm) / table.columns.length);
  const familyTable = new Table({
    width: { size: twip(usableWidthCm), type: WidthType.DXA },
    columnWidths: table.columns.map(() => columnWidth),
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.columns.map((c) => new TableCell({ margins: cellMargins, children: [new Paragraph({ children: [new TextRun({ text: c.title, bold: true })] })] })),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: table.columns.map((c) => new TableCell({ margins: cellMargins, children: [new Paragraph({ children: [new TextRun(row[c.key])] })] })),
          }),
      ),
    ],
  });

  const document = new Document({
    title: input.publication ? 'Genogram' : input.title,
    creator: 'Genogram editor',
    lastModifiedBy: 'Genogram editor',
    description: input.publication ? 'Genogram for publication' : 'Genogram',
    styles: {
      // British English, so Word's proofing and a screen reader's voice read it as such.
      default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } },
      // Word's own caption style is small and coloured; a report's caption must be read in print.
      paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { size: 20, italics: true, color: '000000' } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(page.widthCm), height: twip(page.heightCm), orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: twip(page.endMarginCm), bottom: twip(page.endMarginCm), left: twip(page.sideMarginCm), right: twip(page.sideMarginCm) },
          },
        },
        children: [
          heading(input.title, HeadingLevel.HEADING_1),
          figure,
          caption,
          heading('Key', HeadingLevel.HEADING_2),
          ...(input.key.length ? input.key.map((k) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(k)] })) : [body('The figure uses no symbols that need a key.')]),
          heading('Description of the genogram', HeadingLevel.HEADING_2),
          ...description.paragraphs.map((p) => body(p.text)),
          heading(familyTableTitle(table), HeadingLevel.HEADING_2),
          familyTable,
        ],
      },
    ],
  });
  const packed = await Packer.pack(document, 'uint8array');
  return cleanPackage(packed, input.publication);
}

/**
 * The package rewritten with every zip entry at one fixed time (so the same document always
 * gives the same bytes); for publication, without the created and modified times in its
 * properties, which would date the work on the case.
 */
async function cleanPackage(bytes: Uint8Array, publication: boolean): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (publication && core) {
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''));
  }
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // [Content_Types].xml first, as Word and the Open Packaging Conventions expect.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) entries[name] = [files[name]!, { mtime: FIXED_ZIP_TIME }];
  return zipSync(entries, { level: 6 });
}
