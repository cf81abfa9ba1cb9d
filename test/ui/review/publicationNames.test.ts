import { describe, expect, it } from 'vitest';
import { withPublicationNames } from '../../../src/ui/review/publicationNames';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { runChecks } from '../../../src/core/checks/runChecks';
import type { GenogramDocument } from '../../../src/core/model/types';

const AS_AT = { year: 2025, month: 3, day: 12 };

/** The example with problems the checks find, so there are messages naming people and households. */
function troubledFamily(): GenogramDocument {
  const doc = exampleFamily();
  doc.persons = doc.persons.map((p) => (p.id === 'p_harper' ? { ...p, birth: { year: 2026, month: 1 } } : p.id === 'p_ellie' ? { ...p, ethnicity: { status: 'not-recorded' } } : p));
  // Dean in both households at once.
  doc.households[1]!.members.push({ person: 'p_dean', from: { year: 2024 } });
  doc.households[1]!.label = 'Walsh family, 12 Acacia Road';
  return doc;
}

const NAMES = ['Patricia', 'Michael', 'Brenda', 'Leanne', 'Jason', 'Dean', 'Kayden', 'Ellie', 'Harper', 'Walsh', 'Carter', 'Hughes', 'Acacia'];

describe('withPublicationNames', () => {
  it('gives the checks the same findings, for the same people, with no name in any message', () => {
    const doc = troubledFamily();
    const plain = runChecks(doc, AS_AT);
    const published = runChecks(withPublicationNames(doc, AS_AT), AS_AT);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    expect(published.map((f) => [f.checkId, f.personIds])).toEqual(plain.map((f) => [f.checkId, f.personIds]));
    const text = published.map((f) => f.message).join('\n');
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).toContain('Child A');
    expect(text).toContain('"Household 2"');
  });

  it('keeps dates and recorded details, and removes names, notes and addresses', () => {
    const doc = troubledFamily();
    const out = withPublicationNames(doc, AS_AT);
    const leanne = out.persons.find((p) => p.id === 'p_leanne')!;
    expect(leanne.label).toBe('Mother');
    expect(leanne.givenNames).toBeUndefined();
    expect(leanne.familyName).toBeUndefined();
    expect(leanne.notes).toBeUndefined();
    expect(leanne.birth).toEqual({ year: 1994, month: 6, day: 2 });
    expect(leanne.ethnicity).toEqual({ status: 'recorded', text: 'White British' });
    expect(out.persons.find((p) => p.id === 'p_dean')!.secondLine).toBeUndefined();
    expect(out.households.map((h) => h.address)).toEqual([undefined, undefined]);
    expect(out.households[1]!.label).not.toContain('Acacia');
    // The original is left alone.
    expect(doc.persons.find((p) => p.id === 'p_leanne')!.givenNames).toBe('Leanne');
  });
});
