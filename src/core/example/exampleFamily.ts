import { newId } from '../model/ids';
import { DEFAULT_NOTATION, type GenogramDocument, type Person } from '../model/types';

/**
 * The built-in example a new user sees: a fictional family with the situations a case-review
 * genogram has to show. Three generations; the paternal grandmother deceased and the paternal
 * grandfather not known; a mother with two successive partners (the children's birth father,
 * separated, and her current partner, cohabiting, with a baby: half-siblings); a pregnancy loss;
 * the household at the reference date and the grandparents' own household; ethnicity and
 * disability for the subject and her parents; conditions; domestic abuse by the former partner.
 *
 * Object ids are fixed so tests and guides can name people; the document id is fresh, so an
 * edited copy kept in the browser is never confused with a new example.
 */
export function exampleFamily(): GenogramDocument {
  const persons: Person[] = [
    { id: 'p_patricia', givenNames: 'Patricia', familyName: 'Walsh', gender: 'female', birth: { year: 1962, month: 4 } },
    { id: 'p_michael', givenNames: 'Michael', familyName: 'Walsh', gender: 'male', birth: { year: 1960 } },
    {
      id: 'p_brenda',
      givenNames: 'Brenda',
      familyName: 'Carter',
      gender: 'female',
      birth: { year: 1958, qualifier: 'about' },
      death: { year: 2019, month: 1 },
      conditions: { seriousPhysicalIllness: true },
    },
    { id: 'p_gf_unknown', gender: 'male', placeholder: true, notes: 'Paternal grandfather: not known to the agencies.' },
    {
      id: 'p_leanne',
      givenNames: 'Leanne',
      familyName: 'Walsh',
      gender: 'female',
      birth: { year: 1994, month: 6, day: 2 },
      ethnicity: { status: 'recorded', text: 'White British' },
      disability: { status: 'no' },
      conditions: { mentalIllHealth: true },
      notes: 'Depression and anxiety since 2018; under the community mental health team.',
    },
    {
      id: 'p_jason',
      givenNames: 'Jason',
      familyName: 'Carter',
      gender: 'male',
      birth: { year: 1991, month: 11 },
      ethnicity: { status: 'recorded', text: 'White British' },
      disability: { status: 'not-recorded' },
      conditions: { substanceMisuse: 'yes' },
    },
    {
      id: 'p_dean',
      givenNames: 'Dean',
      familyName: 'Hughes',
      gender: 'male',
      birth: { year: 1990, month: 2 },
      secondLine: 'Lorry driver',
      ethnicity: { status: 'recorded', text: 'Mixed White and Black Caribbean' },
      disability: { status: 'no' },
    },
    {
      id: 'p_kayden',
      givenNames: 'Kayden',
      familyName: 'Carter',
      gender: 'male',
      birth: { year: 2016, month: 9, day: 21 },
      badges: ['CIN'],
    },
    { id: 'p_loss_2018', gender: 'unknown', pregnancy: { outcome: 'miscarriage' }, birth: { year: 2018, month: 5 } },
    {
      id: 'p_ellie',
      givenNames: 'Ellie',
      familyName: 'Carter',
      gender: 'female',
      birth: { year: 2020, month: 11, day: 4 },
      subject: true,
      ethnicity: { status: 'recorded', text: 'White British' },
      disability: { status: 'yes', text: 'Hearing impairment' },
      badges: ['CPP'],
    },
    {
      id: 'p_harper',
      givenNames: 'Harper',
      familyName: 'Hughes',
      gender: 'female',
      birth: { year: 2024, month: 10, day: 15 },
      badges: ['CPP'],
    },
  ];

  return {
    id: newId('doc'),
    settings: {
      title: 'Example family (fictional): Ellie Carter',
      caption: 'Built-in example. All names and details are invented.',
      asAt: { year: 2025, month: 3, day: 12 },
      notation: { ...DEFAULT_NOTATION },
    },
    persons,
    partnerships: [
      { id: 'u_walsh', a: 'p_michael', b: 'p_patricia', kind: 'partnership', events: [{ type: 'married', date: { year: 1984 } }] },
      { id: 'u_carter_gp', a: 'p_gf_unknown', b: 'p_brenda', kind: 'partnership', events: [] },
      {
        id: 'u_jason_leanne',
        a: 'p_jason',
        b: 'p_leanne',
        kind: 'partnership',
        events: [
          { type: 'started', date: { year: 2013 } },
          { type: 'cohabiting', date: { year: 2015, month: 3 } },
          { type: 'separated', date: { year: 2022, month: 8 } },
        ],
      },
      {
        id: 'u_leanne_dean',
        a: 'p_leanne',
        b: 'p_dean',
        kind: 'partnership',
        events: [
          { type: 'started', date: { year: 2022, month: 12 } },
          { type: 'cohabiting', date: { year: 2023, month: 5 } },
        ],
      },
    ],
    parentLinks: [
      { id: 'l_leanne_m', parent: 'p_patricia', child: 'p_leanne', kind: 'birth' },
      { id: 'l_leanne_f', parent: 'p_michael', child: 'p_leanne', kind: 'birth' },
      { id: 'l_jason_m', parent: 'p_brenda', child: 'p_jason', kind: 'birth' },
      { id: 'l_jason_f', parent: 'p_gf_unknown', child: 'p_jason', kind: 'birth' },
      { id: 'l_kayden_m', parent: 'p_leanne', child: 'p_kayden', kind: 'birth' },
      { id: 'l_kayden_f', parent: 'p_jason', child: 'p_kayden', kind: 'birth' },
      { id: 'l_loss_m', parent: 'p_leanne', child: 'p_loss_2018', kind: 'birth' },
      { id: 'l_loss_f', parent: 'p_jason', child: 'p_loss_2018', kind: 'birth' },
      { id: 'l_ellie_m', parent: 'p_leanne', child: 'p_ellie', kind: 'birth' },
      { id: 'l_ellie_f', parent: 'p_jason', child: 'p_ellie', kind: 'birth' },
      { id: 'l_harper_m', parent: 'p_leanne', child: 'p_harper', kind: 'birth' },
      { id: 'l_harper_f', parent: 'p_dean', child: 'p_harper', kind: 'birth' },
    ],
    multipleBirths: [],
    relationships: [
      { id: 'r_abuse', kind: 'abuse-domestic', from: 'p_jason', to: 'p_leanne', notes: 'Police call-outs 2021 and 2022.' },
      { id: 'r_close', kind: 'close', from: 'p_ellie', to: 'p_patricia' },
    ],
    households: [
      {
        id: 'h_leanne',
        label: "Leanne's household",
        address: '(address withheld)',
        emphasised: true,
        members: [
          { person: 'p_leanne', from: { year: 2015, month: 3 } },
          { person: 'p_jason', from: { year: 2015, month: 3 }, to: { year: 2022, month: 8 } },
          { person: 'p_kayden', from: { year: 2016, month: 9 } },
          { person: 'p_ellie', from: { year: 2020, month: 11 } },
          { person: 'p_dean', from: { year: 2023, month: 5 } },
          { person: 'p_harper', from: { year: 2024, month: 10 } },
        ],
      },
      {
        id: 'h_walsh',
        label: 'Maternal grandparents',
        members: [
          { person: 'p_patricia', from: { year: 1984 } },
          { person: 'p_michael', from: { year: 1984 } },
          { person: 'p_leanne', from: { year: 1994, month: 6 }, to: { year: 2015, month: 3 } },
        ],
      },
    ],
  };
}
