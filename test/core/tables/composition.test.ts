import { describe, expect, it } from 'vitest';
import { compositionToCsv, compositionToHtml, compositionToMarkdown, householdComposition } from '../../../src/core/tables/composition';
import { anonymise } from '../../../src/core/publication/anonymise';
import { Family, y } from '../kinship/family';
import { leakyFamily, leaks } from '../publication/leakyFamily';

function family() {
  return new Family()
    .person('child', 'female', { givenNames: 'Amy', familyName: 'Smith', subject: true, birth: y(2012, 5, 1), ethnicity: { status: 'recorded', text: 'White British' }, disability: { status: 'no' } })
    .person('mum', 'female', { givenNames: 'Jo', birth: y(1990, 1, 1), disability: { status: 'yes', text: 'Hearing, "partial"' } })
    .person('p1', 'male', { givenNames: '=HYPERLINK("x")', birth: y(1985) })
    .person('gone', 'male', { givenNames: 'Old' })
    .person('nan', 'female', { givenNames: 'Nan <b>', birth: y(1960) })
    .child(['mum'], 'child')
    .partners('mum', 'p1', [{ type: 'cohabiting', date: y(2019) }])
    .household('flat', [
      { person: 'child', from: y(2012, 5, 1) }, { person: 'mum' }, { person: 'p1', from: y(2019, 4, 1) },
      { person: 'gone', to: y(2015) },
    ], { label: 'Flat | upstairs' })
    .household('nans', [{ person: 'nan' }], { label: "Nan's & co" })
    .household('empty', [{ person: 'gone', from: y(2030) }]).doc;
}

describe('householdComposition', () => {
  const c = householdComposition(family(), y(2021, 1, 1));

  it('lists members at the date with relationship, age and recorded data; subject first, then oldest', () => {
    expect(c.subject).toBe('child');
    expect(c.households.map((h) => h.label)).toEqual(['Flat | upstairs', "Nan's & co"]);
    expect(c.households[0]!.rows).toEqual([
      { personId: 'child', name: 'Amy Smith', relationship: 'Subject child', age: '8', gender: 'Female', ethnicity: 'White British', disability: 'No', from: '1 May 2012', to: '' },
      { personId: 'p1', name: '=HYPERLINK("x")', relationship: "Mother's partner", age: '35', gender: 'Male', ethnicity: 'Not recorded', disability: 'Not recorded', from: '1 Apr 2019', to: '' },
      { personId: 'mum', name: 'Jo', relationship: 'Mother', age: '31', gender: 'Female', ethnicity: 'Not recorded', disability: 'Yes: Hearing, "partial"', from: '', to: '' },
    ]);
    expect(c.households[1]!.rows[0]!.relationship).toBe('No known relation');
  });

  it('writes CSV with quoting and defused formulas', () => {
    const csv = compositionToCsv(c);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Household,Name,Relationship to subject child,Age,Gender,Ethnicity,Disability,From,To');
    expect(lines[2]).toBe(`Flat | upstairs,"'=HYPERLINK(""x"")",Mother's partner,35,Male,Not recorded,Not recorded,1 Apr 2019,`);
    expect(lines[3]).toContain('"Yes: Hearing, ""partial"""');
    expect(lines).toHaveLength(6);
  });

  it('escapes Markdown and HTML', () => {
    const md = compositionToMarkdown(c);
    expect(md).toContain('### Flat \\| upstairs');
    expect(md).toContain('| Nan \\<b\\> |');
    const html = compositionToHtml(c);
    expect(html).toContain('<caption>Nan&#39;s &amp; co</caption>');
    expect(html).toContain('<td>Nan &lt;b&gt;</td>');
    expect(html).not.toContain('<b>');
    expect(html.match(/<table>/g)).toHaveLength(2);
  });

  it('leaks nothing when built from the anonymised copy', () => {
    const doc = leakyFamily();
    const c2 = householdComposition(anonymise(doc), doc.settings.asAt, undefined, { withheld: ['ethnicity'] });
    expect(c2.households[0]!.rows[0]!.ethnicity).toBe('Withheld');
    const all = compositionToCsv(c2) + compositionToMarkdown(c2) + compositionToHtml(c2);
    expect(all).toContain('Child A');
    expect(leaks(all)).toEqual([]);
  });
});
