import { describe, expect, it } from 'vitest';
import { familyTable, familyTableToCsv, familyTableToHtml, familyTableToMarkdown } from '../../../src/core/tables/composition';
import { Family, y } from '../kinship/family';
import { leakyFamily, leaks } from '../publication/leakyFamily';

function family() {
  return new Family()
    .person('child', 'female', { givenNames: 'Amy', familyName: 'Smith', subject: true, birth: y(2020, 5, 1), ethnicity: { status: 'recorded', text: 'White British' }, disability: { status: 'no' } })
    .person('mum', 'female', { givenNames: 'Jo', birth: y(1990, 1, 1), disability: { status: 'yes', text: 'Hearing, "partial"' }, ethnicity: { status: 'not-recorded' } })
    .person('p1', 'male', { givenNames: '=HYPERLINK("x")', birth: y(1985) })
    .person('gone', 'male', { givenNames: 'Old', birth: y(1940, 2, 2), death: y(2015, 3, 3) })
    .person('nan', 'female', { givenNames: 'Nan <b>', birth: y(1960) })
    .person('visitor', 'male', { givenNames: 'Rob', significantOther: { role: 'partner', of: 'mum' } })
    .person('unborn', 'male', { givenNames: 'Later', birth: y(2022) })
    .person('bump', 'unknown', { pregnancy: { outcome: 'ongoing' } })
    .person('dad', 'male', { placeholder: true, givenNames: undefined })
    .child(['mum', 'dad'], 'child').child(['nan'], 'mum').child(['mum'], 'bump')
    .partners('mum', 'p1', [{ type: 'cohabiting', date: y(2019) }])
    .household('flat', [
      { person: 'child', from: y(2020, 5, 1) }, { person: 'mum' }, { person: 'p1', from: y(2019, 4, 1) },
      { person: 'gone', to: y(2015) }, { person: 'visitor', from: y(2020, 9), visiting: true },
    ], { label: 'Flat | upstairs' })
    .household('nans', [{ person: 'nan' }], { label: "12 Nan's & co" }).doc;
}

describe('familyTable', () => {
  const t = familyTable(family(), { asAt: y(2021, 1, 1) });
  const byId = new Map(t.rows.map((r) => [r.personId, r]));

  it('one row per person born by the date, subject first, then their household, its visitors, other households, the rest', () => {
    expect(t.subject).toBe('child');
    expect(t.rows.map((r) => r.personId)).toEqual(['child', 'p1', 'mum', 'visitor', 'nan', 'gone', 'dad']);
  });

  it('every column, with ages in months under two, and the household at the date', () => {
    expect(t.columns.map((c) => c.title)).toEqual(['Role', 'Name', 'Relationship to subject', 'Gender', 'Date of birth', 'Age', 'Ethnicity', 'Disability', 'Household']);
    expect(byId.get('child')).toMatchObject({ role: 'Child A', name: 'Amy Smith', relationship: 'Subject child', gender: 'Female', born: '1 May 2020', age: '8 months', ethnicity: 'White British', disability: 'No', household: 'Flat | upstairs (from May 2020)' });
    expect(byId.get('p1')).toMatchObject({ role: "Mother's partner 1", relationship: "Mother's partner", age: '35', household: 'Flat | upstairs (from Apr 2019)' });
    expect(byId.get('visitor')).toMatchObject({ role: "Mother's partner 2", relationship: "Mother's partner", household: 'Visiting Flat | upstairs (from Sep 2020)', born: '', age: '' });
    expect(byId.get('gone')).toMatchObject({ age: 'Died aged 75', household: '', relationship: 'No known relation' });
    expect(byId.get('dad')).toMatchObject({ name: 'Not known', relationship: 'Father', household: 'Not entered' });
    expect(byId.get('nan')).toMatchObject({ relationship: 'Maternal grandmother', household: "12 Nan's & co" });
  });

  it('keeps "not entered" (nobody filled it in) apart from "not recorded" (the records do not say)', () => {
    expect(byId.get('mum')).toMatchObject({ ethnicity: 'Not recorded', disability: 'Yes: Hearing, "partial"' });
    expect(byId.get('p1')).toMatchObject({ ethnicity: 'Not entered', disability: 'Not entered' });
  });

  it('only households at the date, when asked', () => {
    expect(familyTable(family(), { asAt: y(2021, 1, 1), householdsOnly: true }).rows.map((r) => r.personId)).toEqual(['child', 'p1', 'mum', 'visitor', 'nan']);
  });

  it('writes CSV with quoting and defused formulas, one header row', () => {
    const lines = familyTableToCsv(t).split('\r\n');
    expect(lines[0]).toBe('Role,Name,Relationship to subject,Gender,Date of birth,Age,Ethnicity,Disability,Household');
    expect(lines[2]).toBe(`Mother's partner 1,"'=HYPERLINK(""x"")",Mother's partner,Male,1985,35,Not entered,Not entered,Flat | upstairs (from Apr 2019)`);
    expect(lines[3]).toContain('"Yes: Hearing, ""partial"""');
    expect(lines).toHaveLength(t.rows.length + 2);
  });

  it('defuses a formula that starts after a separator inside a cell (a spreadsheet splitting on ; , or tab would run it)', () => {
    const cells = ['a;=1+1', 'a,+SUM(A1)', 'a\t@cmd', 'b; -2+3', 'line\n=HYPERLINK("x")', 'Smith-Jones', 'a;b', 'x = y'];
    const table = { ...t, columns: [{ key: 'name', title: 'Name' }] as const, rows: cells.map((name) => ({ ...t.rows[0]!, name })) };
    const lines = familyTableToCsv(table).split('\r\n');
    expect(lines.slice(1, 5)).toEqual(["a;'=1+1", `"a,'+SUM(A1)"`, "a\t'@cmd", "b; '-2+3"]);
    expect(familyTableToCsv(table)).toContain(`"line\n'=HYPERLINK(""x"")"`);
    // Text with no formula start after a separator is left alone.
    expect(lines.slice(6, 9)).toEqual(['Smith-Jones', 'a;b', 'x = y']);
  });

  it('escapes Markdown and HTML, headed with the date', () => {
    const md = familyTableToMarkdown(t);
    expect(md.split('\n')[0]).toBe('### Family table as at 1 Jan 2021');
    expect(md).toContain('| Flat \\| upstairs (from May 2020) |');
    expect(md).toContain('| Nan \\<b\\> |');
    const html = familyTableToHtml(t);
    expect(html).toContain('<caption>Family table as at 1 Jan 2021</caption>');
    expect(html).toContain('<td>Nan &lt;b&gt;</td>');
    expect(html).not.toContain('<b>');
  });
});

describe('familyTable for publication', () => {
  it('names no one, gives years of birth, exact ages, month and year, published household labels', () => {
    const t = familyTable(family(), { asAt: y(2021, 1, 1), publication: true });
    expect(t.asAtLabel).toBe('Jan 2021');
    expect(t.columns.map((c) => c.title)).toEqual(['Role', 'Relationship to subject', 'Gender', 'Year of birth', 'Age', 'Ethnicity', 'Disability', 'Household']);
    const child = t.rows[0]!;
    expect(child).toMatchObject({ role: 'Child A', name: '', born: '2020', age: '8 months', ethnicity: 'Withheld', household: 'Flat | upstairs (from 2020)' });
    expect(t.rows.find((r) => r.personId === 'mum')!.disability).toBe('Yes');
    expect(t.rows.find((r) => r.personId === 'nan')!.household).toBe('Household 2');
    const all = familyTableToCsv(t) + familyTableToMarkdown(t) + familyTableToHtml(t);
    expect(all).not.toMatch(/Amy|Jo\b|HYPERLINK|Nan <b>|1 Jan 2021|White British|Hearing/);
    expect(familyTableToMarkdown(t).split('\n')[0]).toBe('### Family table as at Jan 2021');
    expect(familyTable(family(), { asAt: y(2021, 1, 1), publication: true, keepEthnicity: true }).rows[0]!.ethnicity).toBe('White British');
  });

  it('leaks nothing of a family full of names', () => {
    const doc = leakyFamily();
    const t = familyTable(doc, { publication: true });
    const all = familyTableToCsv(t) + familyTableToMarkdown(t) + familyTableToHtml(t);
    expect(all).toContain('Child A');
    expect(leaks(all)).toEqual([]);
  });
});
