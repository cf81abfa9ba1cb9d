import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportArgs, type ExportArgs } from '../../src/cli/exportArgs';
import type { LayoutJson } from '../../src/cli/layoutJson';
import { runExport } from '../../src/cli/runExport';
import { pngDimensions, readPhysicalResolution } from '../support/png';
import { loadGenogramFile } from '../../src/core/format/load';
import { importGedcom } from '../../src/core/gedcom/importGedcom';
import { sharedFixturePath } from '../support/sharedFixtures';

const fixture = (name: string) => new URL(`../fixtures/gedcom/${name}`, import.meta.url).pathname;

async function run(argv: string[]) {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  const args: ExportArgs = parsed.args;
  return runExport(args, new Uint8Array(readFileSync(args.input)));
}

async function output(argv: string[]) {
  const outcome = await run(argv);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.output;
}

describe('runExport', () => {
  const ged = fixture('remarriage.ged');

  it('svg: a standalone drawing with embedded fonts and real text', async () => {
    const svg = (await output([ged, '--format', 'svg'])) as string;
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('@font-face');
    expect(svg).toContain('Ann Smith');
    expect(svg).not.toMatch(/<use|<foreignObject|<script/);
  });

  it('svg and png: printed as wide as the smallest text needs to read at 7 pt, and the note says so', async () => {
    const kennedy = sharedFixturePath('kennedy.ged');
    const outcome = await run([kennedy, '--format', 'svg']);
    if (!outcome.ok) throw new Error(outcome.message);
    const note = outcome.notes.find((n) => n.startsWith('Printed '))!;
    const [, cm, pt] = note.match(/^Printed ([\d.]+) cm wide .*smallest text ([\d.]+) pt\.$/)!;
    expect(Number(pt)).toBeGreaterThanOrEqual(7);
    // Far wider than a page: the note says what to do.
    expect(note).toMatch(/wider than A3/);
    expect(outcome.output as string).toMatch(new RegExp(`<svg [^>]*width="${Number(cm) * 10}mm"`));
    // A width asked for is kept, and a text size under 7 pt is called too small.
    const asked = await run([kennedy, '--format', 'svg', '--width-cm', '16']);
    expect(asked.ok && asked.notes.find((n) => n.startsWith('Printed '))).toMatch(/^Printed 16 cm wide: smallest text [\d.]+ pt: too small to read in print/);
  }, 60_000);

  it('svg: carries its short and long descriptions and its printed size in mm (the width that prints its text at 7 pt)', async () => {
    const svg = (await output([ged, '--format', 'svg'])) as string;
    const root = /<svg [^>]*>/.exec(svg)![0];
    expect(root).toMatch(/ width="(160|240|270|380|[\d.]+)mm" height="[\d.]+mm"/);
    expect(root).toContain('role="img" aria-labelledby="genogram-title genogram-desc"');
    expect(svg).toMatch(/<title id="genogram-title">Genogram of (a family|[^<]+'s family) as at [^<]+<\/title>/);
    expect(svg).toMatch(/<desc id="genogram-desc">The genogram shows the family as at /);
  });

  it('png: a small family 16 cm wide at 300 dpi by default (1,890 px across), pHYs says 300', async () => {
    const png = (await output([ged, '--format', 'png'])) as Uint8Array;
    expect(readPhysicalResolution(png)).toBe(300);
    expect(pngDimensions(png).width).toBe(1890);
    const small = (await output([ged, '--format', 'png', '--dpi', '150', '--width-cm', '5.08'])) as Uint8Array;
    expect(readPhysicalResolution(small)).toBeCloseTo(150, 1);
    expect(pngDimensions(small).width).toBe(300);
  });

  it('json: a genogram file the loader accepts', async () => {
    const text = (await output([ged, '--format', 'json'])) as string;
    const loaded = loadGenogramFile(text);
    expect(loaded.ok && loaded.document.persons.map((p) => p.givenNames)).toEqual(['Ann', 'Bob', 'Cara', 'Dan']);
  });

  it('layout: boxes and rows for everyone, each link a line ending on its child', async () => {
    const layout = JSON.parse((await output([ged, '--format', 'layout'])) as string) as LayoutJson;
    expect(layout.persons.map((p) => [p.label, p.row])).toEqual([
      ['Ann Smith', 0],
      ['Bob Jones', 0],
      ['Cara Jones', 1],
      ['Dan Jones', 1],
    ]);
    expect(layout.partnerships.filter((p) => p.drawn)).toHaveLength(1);
    expect(layout.partnerships.find((p) => p.drawn)!.line.length).toBeGreaterThan(0);
    expect(layout.parentLinks).toHaveLength(4);
    for (const link of layout.parentLinks) {
      const child = layout.persons.find((p) => p.id === link.child)!;
      const end = link.line[link.line.length - 1]!;
      expect(link.line.length).toBeGreaterThanOrEqual(3);
      expect(end[1]).toBe(child.box.y);
      expect(end[0]).toBeGreaterThanOrEqual(child.box.x);
      expect(end[0]).toBeLessThanOrEqual(child.box.x + child.box.width);
    }
  });

  it('--as-at before the children were born leaves them undrawn', async () => {
    const layout = JSON.parse((await output([ged, '--format', 'layout', '--as-at', '1989'])) as string) as LayoutJson;
    expect(layout.asAt).toBe('1989');
    expect(layout.persons.filter((p) => !p.drawn).map((p) => p.label)).toEqual(['Cara Jones', 'Dan Jones']);
    expect(layout.parentLinks.every((l) => !l.drawn && l.line.length === 0)).toBe(true);
  });

  it('--publication: the reference date as month and year, as the key of a published figure shows it', async () => {
    const recorded = JSON.parse((await output([ged, '--format', 'layout', '--as-at', '2024-03-12'])) as string) as LayoutJson;
    const published = JSON.parse((await output([ged, '--format', 'layout', '--as-at', '2024-03-12', '--publication'])) as string) as LayoutJson;
    expect([recorded.asAt, published.asAt]).toEqual(['12 Mar 2024', 'Mar 2024']);
  });

  it('--publication: no name, note or original id reaches any format', async () => {
    const kennedy = sharedFixturePath('kennedy.ged');
    for (const format of ['svg', 'json', 'gedcom', 'layout']) {
      const text = (await output([kennedy, '--format', format, '--publication'])) as string;
      for (const secret of ['Kennedy', 'Fitzgerald', 'Bouvier', 'p_I105', 'Imported family']) expect(text, `${format} holds ${secret}`).not.toContain(secret);
    }
    const withTitle = (await output([ged, '--format', 'svg', '--publication', '--title', 'Figure 1'])) as string;
    expect(withTitle).toContain('Figure 1');
  });

  it('gedcom: a GEDCOM 7.0 file that the importer reads back whole', async () => {
    const text = (await output([ged, '--format', 'gedcom'])) as string;
    expect(text.split('\n').slice(0, 4).join('\n')).toMatch(/^0 HEAD\n1 GEDC\n2 VERS 7\.0/);
    const back = importGedcom(new TextEncoder().encode(text));
    expect(back.ok && back.document.persons.map((p) => p.givenNames)).toEqual(['Ann', 'Bob', 'Cara', 'Dan']);
    expect(back.ok && back.document.parentLinks).toHaveLength(4);
  });

  it('a line that cannot be read is left out and named in the notes; a file of such lines ends in a message naming the file and lines', async () => {
    const slip = await run([fixture('garbage.ged'), '--format', 'svg']);
    expect(slip.ok && slip.notes).toContainEqual(expect.stringMatching(/skipped: line 6: not a GEDCOM line .*this line is not gedcom/));
    const parsed = parseExportArgs([fixture('garbage.ged'), '--format', 'svg']);
    if (!parsed.ok) throw new Error(parsed.message);
    const damaged = new TextEncoder().encode(`0 HEAD\n${'%%% garbage\n'.repeat(30)}0 TRLR\n`);
    const outcome = await runExport(parsed.args, damaged);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/garbage\.ged:2: not a GEDCOM line/) });
    expect(outcome.ok === false && outcome.message).toMatch(/garbage\.ged:22: reading stopped here/);
    const json = await run([fixture('binary.ged').replace('binary.ged', 'cycle.ged'), '--format', 'json']);
    expect(json.ok).toBe(true);
  });
});

describe('runExport --format table', () => {
  const review = fixture('review-family.ged');

  it('the family table of a GEDCOM file, with the households and twins the import suggests, for a subject named on the command line', async () => {
    const md = (await output([review, '--format', 'table', '--subject', 'Amy Carter', '--as-at', '2024-03-01'])) as string;
    expect(md.split('\n')).toEqual([
      '### Family table as at 1 Mar 2024',
      '',
      '| Role | Name | Relationship to subject | Gender | Date of birth | Age | Ethnicity | Disability | Household |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| Child A | Amy Carter | Subject child | Female | 3 Mar 2020 | 3 | Not entered | Not entered | 14 Oak Road, Leeds (from Mar 2020) |',
      '| Mother | Leanne Walsh | Mother | Female | 14 Jun 1994 | 29 | Not entered | Not entered | 14 Oak Road, Leeds (from 2019) |',
      '| Sibling 1 | Ava Carter | Twin sister | Female | 3 Mar 2020 | 3 | Not entered | Not entered | 14 Oak Road, Leeds (from Mar 2020) |',
      '| Father | Jason Carter | Father | Male | 2 Feb 1990 | 34 | Not entered | Not entered | 3 Station Street, Leeds (from 2021) |',
      "| Maternal great-aunt's husband | Robert Bell | Maternal great-aunt's husband; foster carer of maternal half-brother | Male | 1966 | 57 | Not entered | Not entered | 9 Mill Lane, Hull |",
      '| Maternal great-aunt | Susan Bell | Maternal great-aunt; foster carer of maternal half-brother | Female | 1968 | 55 | Not entered | Not entered | 9 Mill Lane, Hull |',
      '| Maternal half-sibling 1 | Kai Hughes | Maternal half-brother | Male | 10 Jan 2021 | 3 | Not entered | Not entered | 9 Mill Lane, Hull (from Sep 2023) |',
      '| Maternal great-grandmother | Edna Moss | Maternal great-grandmother | Female | 1940 | 83 | Not entered | Not entered | Not entered |',
      '| Maternal grandfather | Michael Walsh | Maternal grandfather | Male | 1963 | 60 | Not entered | Not entered | Not entered |',
      '| Maternal grandmother | Patricia Walsh | Maternal grandmother | Female | 1965 | 58 | Not entered | Not entered | Not entered |',
      "| Mother's partner 2 | Dean Hughes | Mother's partner | Male | 1988 | 35 | Not entered | Not entered | None at this date |",
      "| Mother's partner 1 | Gary Price | Mother's former husband | Male |  |  | Not entered | Not entered | Not entered |",
      "| Father's partner 1 | Chloe Dunn | Father's partner | Female |  |  | Not entered | Not entered | Not entered |",
      '',
    ]);
  });

  it('--publication: no names, years of birth, month and year in the heading, published household labels; CSV and HTML too', async () => {
    const csv = (await output([review, '--format', 'table', '--subject', 'p_I3', '--as-at', '2024-03-01', '--publication', '--table', 'csv'])) as string;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Role,Relationship to subject,Gender,Year of birth,Age,Ethnicity,Disability,Household');
    expect(lines[1]).toBe('Child A,Subject child,Female,2020,3,Withheld,Not entered,Household 1 (from 2020)');
    for (const secret of ['Walsh', 'Carter', 'Hughes', 'Oak Road', 'Mill Lane', '1 Mar 2024']) expect(csv).not.toContain(secret);
    const html = (await output([review, '--format', 'table', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication', '--table', 'html'])) as string;
    expect(html).toContain('<caption>Family table as at Mar 2024</caption>');
  });

  it('--subject marks the child on a published figure, so it is labelled by roles from them, whole', async () => {
    const svg = (await output([review, '--format', 'svg', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication'])) as string;
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const label of ['Child A', 'Mother', 'Father', 'Sibling 1', 'Maternal', 'great-', 'grandmother', "great-aunt's", 'Subject of the review']) expect(texts).toContain(label);
    expect(texts.filter((t) => /^Adult \d+$/.test(t!))).toEqual([]);
    expect(texts.filter((t) => t!.includes('…'))).toEqual([]);
  });

  it('a subject given by the GEDCOM file\'s own xref, as a user reading the file would give it', async () => {
    const byXref = await output([review, '--format', 'table', '--subject', '@I3@', '--as-at', '2024-03-01']);
    expect(byXref).toEqual(await output([review, '--format', 'table', '--subject', 'Amy Carter', '--as-at', '2024-03-01']));
    expect(await run([review, '--format', 'table', '--subject', '@I99@'])).toEqual({ ok: false, message: '--subject "@I99@": nobody of that name or id is in the file.' });
  });

  it('a subject not in the file, or named twice, is refused by name; with no subject at all, it says how to give one', async () => {
    expect(await run([review, '--format', 'table', '--subject', 'Zoe Nobody'])).toEqual({ ok: false, message: '--subject "Zoe Nobody": nobody of that name or id is in the file.' });
    expect(await run([review, '--format', 'table'])).toEqual({ ok: false, message: 'No subject child is marked in the file: give one with --subject "NAME" (or an id).' });
  });
});
