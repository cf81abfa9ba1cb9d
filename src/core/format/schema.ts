import * as v from 'valibot';
import { EVENT_KINDS } from '../chronology/types';
import { ABUSE_KINDS, DEFAULT_NOTATION, type GenogramDocument } from '../model/types';

// The structure of the current format (version 3). Every object is a looseObject, so fields
// this editor does not know (written by a later minor version or another tool) survive a load
// and a save. Meaning (ids that must exist, real calendar dates, cycles) is checked in semantic.ts.

const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const partialDateSchema = v.looseObject({
  year: wholeNumber(1, 9999),
  month: v.optional(wholeNumber(1, 12)),
  day: v.optional(wholeNumber(1, 31)),
  qualifier: v.optional(v.picklist(['about', 'before', 'after'])),
});

const date = v.optional(partialDateSchema);

const personSchema = v.looseObject({
  id,
  givenNames: v.optional(v.string()),
  familyName: v.optional(v.string()),
  label: v.optional(v.string()),
  secondLine: v.optional(v.string()),
  // Left out means not known: the honest reading, and what the symbol then shows.
  gender: v.optional(v.picklist(['female', 'male', 'nonbinary', 'unknown']), 'unknown'),
  sexAtBirthNote: v.optional(v.string()),
  birth: date,
  death: date,
  deceased: v.optional(v.boolean()),
  pregnancy: v.optional(
    v.looseObject({
      outcome: v.picklist(['ongoing', 'miscarriage', 'termination', 'stillbirth']),
      expected: date,
    }),
  ),
  placeholder: v.optional(v.boolean()),
  subject: v.optional(v.boolean()),
  ethnicity: v.optional(
    v.variant('status', [
      v.looseObject({ status: v.literal('recorded'), text: v.string() }),
      v.looseObject({ status: v.literal('not-recorded') }),
    ]),
  ),
  disability: v.optional(
    v.looseObject({ status: v.picklist(['yes', 'no', 'not-recorded']), text: v.optional(v.string()) }),
  ),
  conditions: v.optional(
    v.looseObject({
      mentalIllHealth: v.optional(v.boolean()),
      substanceMisuse: v.optional(v.picklist(['yes', 'suspected', 'in-recovery'])),
      seriousPhysicalIllness: v.optional(v.boolean()),
      learningDisability: v.optional(v.boolean()),
    }),
  ),
  badges: v.optional(v.array(v.string())),
  notes: v.optional(v.string()),
  significantOther: v.optional(
    v.looseObject({
      role: v.picklist(['partner', 'friend', 'lodger', 'household-member', 'other']),
      of: v.optional(id),
      text: v.optional(v.string()),
    }),
  ),
  pinned: v.optional(v.looseObject({ x: v.pipe(v.number(), v.finite()), y: v.pipe(v.number(), v.finite()) })),
});

export const PARTNERSHIP_EVENT_TYPES = [
  'started',
  'engaged',
  'cohabiting',
  'married',
  'civil-partnership',
  'separated',
  'divorced',
  'dissolved',
  'annulled',
  'reconciled',
  'widowed',
  'ended',
] as const;

const partnershipSchema = v.looseObject({
  id,
  a: id,
  b: id,
  kind: v.optional(v.picklist(['partnership', 'transitory']), 'partnership'),
  events: v.optional(v.array(v.looseObject({ type: v.picklist(PARTNERSHIP_EVENT_TYPES), date })), () => []),
  notes: v.optional(v.string()),
});

const parentLinkSchema = v.looseObject({
  id,
  parent: id,
  child: id,
  kind: v.picklist(['birth', 'adoptive', 'foster', 'kinship', 'special-guardianship']),
  from: date,
  to: date,
});

const multipleBirthSchema = v.looseObject({
  id,
  kind: v.picklist(['identical', 'fraternal']),
  members: v.array(id),
});

export const RELATIONSHIP_KINDS = ['close', 'distant', 'conflict', 'cut-off', ...ABUSE_KINDS.map((k) => `abuse-${k}` as const)] as const;

const relationshipSchema = v.looseObject({
  id,
  kind: v.picklist(RELATIONSHIP_KINDS),
  from: id,
  to: id,
  notes: v.optional(v.string()),
});

const householdSchema = v.looseObject({
  id,
  label: v.string(),
  address: v.optional(v.string()),
  members: v.array(v.looseObject({ person: id, from: date, to: date, visiting: v.optional(v.boolean()) })),
  from: date,
  to: date,
  emphasised: v.optional(v.boolean()),
});

// A missing notation option takes its default, so a file written before an option existed still opens.
const option = v.optional(v.boolean(), true);
const notationSchema = v.looseObject({
  showAges: option,
  showYears: option,
  showPartnershipLabels: option,
  showHouseholds: option,
  showRelationshipLines: option,
  showLegend: option,
});

const eventDateSchema = v.looseObject({ from: partialDateSchema, to: date, uncertain: v.optional(v.boolean()) });

const chronologySchema = v.looseObject({
  events: v.array(
    v.looseObject({
      id,
      date: eventDateSchema,
      time: v.optional(v.string()),
      source: v.optional(v.string()),
      description: v.string(),
      kind: v.picklist(EVENT_KINDS),
      persons: v.optional(v.array(id), () => []),
      otherPersons: v.optional(v.array(v.string())),
      household: v.optional(id),
      sensitive: v.optional(v.boolean()),
      columns: v.optional(v.record(v.string(), v.string())),
    }),
  ),
  columns: v.optional(v.array(v.string())),
  notSeenDays: v.optional(wholeNumber(1, 3650)),
});

export const documentSchema = v.looseObject({
  id,
  settings: v.optional(
    v.looseObject({
      title: v.optional(v.string(), 'Untitled genogram'),
      caption: v.optional(v.string()),
      asAt: date,
      notation: v.optional(notationSchema, () => ({ ...DEFAULT_NOTATION })),
      layoutEngine: v.optional(v.picklist(['standard', 'elk'])),
      endedPartnerWord: v.optional(v.picklist(['former', 'ex'])),
    }),
    () => ({ title: 'Untitled genogram', notation: { ...DEFAULT_NOTATION } }),
  ),
  // An empty list may be left out by hand-written or converted files.
  persons: v.optional(v.array(personSchema), () => []),
  partnerships: v.optional(v.array(partnershipSchema), () => []),
  parentLinks: v.optional(v.array(parentLinkSchema), () => []),
  multipleBirths: v.optional(v.array(multipleBirthSchema), () => []),
  relationships: v.optional(v.array(relationshipSchema), () => []),
  households: v.optional(v.array(householdSchema), () => []),
  chronology: v.optional(chronologySchema),
});

// Compile-time proof that what the schema accepts is a GenogramDocument.
export type SchemaDocument = v.InferOutput<typeof documentSchema>;
const _schemaMatchesTypes = (d: SchemaDocument): GenogramDocument => d;
void _schemaMatchesTypes;
