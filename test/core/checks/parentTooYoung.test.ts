import { describe, expect, it } from 'vitest';
import { parentTooYoung } from '../../../src/core/checks/parentTooYoung';
import { Family, y } from '../kinship/family';

describe('parentTooYoung', () => {
  const doc = new Family()
    .person('mum', 'female', { givenNames: 'Mia', birth: y(2000, 5, 1) })
    .person('c1', 'male', { givenNames: 'Cal', birth: y(2011, 1, 1) })
    .person('c2', 'male', { birth: { year: 2011, qualifier: 'about' } })
    .person('c3', 'male', { birth: y(2015) })
    .person('c4', 'male', { birth: y(1999) })
    .person('c5', 'male', { birth: y(2011, 1, 1) })
    .child(['mum'], 'c1').child(['mum'], 'c2').child(['mum'], 'c3').child(['mum'], 'c4')
    .child(['mum'], 'c5', 'foster').doc;
  const found = parentTooYoung(doc, y(2020));

  it('reports a child certainly born before the parent was 12 as an error', () => {
    const f = found.find((x) => x.personIds[0] === 'c1')!;
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Cal was born before their parent Mia was 12/);
  });
  it('says "possibly" when the year-only date only probably falls before', () => {
    expect(found.find((x) => x.personIds[0] === 'c2')?.severity).toBe('warning');
    expect(found.find((x) => x.personIds[0] === 'c2')?.message).toContain('possibly');
  });
  it('names a child born before the parent, ignores care links and plausible ages', () => {
    expect(found.find((x) => x.personIds[0] === 'c4')?.message).toContain('born before their parent Mia (');
    expect(found.map((x) => x.personIds[0])).toEqual(['c1', 'c2', 'c4']);
  });
});
