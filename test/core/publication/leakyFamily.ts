// A case family full of distinctive strings, none of which may survive publication.
import type { GenogramDocument } from '../../../src/core/model/types';
import { Family, y } from '../kinship/family';

export const SECRETS = [
  'Zephyrine', 'Quarmby-Oyelaran', 'Quarmby', 'Oyelaran', 'Wexcombe', 'Tolworth', 'KT6 9QZ', 'Threlkeld', 'Gribbleton',
  'Vantongeren', 'Frobishian', 'Kromwell', 'Xylophage', 'Ploughwick', 'Yarrowby', 'Blenkinsopp', '943 476 5919',
  'Dunstanburgh', 'Marisol', 'Oakhanger', 'Petronella', 'Ulverscroft', 'Beaurepaire', 'Snodsbury',
];

export function leakyFamily(): GenogramDocument {
  const f = new Family()
    .person('p_zephyrine', 'female', {
      givenNames: 'Zephyrine', familyName: 'Quarmby-Oyelaran', subject: true, birth: y(2012, 3, 14),
      notes: 'Disclosed to Ms Threlkeld', secondLine: 'Pupil at Oakhanger Primary',
      ethnicity: { status: 'recorded', text: 'Frobishian heritage' }, disability: { status: 'yes', text: 'Kromwell syndrome' },
      conditions: { learningDisability: true }, badges: ['CPP', 'Xylophage watch'],
    })
    .person('p_mum', 'female', { givenNames: 'Marisol', familyName: 'Quarmby', birth: y(1990, 7, 2), secondLine: 'Works at Gribbleton Abattoir', conditions: { mentalIllHealth: true, substanceMisuse: 'yes' } })
    .person('p_dad', 'male', { givenNames: 'Dunstanburgh', familyName: 'Oyelaran', birth: y(1988), sexAtBirthNote: 'per Dr Vantongeren', death: y(2019, 5, 30) })
    .person('p_partner', 'male', { givenNames: 'Ulverscroft', birth: y(1985) })
    .person('p_sib', 'male', { givenNames: 'Petronella', birth: y(2015, 1, 9) })
    .person('p_lodger', 'male', { familyName: 'Beaurepaire', birth: y(1970), significantOther: { role: 'lodger', text: 'friend of the Snodsbury family' } })
    .person('p_nan', 'female', { givenNames: 'Nan', label: 'Grandma (kinship carer)' })
    .child(['p_mum', 'p_dad'], 'p_zephyrine').child(['p_mum', 'p_partner'], 'p_sib').child(['p_nan'], 'p_mum')
    .partners('p_mum', 'p_dad', [{ type: 'married', date: y(2010, 8, 21) }, { type: 'separated', date: y(2014, 2) }])
    .partners('p_mum', 'p_partner', [{ type: 'cohabiting', date: y(2014, 6) }])
    .household('h_wexcombe', [
      { person: 'p_mum' }, { person: 'p_zephyrine', from: y(2012, 3, 14) }, { person: 'p_partner', from: y(2014, 6, 3) },
      { person: 'p_sib' }, { person: 'p_lodger', from: y(2020, 2, 2), to: y(2021, 4, 4) }, { person: 'p_dad', to: y(2019, 5, 30), visiting: true },
    ], { label: '47 Wexcombe Crescent', address: '47 Wexcombe Crescent, Tolworth KT6 9QZ', emphasised: true })
    .household('h_nan', [{ person: 'p_nan' }], { label: "Grandmother's home" });
  f.doc.partnerships[0]!.notes = 'Met at Ploughwick Fair';
  f.doc.relationships.push({ id: 'r1', kind: 'abuse-domestic', from: 'p_partner', to: 'p_mum', notes: 'Incident at Yarrowby Lane' });
  f.doc.settings.title = 'Genogram of Zephyrine Quarmby-Oyelaran';
  f.doc.settings.caption = 'Prepared by Sgt Blenkinsopp';
  f.doc.settings.asAt = y(2021, 1, 10);
  (f.doc as unknown as Record<string, unknown>).nhsNumber = '943 476 5919';
  (f.doc.persons[0] as unknown as Record<string, unknown>).schoolNote = 'Oakhanger';
  return f.doc;
}

export function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return SECRETS.filter((s) => lower.includes(s.toLowerCase()));
}
