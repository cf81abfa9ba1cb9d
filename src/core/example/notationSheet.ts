import type { GenogramDocument, Household, ParentLink, PartialDate, Partnership, Person, RelationshipLine } from '../model/types';
import { DEFAULT_NOTATION } from '../model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../metrics/figureSizes';

// A built-in document that uses every symbol, line, shading, badge and household case of
// NOTATION.md, as one invented family (nobody real), seen as at 1 June 2015. Positions are
// pinned so the sheet reads the same under any layout; names say what each mark shows.

const y = (year: number, month?: number): PartialDate => (month ? { year, month } : { year });
const at = (col: number, row: number) => ({ x: col * PERSON_CELL_WIDTH + (PERSON_CELL_WIDTH - SYMBOL_SIZE) / 2, y: row * ROW_HEIGHT });

function person(id: string, fields: Omit<Person, 'id' | 'pinned'>, col: number, row: number): Person {
  return { id, ...fields, pinned: at(col, row) };
}

const persons: Person[] = [
  // Row 0: symbols on their own, and the grandparents.
  person('male', { label: 'Male', gender: 'male', birth: y(1975) }, 0, 0),
  person('female', { label: 'Female', gender: 'female', birth: y(1978) }, 1, 0),
  person('nonbinary', { label: 'Non-binary', gender: 'nonbinary', birth: y(1990), sexAtBirthNote: 'female at birth' }, 2, 0),
  person('unknown', { label: 'Sex not known', gender: 'unknown', birth: y(1988) }, 3, 0),
  person('gf', { givenNames: 'Grandfather', gender: 'male', birth: y(1940, 3), death: y(2010, 8) }, 6, 0),
  person('gm', { givenNames: 'Grandmother', gender: 'female', birth: y(1944, 5), conditions: { mentalIllHealth: true }, secondLine: 'kinship carer' }, 7, 0),
  // Row 1: the parents' generation and the foster carers.
  person('a1', { givenNames: 'First wife', gender: 'female', birth: y(1965) }, 2, 1),
  person('u', { givenNames: 'Uncle', gender: 'male', birth: y(1964, 2), conditions: { substanceMisuse: 'yes' } }, 3, 1),
  person('a', { givenNames: 'Aunt', gender: 'female', birth: y(1967), disability: { status: 'yes', text: 'wheelchair user' } }, 4, 1),
  person('px', { gender: 'male', placeholder: true }, 7, 1),
  person('m', { givenNames: 'Mother', gender: 'female', birth: y(1970, 9), conditions: { mentalIllHealth: true, substanceMisuse: 'yes' } }, 8, 1),
  person('f', { givenNames: 'Father', gender: 'male', birth: y(1968), secondLine: 'lorry driver', conditions: { substanceMisuse: 'suspected' } }, 9, 1),
  person('n', { givenNames: 'New partner', gender: 'male', birth: y(1975), conditions: { substanceMisuse: 'in-recovery' } }, 10, 1),
  person('fc1', { givenNames: 'Foster carer 1', gender: 'female', birth: y(1960) }, 12, 1),
  person('fc2', { givenNames: 'Foster carer 2', gender: 'female', birth: y(1962) }, 13, 1),
  // Row 2: the children, oldest on the left within each sibship.
  person('c1', { givenNames: 'Cousin', gender: 'male', birth: y(1990), badges: ['YOT'] }, 2, 2),
  person('i1', { givenNames: 'Twin A', gender: 'female', birth: y(1996, 4) }, 3, 2),
  person('i2', { givenNames: 'Twin B', gender: 'female', birth: y(1996, 4) }, 4, 2),
  person('ad', { givenNames: 'Adopted son', gender: 'male', birth: y(2001) }, 5, 2),
  person('d1', { givenNames: 'Half-sister', gender: 'female', birth: y(1989, 6), conditions: { learningDisability: true } }, 6, 2),
  person('t1', { givenNames: 'Brother', gender: 'male', birth: y(2000, 1) }, 7, 2),
  person('t2', { givenNames: 'Sister', gender: 'female', birth: y(2000, 1) }, 8, 2),
  person('mc', { gender: 'unknown', pregnancy: { outcome: 'miscarriage' }, label: 'Miscarriage 2002' }, 9, 2),
  person('sb', { gender: 'male', pregnancy: { outcome: 'stillbirth' }, label: 'Stillbirth 2004' }, 10, 2),
  person('s', { givenNames: 'Child', familyName: 'A', gender: 'male', birth: y(2005, 11), subject: true, badges: ['CPP', 'LAC'] }, 11, 2),
  person('tm', { gender: 'unknown', pregnancy: { outcome: 'termination' }, label: 'Termination 2008' }, 12, 2),
  person('pg', { gender: 'unknown', pregnancy: { outcome: 'ongoing', expected: y(2015, 9) }, label: 'Pregnancy' }, 13, 2),
  person('fs', { givenNames: "Father's son", gender: 'male', birth: y(1992) }, 14, 2),
];

const partnerships: Partnership[] = [
  { id: 'p-nb', a: 'nonbinary', b: 'unknown', kind: 'partnership', events: [] },
  { id: 'p-gp', a: 'gf', b: 'gm', kind: 'partnership', events: [{ type: 'married', date: y(1963) }, { type: 'widowed', date: y(2010, 8) }] },
  { id: 'p-u1', a: 'a1', b: 'u', kind: 'partnership', events: [{ type: 'married', date: y(1986) }, { type: 'divorced', date: y(1992) }] },
  { id: 'p-u2', a: 'u', b: 'a', kind: 'partnership', events: [{ type: 'cohabiting', date: y(1993) }, { type: 'married', date: y(1994) }] },
  { id: 'p-mx', a: 'px', b: 'm', kind: 'transitory', events: [{ type: 'started', date: y(1988) }] },
  { id: 'p-mf', a: 'm', b: 'f', kind: 'partnership', events: [{ type: 'cohabiting', date: y(1999) }, { type: 'separated', date: y(2009) }] },
  { id: 'p-mn', a: 'm', b: 'n', kind: 'transitory', events: [{ type: 'started', date: y(2014) }] },
  { id: 'p-fc', a: 'fc1', b: 'fc2', kind: 'partnership', events: [{ type: 'civil-partnership', date: y(2008) }] },
  { id: 'p-cousins', a: 'c1', b: 'd1', kind: 'partnership', events: [{ type: 'cohabiting', date: y(2012) }] },
];

let linkCount = 0;
const link = (parent: string, child: string, kind: ParentLink['kind'] = 'birth', from?: PartialDate): ParentLink => ({
  id: `l${++linkCount}`,
  parent,
  child,
  kind,
  ...(from ? { from } : {}),
});

const parentLinks: ParentLink[] = [
  link('gf', 'u'), link('gm', 'u'), link('gf', 'm'), link('gm', 'm'),
  link('a1', 'c1'), link('u', 'c1'),
  link('u', 'i1'), link('a', 'i1'), link('u', 'i2'), link('a', 'i2'),
  link('u', 'ad', 'adoptive', y(2004)), link('a', 'ad', 'adoptive', y(2004)),
  link('px', 'd1'), link('m', 'd1'),
  link('m', 't1'), link('f', 't1'), link('m', 't2'), link('f', 't2'),
  link('m', 'mc'), link('f', 'mc'), link('m', 'sb'), link('f', 'sb'), link('m', 's'), link('f', 's'),
  link('m', 'tm'), link('f', 'tm'), link('m', 'pg'), link('n', 'pg'),
  link('f', 'fs'),
  link('gm', 'd1', 'kinship', y(2010)),
  link('u', 't2', 'special-guardianship', y(2012)), link('a', 't2', 'special-guardianship', y(2012)),
  link('fc1', 's', 'foster', y(2013, 4)), link('fc2', 's', 'foster', y(2013, 4)),
];

const relationships: RelationshipLine[] = [
  { id: 'r-close', kind: 'close', from: 'gm', to: 'd1' },
  { id: 'r-distant', kind: 'distant', from: 'u', to: 'm' },
  { id: 'r-conflict', kind: 'conflict', from: 'a1', to: 'a' },
  { id: 'r-cutoff', kind: 'cut-off', from: 'f', to: 'fs' },
  { id: 'r-da', kind: 'abuse-domestic', from: 'f', to: 'm' },
  { id: 'r-neglect', kind: 'abuse-neglect', from: 'm', to: 's' },
];

const households: Household[] = [
  { id: 'h-gm', label: "Grandmother's home", members: [{ person: 'gf', to: y(2010, 8) }, { person: 'gm' }, { person: 'd1', from: y(2010) }] },
  { id: 'h-m', label: "Mother's home", members: [{ person: 'm' }, { person: 't1' }, { person: 'n', from: y(2014, 6) }, { person: 's', to: y(2013, 4) }, { person: 'pg' }] },
  { id: 'h-u', label: "Uncle's home", members: [{ person: 'u' }, { person: 'a' }, { person: 'i1' }, { person: 'i2' }, { person: 'ad' }, { person: 't2', from: y(2012) }] },
  { id: 'h-fc', label: 'Foster home (Child A)', emphasised: true, members: [{ person: 'fc1' }, { person: 'fc2' }, { person: 's', from: y(2013, 4) }] },
];

/** The notation sheet: every mark the figure can show, in one invented family. */
export function notationSheet(): GenogramDocument {
  return structuredClone({
    id: 'notation-sheet',
    settings: {
      title: 'Notation sheet',
      caption: 'An invented family showing every symbol, line, shading, badge and household outline.',
      asAt: { year: 2015, month: 6, day: 1 },
      notation: { ...DEFAULT_NOTATION },
    },
    persons,
    partnerships,
    parentLinks,
    multipleBirths: [
      { id: 'mb-identical', kind: 'identical', members: ['i1', 'i2'] },
      { id: 'mb-fraternal', kind: 'fraternal', members: ['t1', 't2'] },
    ],
    relationships,
    households,
  });
}
