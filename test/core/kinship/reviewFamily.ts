// A large case family for the relationship table: one person for every path a review meets,
// with the term a social worker would write for each. Amy (16) is the subject; as at 1 Jun 2023.
import type { PartialDate } from '../../../src/core/model/types';
import { Family, y } from './family';

export const REVIEW_AS_AT: PartialDate = y(2023, 6, 1);

type G = 'female' | 'male' | 'nonbinary';

/** [id, gender, expected term, expected kind] — the table the tests read. */
export const REVIEW_TERMS: [string, G, string, string][] = [
  // The subject, parents and siblings
  ['amy', 'female', 'self', 'blood'],
  ['mum', 'female', 'mother', 'blood'],
  ['dad', 'male', 'father', 'blood'],
  ['sister', 'female', 'sister', 'blood'],
  ['brother', 'male', 'brother', 'blood'],
  ['twin', 'male', 'twin brother', 'blood'],
  ['nb', 'nonbinary', 'sibling', 'blood'],
  ['mhb', 'male', 'maternal half-brother', 'blood'],
  ['mhs', 'female', 'maternal half-sister', 'blood'],
  ['phb', 'male', 'paternal half-brother', 'blood'],
  ['phs', 'female', 'paternal half-sister', 'blood'],
  ['mumAdopted', 'male', 'adoptive brother', 'care'],
  // Parents' partners, past and present, and their families
  ['exP1', 'male', "mother's former partner", 'partner'],
  ['mumExHusband', 'male', "mother's former husband", 'partner'],
  ['mumLatePartner', 'male', "mother's late partner", 'partner'],
  ['stepdad', 'male', 'step-father', 'step'],
  ['stepbro', 'male', 'step-brother', 'step'],
  ['stepdadMum', 'female', "step-father's mother", 'step'],
  ['stepdadBrother', 'male', "step-father's brother", 'step'],
  ['stepdadEx', 'female', "step-father's former wife", 'step'],
  ['dadPartner', 'female', "father's partner", 'partner'],
  ['dadPartnerSon', 'male', "father's partner's son", 'step'],
  ['dadPartnerMum', 'female', "father's partner's mother", 'step'],
  ['dadFling', 'female', "father's former partner", 'partner'],
  ['dadEx', 'female', "father's former wife", 'partner'],
  // Siblings' families
  ['sisHusband', 'male', 'brother-in-law', 'in-law'],
  ['niece', 'female', 'niece', 'blood'],
  ['greatNephew', 'male', 'great-nephew', 'blood'],
  ['broPartner', 'female', "brother's partner", 'in-law'],
  ['broPartnerSon', 'male', "brother's partner's son", 'in-law'],
  ['phbSon', 'male', 'paternal half-nephew', 'blood'],
  ['phbWife', 'female', "paternal half-brother's wife", 'in-law'],
  // Grandparents and their partners
  ['mgm', 'female', 'maternal grandmother; kinship carer', 'blood'],
  ['mgf', 'male', 'maternal grandfather', 'blood'],
  ['stepGrandad', 'male', 'maternal step-grandfather', 'step'],
  ['pgm', 'female', 'paternal grandmother', 'blood'],
  ['pgmPartner', 'male', "paternal grandmother's partner", 'step'],
  ['pgf', 'male', 'paternal grandfather', 'blood'],
  ['pgfWife', 'female', 'paternal step-grandmother', 'step'],
  ['pgfEx', 'female', "paternal grandfather's former partner", 'step'],
  // Aunts, uncles, cousins
  ['pHalfAunt', 'female', 'paternal half-aunt', 'blood'],
  ['pHalfCousin', 'male', 'paternal cousin', 'blood'],
  ['maunt', 'female', 'maternal aunt', 'blood'],
  ['mauntHusband', 'male', "maternal aunt's husband", 'in-law'],
  ['mauntStepson', 'male', "maternal aunt's husband's son", 'in-law'],
  ['mcousin', 'male', 'maternal cousin', 'blood'],
  ['mcousinWife', 'female', "maternal cousin's wife", 'in-law'],
  ['mcousinKid', 'female', 'maternal cousin once removed', 'blood'],
  ['muncle', 'male', 'maternal uncle; lodger', 'blood'],
  ['muncleEx', 'female', "maternal uncle's former partner", 'in-law'],
  ['puncle', 'male', 'paternal uncle', 'blood'],
  ['puncleCP', 'male', "paternal uncle's civil partner", 'in-law'],
  ['paunt', 'female', 'paternal aunt; kinship carer of brother', 'blood'],
  ['pauntHusband', 'male', "paternal aunt's separated husband", 'in-law'],
  // Great- and great-great-
  ['mggm', 'female', 'maternal great-grandmother', 'blood'],
  ['mgggm', 'female', 'maternal great-great-grandmother', 'blood'],
  ['mggAunt', 'female', 'maternal great-great-aunt', 'blood'],
  ['mgreatAunt', 'female', 'maternal great-aunt; foster carer of maternal half-brother', 'blood'],
  ['mgreatAuntHusband', 'male', "maternal great-aunt's husband; foster carer of maternal half-brother", 'in-law'],
  ['mgreatAuntSon', 'male', 'maternal cousin once removed', 'blood'],
  ['mSecondCousin', 'female', 'maternal second cousin', 'blood'],
  ['pggf', 'male', 'paternal great-grandfather', 'blood'],
  ['pgreatUncle', 'male', 'paternal great-uncle', 'blood'],
  ['pgreatUncleSon', 'male', 'paternal cousin once removed', 'blood'],
  ['pSecondCousin', 'male', 'paternal second cousin', 'blood'],
  // Carers: the subject's, and relatives'
  ['fc', 'female', 'former foster carer', 'care'],
  ['fcHusband', 'male', 'former foster carer', 'care'],
  ['fcSon', 'male', "former foster carer's son", 'care'],
  ['fcFosterChild', 'female', "former foster carer's foster child", 'care'],
  ['sg', 'female', 'later special guardian', 'care'],
  ['phbCarer', 'female', 'foster carer of paternal half-brother', 'care'],
  ['phbCarerSon', 'male', "paternal half-brother's foster carer's son", 'care'],
  // The subject's own partner and child
  ['bf', 'male', 'partner', 'partner'],
  ['baby', 'female', 'daughter', 'blood'],
  ['bfMum', 'female', "partner's mother", 'in-law'],
  // No family link: named by role, or by the shared household
  ['lodger', 'male', 'lodger', 'role'],
  ['lodgerSon', 'male', "lodger's son", 'role'],
  ['mumFriend', 'female', "mother's friend", 'role'],
  ['mumVisitingPartner', 'male', "mother's partner", 'partner'],
  ['mumVisitingPartnerSon', 'male', "mother's partner's son", 'role'],
  ['familyFriend', 'male', 'family friend', 'role'],
  ['neighbour', 'female', 'neighbour', 'role'],
  ['hhMember', 'female', 'household member', 'role'],
  ['visitor', 'male', 'visitor', 'role'],
  ['stranger', 'male', 'no known relation', 'none'],
  ['strangerPartner', 'female', 'partner of someone outside the family', 'role'],
];

export function reviewFamily() {
  const f = new Family();
  for (const [id, gender] of REVIEW_TERMS) f.person(id, gender);
  const set = (id: string, extra: Record<string, unknown>) => Object.assign(f.doc.persons.find((p) => p.id === id)!, extra);
  set('amy', { subject: true, birth: y(2007, 3, 1) });
  set('mgf', { death: y(2010, 4, 1) });
  set('mumLatePartner', { death: y(2003, 1, 1) });

  f.child(['mum', 'dad'], 'sister').child(['mum', 'dad'], 'brother').child(['mum', 'dad'], 'amy').child(['mum', 'dad'], 'twin').child(['mum', 'dad'], 'nb')
    .child(['mum', 'exP1'], 'mhb').child(['mum', 'stepdad'], 'mhs').child(['dad', 'dadEx'], 'phb').child(['dad', 'dadPartner'], 'phs')
    .child(['mum'], 'mumAdopted', 'adoptive')
    .child(['stepdad', 'stepdadEx'], 'stepbro').child(['stepdadMum'], 'stepdad').child(['stepdadMum'], 'stepdadBrother')
    .child(['dadPartner'], 'dadPartnerSon').child(['dadPartnerMum'], 'dadPartner')
    .child(['sister', 'sisHusband'], 'niece').child(['niece'], 'greatNephew').child(['broPartner'], 'broPartnerSon').child(['phb', 'phbWife'], 'phbSon')
    .child(['mgm', 'mgf'], 'mum').child(['mgm', 'mgf'], 'maunt').child(['mgm', 'mgf'], 'muncle').child(['mggm'], 'mgm').child(['mgggm'], 'mggm')
    .child(['mgggm'], 'mggAunt').child(['mggm'], 'mgreatAunt').child(['mgreatAunt', 'mgreatAuntHusband'], 'mgreatAuntSon').child(['mgreatAuntSon'], 'mSecondCousin')
    .child(['maunt', 'mauntHusband'], 'mcousin').child(['mcousin', 'mcousinWife'], 'mcousinKid').child(['mauntHusband'], 'mauntStepson')
    .child(['pgm', 'pgf'], 'dad').child(['pgm', 'pgf'], 'puncle').child(['pgm', 'pgf'], 'paunt').child(['pgf', 'pgfEx'], 'pHalfAunt').child(['pHalfAunt'], 'pHalfCousin')
    .child(['pggf'], 'pgf').child(['pggf'], 'pgreatUncle').child(['pgreatUncle'], 'pgreatUncleSon').child(['pgreatUncleSon'], 'pSecondCousin')
    .child(['amy', 'bf'], 'baby').child(['bfMum'], 'bf').child(['lodger'], 'lodgerSon').child(['mumVisitingPartner'], 'mumVisitingPartnerSon').child(['fc'], 'fcSon')
    // Care: Amy was fostered, now lives with her grandmother, and has a special guardian to come.
    .child(['fc', 'fcHusband'], 'amy', 'foster', { from: y(2016, 5), to: y(2018, 2) })
    .child(['fc'], 'fcFosterChild', 'foster', { from: y(2017) })
    .child(['mgm'], 'amy', 'kinship', { from: y(2018, 2) })
    .child(['sg'], 'amy', 'special-guardianship', { from: y(2024) })
    // Care of relatives: the great-aunt and her husband foster the half-brother; the aunt cares for the brother.
    .child(['mgreatAunt', 'mgreatAuntHusband'], 'mhb', 'foster', { from: y(2021, 9) })
    .child(['paunt'], 'brother', 'kinship', { from: y(2020) })
    .child(['phbCarer'], 'phb', 'foster').child(['phbCarer'], 'phbCarerSon');
  f.doc.multipleBirths.push({ id: 'tw', kind: 'fraternal', members: ['amy', 'twin'] });

  f.partners('mum', 'mumLatePartner', [{ type: 'cohabiting', date: y(2001) }])
    .partners('mum', 'mumExHusband', [{ type: 'married', date: y(2002) }, { type: 'divorced', date: y(2004) }])
    .partners('mum', 'dad', [{ type: 'married', date: y(2005) }, { type: 'separated', date: y(2015) }, { type: 'divorced', date: y(2016) }])
    .partners('mum', 'exP1', [{ type: 'cohabiting', date: y(2016) }, { type: 'separated', date: y(2018) }])
    .partners('mum', 'stepdad', [{ type: 'married', date: y(2019) }])
    .partners('stepdad', 'stepdadEx', [{ type: 'married', date: y(1998) }, { type: 'divorced', date: y(2010) }])
    .partners('dad', 'dadEx', [{ type: 'married', date: y(1999) }, { type: 'divorced', date: y(2003) }])
    .partners('dad', 'dadFling', [{ type: 'started', date: y(2016) }, { type: 'ended', date: y(2017) }], 'transitory')
    .partners('dad', 'dadPartner', [{ type: 'cohabiting', date: y(2018) }])
    .partners('sister', 'sisHusband', [{ type: 'married', date: y(2022) }])
    .partners('brother', 'broPartner', [{ type: 'cohabiting', date: y(2023, 1) }])
    .partners('phb', 'phbWife', [{ type: 'married', date: y(2021) }])
    .partners('mgm', 'mgf', [{ type: 'married', date: y(1980) }, { type: 'widowed', date: y(2010, 4) }])
    .partners('mgm', 'stepGrandad', [{ type: 'married', date: y(2012) }])
    .partners('pgm', 'pgf', [{ type: 'married', date: y(1978) }, { type: 'divorced', date: y(1995) }])
    .partners('pgm', 'pgmPartner', [{ type: 'cohabiting', date: y(2000) }])
    .partners('pgf', 'pgfWife', [{ type: 'married', date: y(1997) }])
    .partners('pgf', 'pgfEx', [{ type: 'ended' }])
    .partners('maunt', 'mauntHusband', [{ type: 'married' }])
    .partners('mcousin', 'mcousinWife', [{ type: 'married' }])
    .partners('muncle', 'muncleEx', [{ type: 'cohabiting' }, { type: 'separated' }])
    .partners('puncle', 'puncleCP', [{ type: 'civil-partnership', date: y(2015) }])
    .partners('paunt', 'pauntHusband', [{ type: 'married', date: y(2008) }, { type: 'separated', date: y(2022) }])
    .partners('mgreatAunt', 'mgreatAuntHusband', [{ type: 'married', date: y(1975) }])
    .partners('amy', 'bf', [{ type: 'started', date: y(2022) }], 'transitory');

  set('muncle', { significantOther: { role: 'lodger' } });
  set('lodger', { significantOther: { role: 'lodger' } });
  set('mumFriend', { significantOther: { role: 'friend', of: 'mum' } });
  set('mumVisitingPartner', { significantOther: { role: 'partner', of: 'mum' } });
  set('familyFriend', { significantOther: { role: 'friend' } });
  set('neighbour', { significantOther: { role: 'other', text: 'Neighbour' } });
  set('strangerPartner', { significantOther: { role: 'partner', of: 'stranger' } });
  f.household('home', [
    { person: 'amy' }, { person: 'mgm' }, { person: 'stepGrandad' }, { person: 'muncle' }, { person: 'lodger', from: y(2022) },
    { person: 'hhMember' }, { person: 'visitor', visiting: true }, { person: 'mumVisitingPartner', visiting: true },
  ]);
  return f.doc;
}
