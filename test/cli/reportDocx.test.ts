// The Word export, opened as Word opens it: a zip of XML parts and the picture.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../src/cli/exportArgs';
import { runExport } from '../../src/cli/runExport';
import { pngDimensions, readPhysicalResolution } from '../support/png';
import { saveGenogramFile } from '../../src/core/format/save';
import { applyImportSuggestions, DEFAULT_SUGGESTION_CHOICE } from '../../src/core/gedcom/applySuggestions';
import { importGedcom } from '../../src/core/gedcom/importGedcom';
import { describeFamily } from '../../src/core/report/describeFamily';
import { chooseReportPage } from '../../src/core/report/reportPage';
import { familyTable } from '../../src/core/tables/composition';
import { leakyFamily, leaks } from '../core/publication/leakyFamily';

const review = new URL('../fixtures/gedcom/review-family.ged', import.meta.url).pathname;
const CM_TO_TWIP = 1440 / 2.54;

async function exportBytes(argv: string[], bytes?: Uint8Array) {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await runExport(parsed.args, bytes ?? new Uint8Array(readFileSync(parsed.args.input)));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

/** Text of an XML part with its markup removed and entities read, so words split across runs join up. */
function plainText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function reviewDocument() {
  const result = importGedcom(new Uint8Array(readFileSync(review)));
  if (!result.ok) throw new Error('fixture');
  const doc = applyImportSuggestions(result.document, result.suggestions, DEFAULT_SUGGESTION_CHOICE);
  doc.settings.asAt = { year: 2024, month: 3, day: 1 };
  return doc;
}

describe('Word export (--format docx)', () => {
  it('holds the figure as a 300 dpi PNG with its alternative text, the key, the caption with the date, the description and every table row', async () => {
    const outcome = await exportBytes([review, '--format', 'docx', '--subject', 'Amy Carter', '--as-at', '2024-03-01']);
    const parts = unzipSync(outcome.output as Uint8Array);
    const names = Object.keys(parts);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(strFromU8(parts['word/styles.xml']!)).toContain('<w:lang w:val="en-GB"/>');
    const media = names.filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = parts[media[0]!]!;
    expect(readPhysicalResolution(png)).toBe(300);

    const xml = strFromU8(parts['word/document.xml']!);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
    // The picture is the one in the package, and its alternative text is the description's.
    const embed = /<a:blip r:embed="([^"]+)"/.exec(xml)?.[1];
    expect(rels).toMatch(new RegExp(`Id="${embed}"[^>]*Target="media/${media[0]!.slice('word/media/'.length)}"`));
    const doc = reviewDocument();
    const amy = doc.persons.find((p) => p.givenNames === 'Amy')!.id;
    const description = describeFamily(doc, { subject: amy });
    const descr = unescapeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(xml)![1]!);
    expect(descr).toBe(description.alt);
    expect(descr).toMatch(/^Genogram of Amy Carter's family as at 1 Mar 2024: 13 people over four generations\./);

    // Placed at its printed size: the width that prints its text at 7 pt, on the page chosen for it.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)!;
    const { width, height } = pngDimensions(png);
    const widthCm = (Number(extent[1]) / 360000);
    expect(widthCm).toBeCloseTo(16, 1);
    expect(width / 300 * 2.54).toBeCloseTo(16, 0);
    expect(Number(extent[2]) / Number(extent[1])).toBeCloseTo(height / width, 2);
    const page = chooseReportPage(16, (16 * height) / width);
    expect(page).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    expect(xml).toContain(`<w:pgSz w:w="${Math.round(21 * CM_TO_TWIP)}" w:h="${Math.round(29.7 * CM_TO_TWIP)}" w:orient="portrait"/>`);

    const text = plainText(xml);
    expect(text).toContain('Figure 1. The family as at 1 Mar 2024.');
    expect(text).toMatch(/\nKey\nMale\nFemale\nSubject of the review\n/);
    for (const p of description.paragraphs) expect(text).toContain(p.text);
    const table = familyTable({ ...doc, persons: doc.persons.map((p) => (p.id === amy ? { ...p, subject: true } : p)) }, { subject: amy });
    expect(table.rows.length).toBe(13);
    expect(text).toContain('Family table as at 1 Mar 2024');
    // Each row of the table is a row of cells in the document, in the table's order.
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => plainText(c[1]!).trim()));
    expect(rows[0]).toEqual(table.columns.map((c) => c.title));
    expect(rows.slice(1)).toEqual(table.rows.map((r) => table.columns.map((c) => r[c.key])));
    expect(outcome.notes.at(-1)).toMatch(/^Word document on A4 portrait; the figure 16 cm wide, \d+ × \d+ px at 300 dpi\.$/);
  });

  it('the same document always gives the same bytes', async () => {
    const a = await exportBytes([review, '--format', 'docx', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication']);
    const b = await exportBytes([review, '--format', 'docx', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication']);
    expect(Buffer.from(a.output as Uint8Array).equals(Buffer.from(b.output as Uint8Array))).toBe(true);
  });

  it('publication: no name, address or exact date in any part of the package (document, properties, image, alt text)', async () => {
    const doc = leakyFamily();
    const bytes = new TextEncoder().encode(saveGenogramFile(doc));
    const checkAll = (zip: Uint8Array) => {
      const parts = unzipSync(zip);
      const found: string[] = [];
      for (const [name, data] of Object.entries(parts)) {
        // Binary parts are read byte for byte, so a name in a PNG text chunk would show too.
        const text = name.endsWith('.png') ? Buffer.from(data).toString('latin1') : unescapeXml(strFromU8(data));
        for (const leak of leaks(text)) found.push(`${name}: ${leak}`);
        if (name.endsWith('.xml') || name.endsWith('.rels')) {
          for (const m of text.match(/\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g) ?? []) found.push(`${name}: date ${m}`);
        }
        for (const p of doc.persons) for (const n of [p.givenNames, p.familyName]) if (n && n.length > 3 && text.includes(n)) found.push(`${name}: name ${n}`);
      }
      // Nor in the zip's own headers (file names, comments).
      found.push(...leaks(Buffer.from(zip).toString('latin1')).map((l) => `zip: ${l}`));
      return { parts, found };
    };
    const published = await exportBytes(['leaky.genogram.json', '--format', 'docx', '--publication'], bytes);
    const { parts, found } = checkAll(published.output as Uint8Array);
    expect(found).toEqual([]);
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).not.toMatch(/dcterms:(created|modified)/);
    expect(core).toContain('<dc:title>Genogram</dc:title>');
    const png = Object.entries(parts).find(([n]) => n.startsWith('word/media/'))![1];
    const chunkTypes: string[] = [];
    for (let at = 8; at < png.length; ) {
      const length = new DataView(png.buffer, png.byteOffset + at).getUint32(0);
      chunkTypes.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
      at += 12 + length;
    }
    expect([...new Set(chunkTypes)].sort()).toEqual(['IDAT', 'IEND', 'IHDR', 'pHYs']);
    const xml = plainText(strFromU8(parts['word/document.xml']!));
    expect(xml).toContain('As at Jan 2021, Child A lives with Mother');
    expect(xml).toContain('Figure 1. The family as at Jan 2021.');

    // The recorded document, checked the same way, is caught: the test can fail.
    const recorded = await exportBytes(['leaky.genogram.json', '--format', 'docx'], bytes);
    expect(checkAll(recorded.output as Uint8Array).found.length).toBeGreaterThan(5);
  });

  it('--format description writes the alternative text and the description as plain text', async () => {
    const { output } = await exportBytes([review, '--format', 'description', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication']);
    const text = output as string;
    expect(text.split('\n')[0]).toBe("Alternative text: Genogram of Child A's family as at Mar 2024: 13 people over four generations. Child A lives with her mother and twin sister.");
    expect(text).toContain('Child A has two siblings: Sibling 1 (twin sister, aged 3) and Maternal half-sibling 1 (maternal half-brother, aged 3).');
    expect(text).not.toMatch(/Amy|Carter|Walsh/);
  });
});

describe('chooseReportPage', () => {
  it('the smallest A4/A3 sheet, portrait first, that holds the figure and its caption; the largest, scaled, when none does', () => {
    expect(chooseReportPage(16, 10)).toMatchObject({ paper: 'A4', orientation: 'portrait', figureWidthCm: 16, scaledDown: false });
    expect(chooseReportPage(24, 10)).toMatchObject({ paper: 'A4', orientation: 'landscape', scaledDown: false });
    expect(chooseReportPage(16, 25)).toMatchObject({ paper: 'A3', orientation: 'portrait' });
    expect(chooseReportPage(38, 20)).toMatchObject({ paper: 'A3', orientation: 'landscape', scaledDown: false });
    const huge = chooseReportPage(76, 40);
    expect(huge).toMatchObject({ paper: 'A3', orientation: 'landscape', scaledDown: true });
    expect(huge.figureWidthCm).toBeCloseTo(38, 5);
    expect(huge.figureHeightCm).toBeCloseTo(20, 5);
    // The usable widths are printSize's page widths.
    expect(chooseReportPage(16, 10).widthCm - 2 * chooseReportPage(16, 10).sideMarginCm).toBeCloseTo(16, 5);
  });
});
