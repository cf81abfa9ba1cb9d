import { describe, expect, it } from 'vitest';
import { saveGenogramFile } from '../../../src/core/format/save';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations/persons';
import { interpretFile, isGedcomName } from '../../../src/platform/files/interpretFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading an opened file', () => {
  it('reads a saved document back', async () => {
    const doc = addPerson(emptyDocument('Case A'), { givenNames: 'Ava' }).doc;
    const result = await interpretFile('case-a.genogram.json', bytes(saveGenogramFile(doc)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.persons[0]!.givenNames).toBe('Ava');
  });

  it('says where a broken JSON file is wrong', async () => {
    const result = await interpretFile('broken.genogram.json', bytes('{"format": "genogram",\n "version": 2,\n "document": {'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.title).toContain('broken.genogram.json');
      expect(result.lines.join('\n')).toMatch(/line/i);
    }
  });

  it('names the path of a wrong value', async () => {
    const doc = addPerson(emptyDocument(), { givenNames: 'Ava' }).doc;
    const json = JSON.parse(saveGenogramFile(doc));
    json.document.persons[0].gender = 'robot';
    const result = await interpretFile('x.json', bytes(JSON.stringify(json)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.lines.join('\n')).toContain('persons[0]');
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    const result = await interpretFile('x.json', new Uint8Array([0x7b, 0x0a, 0xff, 0xfe, 0x00, 0xc3]));
    expect(result).toMatchObject({ ok: false });
    // Where, as the GEDCOM reader says it: the byte offset and the line.
    if (!result.ok) expect(result.lines[0]).toContain('the first bad byte is 0xFF at byte offset 2 (line 2)');
  });

  it('reads GEDCOM by its name and reports its errors with line numbers', async () => {
    expect(isGedcomName('family.GED')).toBe(true);
    expect(isGedcomName('family.genogram.json')).toBe(false);
    const good = await interpretFile('f.ged', bytes('0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ann /Lee/\n1 SEX F\n0 TRLR\n'));
    expect(good.ok).toBe(true);
    if (good.ok) expect(good.document.persons).toHaveLength(1);
    const bad = await interpretFile('f.ged', bytes('this is not gedcom at all'));
    expect(bad.ok).toBe(false);
  });
});

describe('a GEDCOM file waits for review', () => {
  it('carries the summary and suggestions with the file name', async () => {
    const result = await interpretFile('twins.ged', bytes([
      '0 HEAD', '1 GEDC', '2 VERS 7.0',
      '0 @I1@ INDI', '1 BIRT', '2 DATE 1 JAN 2000', '0 @I2@ INDI', '1 BIRT', '2 DATE 1 JAN 2000',
      '0 @I3@ INDI', '1 SEX F', '0 @F1@ FAM', '1 WIFE @I3@', '1 CHIL @I1@', '1 CHIL @I2@', '0 TRLR', '',
    ].join('\n')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.gedcom?.fileName).toBe('twins.ged');
    expect(result.gedcom?.summary.version).toBe('7.0');
    expect(result.gedcom?.suggestions.multipleBirths).toHaveLength(1);
    expect(result.gedcom?.document).toBe(result.document);
  });

  it('a .genogram.json file carries no review', async () => {
    const doc = addPerson(emptyDocument('Case B'), { givenNames: 'Bo' }).doc;
    const result = await interpretFile('b.genogram.json', bytes(saveGenogramFile(doc)));
    expect(result.ok && result.gedcom).toBe(undefined);
  });
});
