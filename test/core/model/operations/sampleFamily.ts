import { emptyDocument } from '../../../../src/core/model/emptyDocument';
import { addChild, addHousehold, addPartner, addPartnershipEvent, addPerson, addRelationshipLine, setMultipleBirth } from '../../../../src/core/model/operations';
import type { GenogramDocument, Id } from '../../../../src/core/model/types';

/** Mother, father (partnership, with an undated start), twins and a third child, a relationship line and a household. */
export function sampleFamily(): { doc: GenogramDocument; mother: Id; father: Id; union: Id; twinA: Id; twinB: Id; third: Id } {
  let doc = emptyDocument('Sample');
  const mother = addPerson(doc, { givenNames: 'Ann', familyName: 'Reed', gender: 'female' });
  doc = mother.doc;
  const father = addPartner(doc, mother.id, { givenNames: 'Bob', familyName: 'Cole' });
  doc = addPartnershipEvent(father.doc, father.partnershipId, { type: 'started' });
  const twinA = addChild(doc, { partnershipId: father.partnershipId }, { givenNames: 'Cat', gender: 'female' });
  doc = twinA.doc;
  const twinB = addChild(doc, { partnershipId: father.partnershipId }, { givenNames: 'Dan', gender: 'male' });
  doc = twinB.doc;
  const third = addChild(doc, { partnershipId: father.partnershipId }, { givenNames: 'Eve', gender: 'female' });
  doc = third.doc;
  doc = setMultipleBirth(doc, [twinA.id, twinB.id], 'fraternal').doc;
  doc = addRelationshipLine(doc, father.id, mother.id, 'abuse-domestic').doc;
  doc = addHousehold(doc, 'Home', [mother.id, twinA.id, twinB.id, third.id, father.id], { year: 2015 }).doc;
  return { doc, mother: mother.id, father: father.id, union: father.partnershipId, twinA: twinA.id, twinB: twinB.id, third: third.id };
}

/** n persons with nothing but a given name (P0, P1…), in a fresh document. */
export function people(n: number): { doc: GenogramDocument; ids: Id[] } {
  let doc = emptyDocument();
  const ids: Id[] = [];
  for (let i = 0; i < n; i++) {
    const added = addPerson(doc, { givenNames: `P${i}` });
    doc = added.doc;
    ids.push(added.id);
  }
  return { doc, ids };
}
