// A terse builder for test families, shared by the reviewer-tool tests.
import { DEFAULT_NOTATION } from '../../../src/core/model/types';
import type {
  GenogramDocument,
  Household,
  HouseholdMember,
  ParentLinkKind,
  Partnership,
  PartnershipEvent,
  PartialDate,
  Person,
} from '../../../src/core/model/types';

export function y(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { year };
  if (day === undefined) return { year, month };
  return { year, month, day };
}

export class Family {
  doc: GenogramDocument = {
    id: 'doc',
    settings: { title: 'Test', notation: { ...DEFAULT_NOTATION } },
    persons: [],
    partnerships: [],
    parentLinks: [],
    multipleBirths: [],
    relationships: [],
    households: [],
  };
  private counter = 0;

  person(id: string, gender: Person['gender'], extra: Partial<Person> = {}): this {
    this.doc.persons.push({ id, gender, givenNames: id, ...extra });
    return this;
  }

  /** Birth links from each parent to each child unless another kind is given. */
  child(parents: string[], child: string, kind: ParentLinkKind = 'birth', extra: { from?: PartialDate; to?: PartialDate } = {}): this {
    for (const parent of parents) {
      this.doc.parentLinks.push({ id: `l${++this.counter}`, parent, child, kind, ...extra });
    }
    return this;
  }

  partners(a: string, b: string, events: PartnershipEvent[] = [{ type: 'married' }], kind: Partnership['kind'] = 'partnership'): this {
    this.doc.partnerships.push({ id: `p${++this.counter}`, a, b, kind, events });
    return this;
  }

  household(id: string, members: HouseholdMember[], extra: Partial<Household> = {}): this {
    this.doc.households.push({ id, label: id, members, ...extra });
    return this;
  }
}
