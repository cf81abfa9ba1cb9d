import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from '../../../src/core/checks/runChecks';
import { Family, y } from '../kinship/family';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('runChecks', () => {
  const doc = new Family()
    .person('child', 'female', { subject: true, birth: y(2010), death: y(2005) })
    .person('mum', 'female', { birth: y(2005) })
    .person('loner', 'male')
    .child(['mum'], 'child').doc;

  it('runs every check on a frozen document, errors first, ids unique', () => {
    const frozen = deepFreeze(structuredClone(doc));
    const before = JSON.stringify(frozen);
    const found = runChecks(frozen, y(2020));
    expect(JSON.stringify(frozen)).toBe(before);
    expect(found.map((f) => f.checkId)).toEqual([
      'birth-after-death', 'parent-too-young', 'father-not-known', 'equality-data', 'equality-data', 'unconnected',
    ]);
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    expect(CHECKS.length).toBe(27);
  });

  it('finds nothing in a sound family', () => {
    const sound = new Family()
      .person('child', 'female', { subject: true, birth: y(2010), ethnicity: { status: 'recorded', text: 'a' }, disability: { status: 'no' } })
      .person('mum', 'female', { birth: y(1985), ethnicity: { status: 'recorded', text: 'a' }, disability: { status: 'no' } })
      .person('dad', 'male', { birth: y(1984), ethnicity: { status: 'recorded', text: 'a' }, disability: { status: 'no' } })
      .child(['mum', 'dad'], 'child').household('h', [{ person: 'mum' }, { person: 'dad' }, { person: 'child', from: y(2010) }]).doc;
    expect(runChecks(sound, y(2020))).toEqual([]);
  });
});

describe('runChecks on any document', () => {
  it('never throws, never changes the document, and names only people in it', async () => {
    const fc = (await import('fast-check')).default;
    const { randomFamily } = await import('../kinship/randomFamily');
    fc.assert(
      fc.property(randomFamily, fc.integer({ min: 1990, max: 2030 }), (doc, year) => {
        const before = JSON.stringify(doc);
        const found = runChecks(doc, { year });
        expect(JSON.stringify(doc)).toBe(before);
        expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
        for (const f of found) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
