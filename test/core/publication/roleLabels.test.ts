import { describe, expect, it } from 'vitest';
import { letterFor, publicationLabels } from '../../../src/core/publication/roleLabels';
import { Family, y } from '../kinship/family';

describe('publicationLabels', () => {
  it('gives subjects letters and others numbered roles, oldest first', () => {
    const doc = new Family()
      .person('c1', 'female', { subject: true, birth: y(2014) })
      .person('c2', 'male', { subject: true, birth: y(2016) })
      .person('mum', 'female').person('dad', 'male')
      .person('sisOld', 'female', { birth: y(2008) }).person('sisYoung', 'female', { birth: y(2010) })
      .person('p1', 'male').person('p2', 'male').person('gm', 'female').person('aunt1', 'female').person('aunt2', 'female')
      .person('p1Son', 'male', { birth: y(2012) }).person('p1Mum', 'female').person('kid', 'male', { birth: y(2015) })
      .child(['mum', 'dad'], 'c1').child(['mum', 'dad'], 'c2').child(['mum', 'dad'], 'sisYoung').child(['mum', 'dad'], 'sisOld')
      .child(['gm'], 'mum').child(['gm'], 'aunt1').child(['gm'], 'aunt2').child(['p1'], 'p1Son').child(['p1Mum'], 'p1')
      .partners('mum', 'p1', [{ type: 'cohabiting' }, { type: 'ended' }]).partners('mum', 'p2', [{ type: 'cohabiting' }]).doc;
    const labels = publicationLabels(doc, y(2020));
    expect(Object.fromEntries(labels)).toEqual({
      c1: 'Child A', c2: 'Child B', mum: 'Mother', dad: 'Father', sisOld: 'Sibling 1', sisYoung: 'Sibling 2',
      p1: "Mother's partner 1", p2: "Mother's partner 2", gm: 'Maternal grandmother', aunt1: 'Maternal aunt 1',
      aunt2: 'Maternal aunt 2', p1Son: 'Other child 1', p1Mum: 'Adult 1', kid: 'Other child 2',
    });
  });

  it("numbers a parent's partners in the order they came into the family, not by age", () => {
    const doc = new Family()
      .person('c', 'female', { subject: true, birth: y(2014) }).person('mum', 'female')
      .person('older', 'male', { birth: y(1970) }).person('younger', 'male', { birth: y(1995) }).person('visits', 'male', { birth: y(1960), significantOther: { role: 'partner', of: 'mum' } })
      .person('exHusband', 'male', { birth: y(1980) })
      .child(['mum'], 'c')
      .partners('mum', 'older', [{ type: 'cohabiting', date: y(2021) }])
      .partners('mum', 'younger', [{ type: 'started', date: y(2016) }, { type: 'ended', date: y(2018) }])
      .partners('mum', 'exHusband', [{ type: 'married', date: y(2010) }, { type: 'divorced', date: y(2013) }])
      .household('h', [{ person: 'c' }, { person: 'mum' }, { person: 'visits', from: y(2022, 3), visiting: true }]).doc;
    expect(Object.fromEntries(publicationLabels(doc, y(2023)))).toMatchObject({
      exHusband: "Mother's partner 1", younger: "Mother's partner 2", older: "Mother's partner 3", visits: "Mother's partner 4",
    });
  });

  it('writes roles in full words: sides, greats, half-siblings, carers by their kinship, roles outside the family', () => {
    const doc = new Family()
      .person('c', 'female', { subject: true }).person('mum', 'female').person('dad', 'male').person('exP', 'male').person('hb', 'male', { birth: y(2016) })
      .person('gm', 'female').person('ggm', 'female').person('ga', 'female').person('gaHusband', 'male')
      .person('lodger', 'male', { significantOther: { role: 'lodger' } }).person('friend', 'female', { significantOther: { role: 'friend', of: 'mum' } })
      .child(['mum', 'dad'], 'c').child(['mum', 'exP'], 'hb').child(['gm'], 'mum').partners('mum', 'exP', [{ type: 'cohabiting' }, { type: 'ended' }]).child(['ggm'], 'gm').child(['ggm'], 'ga')
      .child(['ga', 'gaHusband'], 'hb', 'foster').partners('ga', 'gaHusband').doc;
    expect(Object.fromEntries(publicationLabels(doc, y(2023)))).toEqual({
      c: 'Child A', mum: 'Mother', dad: 'Father', exP: "Mother's partner 1", hb: 'Maternal half-sibling 1', gm: 'Maternal grandmother',
      ggm: 'Maternal great-grandmother', ga: 'Maternal great-aunt', gaHusband: "Maternal great-aunt's husband", lodger: 'Lodger', friend: "Mother's friend",
    });
  });

  it('numbers a parent\'s ex-partners as their partners, when the document writes "ex-"', () => {
    const f = new Family().person('c', 'female', { subject: true }).person('mum', 'female').person('exH', 'male').person('now', 'male')
      .child(['mum'], 'c').partners('mum', 'exH', [{ type: 'married', date: y(2005) }, { type: 'divorced', date: y(2010) }]).partners('mum', 'now', [{ type: 'cohabiting', date: y(2015) }]);
    const doc = { ...f.doc, settings: { ...f.doc.settings, endedPartnerWord: 'ex' as const } };
    expect(Object.fromEntries(publicationLabels(doc, y(2023)))).toEqual({ c: 'Child A', mum: 'Mother', exH: "Mother's partner 1", now: "Mother's partner 2" });
  });

  it('names the partner of someone outside the family as an adult, as it names that person', () => {
    const doc = new Family().person('c', 'female', { subject: true }).person('mum', 'female').person('stranger', 'male')
      .person('strangerPartner', 'female', { significantOther: { role: 'partner', of: 'stranger' } }).child(['mum'], 'c').doc;
    expect(Object.fromEntries(publicationLabels(doc, y(2023)))).toEqual({ c: 'Child A', mum: 'Mother', stranger: 'Adult 1', strangerPartner: 'Adult 2' });
  });

  it('labels pregnancies and losses by what they are', () => {
    const doc = new Family().person('c', 'female', { subject: true }).person('m', 'female')
      .person('loss1', 'unknown', { pregnancy: { outcome: 'miscarriage' } }).person('loss2', 'unknown', { pregnancy: { outcome: 'stillbirth' } })
      .person('bump', 'unknown', { pregnancy: { outcome: 'ongoing' } })
      .child(['m'], 'c').child(['m'], 'loss1').child(['m'], 'loss2').child(['m'], 'bump').doc;
    expect([...publicationLabels(doc, y(2020)).values()]).toEqual(['Child A', 'Mother', 'Pregnancy loss 1', 'Pregnancy loss 2', 'Pregnancy']);
  });

  it('names everyone "Adult n" when there is no subject', () => {
    const doc = new Family().person('a', 'female').person('b', 'male').doc;
    expect([...publicationLabels(doc, y(2020)).values()]).toEqual(['Adult 1', 'Adult 2']);
  });

  it('letters run A to Z then AA', () => {
    expect([0, 25, 26, 27, 701, 702].map(letterFor)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
