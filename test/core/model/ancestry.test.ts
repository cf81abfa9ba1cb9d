import { describe, expect, it } from 'vitest';
import { findParentCycles, isAncestor } from '../../../src/core/model/ancestry';
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

describe('findParentCycles', () => {
  it('finds no cycle in an ordinary family', () => {
    let doc = emptyDocument();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const added = addPerson(doc);
      doc = added.doc;
      ids.push(added.id);
    }
    const [a, b, c, d] = ids as [string, string, string, string];
    doc = addParentLink(doc, a, c).doc;
    doc = addParentLink(doc, b, c).doc;
    doc = addParentLink(doc, c, d).doc;
    doc = addParentLink(doc, a, d, 'kinship').doc;
    expect(findParentCycles(doc)).toEqual([]);
  });

  it('finds self-parenthood and a longer cycle, each once', () => {
    const person = (id: string) => ({ id, gender: 'unknown' as const });
    const link = (id: string, parent: string, child: string) => ({ id, parent, child, kind: 'birth' as const });
    const doc = {
      ...emptyDocument(),
      persons: ['p_a', 'p_b', 'p_c', 'p_d'].map(person),
      parentLinks: [link('l_1', 'p_a', 'p_b'), link('l_2', 'p_b', 'p_c'), link('l_3', 'p_c', 'p_a'), link('l_4', 'p_d', 'p_d')],
    };
    const cycles = findParentCycles(doc);
    expect(cycles).toHaveLength(2);
    expect(cycles.map((c) => [...c].sort())).toContainEqual(['p_a', 'p_b', 'p_c']);
    expect(cycles).toContainEqual(['p_d']);
  });
});
