import { describe, expect, it } from 'vitest';
import { defaultOutPath, parseExportArgs } from '../../src/cli/exportArgs';

describe('parseExportArgs', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(parseExportArgs(['fam.ged', '--format', 'png', '--publication', '--as-at=31/3/2024', '--out', 'x.png', '--dpi', '600', '--width-cm=8', '--title', 'T'])).toEqual({
      ok: true,
      args: { input: 'fam.ged', format: 'png', publication: true, asAt: { year: 2024, month: 3, day: 31 }, out: 'x.png', dpi: 600, widthCm: 8, title: 'T' },
    });
    expect(parseExportArgs(['a.genogram.json', '--format=layout'])).toEqual({ ok: true, args: { input: 'a.genogram.json', format: 'layout', publication: false, dpi: 300 } });
  });

  it.each([
    [[], /No input file/],
    [['a.ged'], /No --format/],
    [['a.ged', '--format', 'pdf'], /--format must be one of svg, png, json, gedcom, layout, table, docx, description, chronology \(got "pdf"\)/],
    [['a.ged', '--format', 'table', '--table', 'xlsx'], /--table must be one of csv, markdown, html/],
    [['a.ged', '--format', 'json', '--subject', 'Amy'], /--subject goes with --format table, docx, description, svg, png \(got --format json\)/],
    [['a.ged', '--format', 'svg', '--table', 'csv'], /--table goes with --format table/],
    [['a.ged', '--format', 'table', '--subject', ' '], /--subject needs the subject child's name or id/],
    [['a.txt', '--format', 'svg'], /must be a .genogram.json or .ged file/],
    [['a.ged', '--format', 'svg', '--as-at', 'soon'], /--as-at: "soon" is not a date/],
    [['a.ged', '--format', 'svg', '--dpi', '0'], /--dpi must be a number from 30 to 2400/],
    [['a.ged', '--format', 'svg', '--colour', 'red'], /Unknown option --colour/],
    [['a.ged', 'b.ged', '--format', 'svg'], /Only one input file/],
    [['a.ged', '--format'], /got nothing/],
  ])('%j is refused with a message', (argv, message) => {
    const r = parseExportArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('table: the subject by name, the format from --table or the --out extension, Markdown by default', () => {
    const parsed = (argv: string[]) => {
      const r = parseExportArgs(argv);
      if (!r.ok) throw new Error(r.message);
      return r.args;
    };
    expect(parsed(['f.ged', '--format', 'table', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication'])).toEqual({
      input: 'f.ged', format: 'table', subject: 'Amy Carter', asAt: { year: 2024, month: 3, day: 1 }, publication: true, table: 'markdown', dpi: 300,
    });
    expect(parsed(['f.ged', '--format', 'table', '--out', 'x.CSV']).table).toBe('csv');
    expect(parsed(['f.ged', '--format', 'table', '--out', 'x.htm']).table).toBe('html');
    expect(parsed(['f.ged', '--format', 'table', '--table', 'csv', '--out', 'x.md']).table).toBe('csv');
    expect(defaultOutPath('dir/fam.ged', 'table', true, 'csv')).toBe('dir/fam.publication.table.csv');
    expect(defaultOutPath('dir/fam.ged', 'table', false)).toBe('dir/fam.table.md');
    expect(defaultOutPath('dir/fam.genogram.json', 'docx', true)).toBe('dir/fam.publication.docx');
    expect(defaultOutPath('dir/fam.ged', 'description', false)).toBe('dir/fam.description.txt');
    expect(parsed(['f.ged', '--format', 'docx', '--subject', 'Amy Carter'])).toMatchObject({ format: 'docx', subject: 'Amy Carter' });
    // A published figure is labelled by roles from the subject, so the figure formats take one too.
    expect(parsed(['f.ged', '--format', 'png', '--subject', '@I3@', '--publication'])).toMatchObject({ format: 'png', subject: '@I3@' });
    expect(parsed(['f.ged', '--format', 'description', '--publication'])).toMatchObject({ format: 'description', publication: true });
  });

  it('default output path sits beside the input', () => {
    expect(defaultOutPath('dir/fam.ged', 'svg', false)).toBe('dir/fam.svg');
    expect(defaultOutPath('dir/fam.genogram.json', 'json', true)).toBe('dir/fam.publication.genogram.json');
    expect(defaultOutPath('fam.GED', 'layout', false)).toBe('fam.layout.json');
    expect(defaultOutPath('dir/fam.genogram.json', 'gedcom', true)).toBe('dir/fam.publication.ged');
  });
});
