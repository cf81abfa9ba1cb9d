import { describe, expect, it } from 'vitest';
import { birthParentsOf, displayName, indexDocument } from '../../../src/core/model/documentIndex';
import type { GenogramDocument } from '../../../src/core/model/types';
import { DEFAULT_NOTATION } from '../../../src/core/model/types';

function doc(): GenogramDocument {
  return {
    id: 'd1',
    settings: { title: 't', notation: DEFAULT_NOTATION },
    persons: [
      { id: 'p_mum', gender: 'female', givenNames: 'Ann', familyName: 'Lee' },
      { id: 'p_dad', gender: 'male' },
      { id: 'p_kid', gender: 'unknown', label: 'Child A' },
      { id: 'p_foster', gender: 'female', placeholder: true },
    ],
    partnerships: [{ id: 'u1', a: 'p_mum', b: 'p_dad', kind: 'partnership', events: [] }],
    parentLinks: [
      { id: 'l1', parent: 'p_mum', child: 'p_kid', kind: 'birth' },
      { id: 'l2', parent: 'p_dad', child: 'p_kid', kind: 'birth' },
      { id: 'l3', parent: 'p_foster', child: 'p_kid', kind: 'foster' },
    ],
    multipleBirths: [],
    relationships: [],
    households: [{ id: 'h1', label: 'Home', members: [{ person: 'p_kid' }, { person: 'p_kid', from: { year: 2020 } }] }],
  };
}

describe('indexDocument', () => {
  it('finds birth parents apart from carers', () => {
    const d = doc();
    expect(birthParentsOf(d, 'p_kid')).toEqual(['p_mum', 'p_dad']);
    expect(indexDocument(d).childLinksOf.get('p_foster')!.map((l) => [l.child, l.kind])).toEqual([['p_kid', 'foster']]);
  });

  it('lists a household once per person even with several periods', () => {
    expect(indexDocument(doc()).householdsOf.get('p_kid')?.map((h) => h.id)).toEqual(['h1']);
  });

  it('is cached per document object', () => {
    const d = doc();
    expect(indexDocument(d)).toBe(indexDocument(d));
    expect(indexDocument(doc())).not.toBe(indexDocument(d));
  });

  it('names a person by label, then names, then "?" for an unknown person', () => {
    const d = doc();
    expect(d.persons.map(displayName)).toEqual(['Ann Lee', '', 'Child A', '?']);
  });
});
