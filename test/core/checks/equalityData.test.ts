import { describe, expect, it } from 'vitest';
import { equalityData } from '../../../src/core/checks/equalityData';
import { Family } from '../kinship/family';

describe('equalityData', () => {
  it('asks for ethnicity and disability of subjects and their parents only, not entered told apart from not recorded', () => {
    const doc = new Family()
      .person('child', 'female', { givenNames: 'Cara', subject: true, ethnicity: { status: 'recorded', text: 'x' } })
      .person('mum', 'female', { ethnicity: { status: 'not-recorded' }, disability: { status: 'no' } })
      .person('dad', 'male', { placeholder: true })
      .person('adopter', 'male', { ethnicity: { status: 'recorded', text: 'y' }, disability: { status: 'yes', text: 'z' } })
      .person('nan', 'female')
      .child(['mum', 'dad'], 'child').child(['adopter'], 'child', 'adoptive').child(['nan'], 'mum').doc;
    const found = equalityData(doc, { year: 2020 });
    expect(found.map((f) => f.message)).toEqual([
      'Disability not entered for Cara (subject child).',
      'Ethnicity not recorded for mum (parent of Cara).',
    ]);
  });
});

describe('equalityData wording', () => {
  it('says "not entered" for what nobody filled in and "not recorded" for what the records do not say', () => {
    const doc = new Family().person('c', 'female', { givenNames: 'Cara', subject: true, disability: { status: 'not-recorded' } }).doc;
    expect(equalityData(doc, { year: 2020 }).map((f) => f.message)).toEqual(['Ethnicity not entered and disability not recorded for Cara (subject child).']);
  });
});
