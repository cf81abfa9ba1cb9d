import { describe, expect, it } from 'vitest';
import { isAncestor } from '../../../src/core/model/ancestry';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addParentLink, addPerson } from '../../../src/core/model/operations';

describe('isAncestor', () => {
  it('follows parent links of every kind upwards', () => {
    let doc = emptyDocument();
    const g = addPerson(doc); doc = g.doc;
    const p = addPerson(doc); doc = p.doc;
    const c = addPerson(doc); doc = c.doc;
    doc = addParentLink(doc, g.id, p.id, 'adoptive').doc;
    doc = addParentLink(doc, p.id, c.id, 'birth').doc;
    expect(isAncestor(doc, g.id, c.id)).toBe(true);
    expect(isAncestor(doc, c.id, g.id)).toBe(false);
    expect(isAncestor(doc, p.id, p.id)).toBe(false);
  });
});
