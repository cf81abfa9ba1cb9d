import { describe, expect, it } from 'vitest';
import { applyImportSuggestions } from '../../../src/core/gedcom/applySuggestions';
import { importGedcom } from '../../../src/core/gedcom/importGedcom';
import { checkDocumentMeaning } from '../../../src/core/format/semantic';

/** Twins Ann and Ben in F1 (same birth date), a singleton Cal; two people share a dated residence, one lives alone. */
const FAMILY = [
  '0 HEAD', '1 GEDC', '2 VERS 5.5.1', '1 CHAR UTF-8',
  '0 @I1@ INDI', '1 NAME Mia /Lee/', '1 SEX F',
  '1 RESI', '2 DATE FROM 2015 TO 2019', '2 ADDR 4 Elm Road, Leeds',
  '0 @I2@ INDI', '1 NAME Tom /Lee/', '1 SEX M',
  '1 RESI', '2 DATE FROM 2016', '2 ADDR 4 Elm Road, Leeds',
  '1 RESI', '2 DATE FROM 2020', '2 PLAC Hull',
  '0 @I3@ INDI', '1 NAME Ann /Lee/', '1 SEX F', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @I4@ INDI', '1 NAME Ben /Lee/', '1 SEX M', '1 BIRT', '2 DATE 3 MAR 2017',
  '0 @I5@ INDI', '1 NAME Cal /Lee/', '1 SEX M', '1 BIRT', '2 DATE 9 JUN 2019',
  '0 @F1@ FAM', '1 HUSB @I2@', '1 WIFE @I1@', '1 CHIL @I3@', '1 CHIL @I4@', '1 CHIL @I5@',
  '0 TRLR', '',
].join('\n');

function imported() {
  const result = importGedcom(FAMILY);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result;
}

describe('applyImportSuggestions', () => {
  it('the fixture gives one multiple birth and two households to choose from', () => {
    const { suggestions, document } = imported();
    expect(suggestions.multipleBirths).toHaveLength(1);
    expect(suggestions.households).toHaveLength(2);
    expect(document.multipleBirths).toHaveLength(0);
    expect(document.households).toHaveLength(0);
  });

  it('takes nothing when told false, and returns the same document', () => {
    const { document, suggestions } = imported();
    expect(applyImportSuggestions(document, suggestions, { multipleBirths: false, households: false })).toBe(document);
    expect(applyImportSuggestions(document, suggestions, { multipleBirths: [], households: [] })).toBe(document);
  });

  it('takes everything when told true, and the result is a valid document', () => {
    const { document, suggestions } = imported();
    const next = applyImportSuggestions(document, suggestions, { multipleBirths: true, households: true });
    expect(next.multipleBirths).toHaveLength(1);
    expect(next.multipleBirths[0]!.members).toEqual(suggestions.multipleBirths[0]!.members);
    expect(next.multipleBirths[0]!.kind).toBe('fraternal');
    expect(next.households).toHaveLength(2);
    const elm = next.households.find((h) => h.address === '4 Elm Road, Leeds')!;
    expect(elm.label).toBe('4 Elm Road, Leeds');
    expect(elm.members).toEqual([
      { person: document.persons[0]!.id, from: { year: 2015 }, to: { year: 2019 } },
      { person: document.persons[1]!.id, from: { year: 2016 } },
    ]);
    expect(checkDocumentMeaning(next).errors).toEqual([]);
    // The input is not changed.
    expect(document.multipleBirths).toHaveLength(0);
    expect(document.households).toHaveLength(0);
  });

  it('takes only the households named by id, and a multiple birth named by any member', () => {
    const { document, suggestions } = imported();
    const hull = suggestions.households.find((s) => s.household.label === 'Hull')!;
    const twinB = suggestions.multipleBirths[0]!.members[1]!;
    const next = applyImportSuggestions(document, suggestions, { multipleBirths: [twinB], households: [hull.household.id] });
    expect(next.households.map((h) => h.label)).toEqual(['Hull']);
    expect(next.multipleBirths).toHaveLength(1);
  });

  it('refuses a choice that names no suggestion, saying which', () => {
    const { document, suggestions } = imported();
    expect(() => applyImportSuggestions(document, suggestions, { multipleBirths: ['p_nobody'], households: false })).toThrow(/p_nobody/);
    expect(() => applyImportSuggestions(document, suggestions, { multipleBirths: false, households: ['h_gone'] })).toThrow(/h_gone/);
  });

  it('gives households fresh ids that clash with nothing in the document', () => {
    const { document, suggestions } = imported();
    const once = applyImportSuggestions(document, suggestions, { multipleBirths: false, households: true });
    const twice = applyImportSuggestions(once, suggestions, { multipleBirths: false, households: true });
    const ids = twice.households.map((h) => h.id);
    expect(new Set(ids).size).toBe(4);
  });
});
