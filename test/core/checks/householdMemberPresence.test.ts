import { describe, expect, it } from 'vitest';
import { householdMemberPresence } from '../../../src/core/checks/householdMemberPresence';
import { Family, y } from '../kinship/family';

describe('householdMemberPresence', () => {
  const doc = new Family()
    .person('dead', 'male', { death: y(2019, 5, 1) })
    .person('unborn', 'female', { birth: y(2021, 3, 1) })
    .person('maybe', 'male', { death: { year: 2019, qualifier: 'about' } })
    .person('flagged', 'male', { deceased: true })
    .person('fine', 'female', { birth: y(2000) })
    .person('left', 'male', { death: y(2019) })
    .person('bump', 'unknown', { pregnancy: { outcome: 'ongoing' } })
    .household('home', [
      { person: 'dead' }, { person: 'unborn' }, { person: 'maybe' }, { person: 'flagged' }, { person: 'fine' },
      { person: 'left', to: y(2018) }, { person: 'bump' },
    ], { label: 'Home' }).doc;
  const found = householdMemberPresence(doc, y(2020, 6, 1));

  it('reports the dead and the unborn, certain ones as warnings', () => {
    expect(found.map((f) => [f.personIds[0], f.severity])).toEqual([
      ['dead', 'warning'], ['unborn', 'warning'], ['maybe', 'info'], ['flagged', 'info'],
    ]);
    expect(found[0]!.message).toBe('dead is listed in "Home" on 1 Jun 2020, but died 1 May 2019.');
    expect(found[2]!.message).toContain('is possibly listed');
  });
});
