import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGenogramFile } from '../../../../src/core/format/load';
import { readV1Date, v1ToV2 } from '../../../../src/core/format/migrations/v1ToV2';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/format/${name}`, import.meta.url), 'utf8');

describe('migration v1 → v2', () => {
  it('turns the version-1 fixture into exactly the version-2 fixture', () => {
    const v1 = JSON.parse(fixture('v1-family.genogram.json'));
    const v2 = JSON.parse(fixture('v2-family.genogram.json'));
    const result = v1ToV2.up(v1.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toEqual(v2.document);
  });

  it('loads a version-1 file, saying it was migrated, and keeps unknown fields', () => {
    const result = loadGenogramFile(fixture('v1-family.genogram.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.warnings[0]).toMatch(/format version 1 and has been converted/);
    expect(result.document).toMatchObject({ reviewer: 'kept unknown field' });
    expect(result.document.persons[3]).toMatchObject({ caseRef: 'CR-44', gender: 'female' });
  });

  it('reads every version-1 date form', () => {
    expect(readV1Date('1998')).toEqual({ year: 1998 });
    expect(readV1Date('1998-03')).toEqual({ year: 1998, month: 3 });
    expect(readV1Date('1998-03-12')).toEqual({ year: 1998, month: 3, day: 12 });
    expect(readV1Date('c1998')).toEqual({ year: 1998, qualifier: 'about' });
    expect(readV1Date('<2001-05')).toEqual({ year: 2001, month: 5, qualifier: 'before' });
    expect(readV1Date('>2001')).toEqual({ year: 2001, qualifier: 'after' });
    expect(readV1Date('March 1998')).toBeUndefined();
  });

  it('reports bad version-1 values with their place and the person’s name', () => {
    const v1 = JSON.parse(fixture('v1-family.genogram.json'));
    v1.document.persons[0].birth = '12/03/1988';
    v1.document.persons[2].sex = 'X';
    v1.document.partnerships[0].status = 'engaged-ish';
    v1.document.asAt = '2019-02-30';
    const result = loadGenogramFile(JSON.stringify(v1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'document.persons[0].birth', message: expect.stringMatching(/^Person 1 \(Rita Moss\), birth: "12\/03\/1988" is not a version-1 date/) },
      { path: 'document.persons[2].sex', message: expect.stringMatching(/^Person 3 \(Sam\), sex: sex must be "M", "F" or "U", found "X"/) },
      { path: 'document.partnerships[0].status', message: expect.stringMatching(/^Partnership 1 \(Rita Moss and Ray Moss\), status: status must be one of/) },
      { path: 'document.asAt', message: `The document's asAt: "2019-02-30" is not a real date` },
    ]);
  });
});
