import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addPerson } from '../../../src/core/model/operations/persons';
import { findPersons } from '../../../src/ui/dialogs/findPersons';

function family() {
  let doc = emptyDocument();
  for (const fields of [
    { givenNames: 'Zoë', familyName: 'Adams' },
    { givenNames: 'Adam', familyName: 'Brown' },
    { givenNames: 'Chloe', familyName: 'Adams', label: 'Child A' },
  ]) doc = addPerson(doc, fields).doc;
  return doc;
}

describe('finding a person by name', () => {
  it('ignores case and accents and puts names starting with the query first', () => {
    const names = findPersons(family(), 'adam').map((p) => p.givenNames);
    expect(names).toEqual(['Adam', 'Zoë', 'Chloe']);
    expect(findPersons(family(), 'ZOE').map((p) => p.givenNames)).toEqual(['Zoë']);
  });
  it('needs every word and finds labels', () => {
    expect(findPersons(family(), 'chloe adams')).toHaveLength(1);
    expect(findPersons(family(), 'child a')).toHaveLength(1);
    expect(findPersons(family(), '   ')).toEqual([]);
    expect(findPersons(family(), 'nobody')).toEqual([]);
  });
});
