import { describe, expect, it } from 'vitest';
import { unconnected } from '../../../src/core/checks/unconnected';
import { Family } from '../kinship/family';

describe('unconnected', () => {
  it('finds people outside every link, partnership and household of the subject family', () => {
    const doc = new Family()
      .person('child', 'female', { subject: true }).person('mum', 'female').person('lodger', 'male')
      .person('lodgerMum', 'female').person('stranger', 'male').person('strangerWife', 'female').person('abuser', 'male')
      .child(['mum'], 'child').child(['lodgerMum'], 'lodger').partners('stranger', 'strangerWife')
      .household('h', [{ person: 'mum' }, { person: 'lodger' }]).doc;
    doc.relationships.push({ id: 'r', kind: 'abuse-physical', from: 'abuser', to: 'child' });
    expect(unconnected(doc, { year: 2020 }).map((f) => f.personIds[0])).toEqual(['stranger', 'strangerWife', 'abuser']);
    expect(unconnected({ ...doc, persons: doc.persons.map((p) => ({ ...p, subject: false })) }, { year: 2020 })).toEqual([]);
  });
});
