import { describe, expect, it } from 'vitest';
import { equalityData } from '../../../src/core/checks/equalityData';
import { Family } from '../kinship/family';

describe('equalityData', () => {
  it('asks for ethnicity and disability of subjects and their parents only', () => {
    const doc = new Family()
      .person('child', 'female', { givenNames: 'Cara', subject: true, ethnicity: { status: 'recorded', text: 'x' } })
      .person('mum', 'female', { ethnicity: { status: 'not-recorded' }, disability: { status: 'no' } })
      .person('dad', 'male', { placeholder: true })
      .person('adopter', 'male', { ethnicity: { status: 'recorded', text: 'y' }, disability: { status: 'yes', text: 'z' } })
      .person('nan', 'female')
      .child(['mum', 'dad'], 'child').child(['adopter'], 'child', 'adoptive').child(['nan'], 'mum').doc;
    const found = equalityData(doc, { year: 2020 });
    expect(found.map((f) => f.message)).toEqual([
      'Disability not recorded for Cara (subject child).',
      'Ethnicity not recorded for mum (parent of Cara).',
    ]);
  });
});
