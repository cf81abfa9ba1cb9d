import { describe, expect, it } from 'vitest';
import { isAncestor, loopsOfDescentIn } from '../../../src/core/model/ancestry';
import { emptyDocument } from '../../../src/core/model/emptyDocument';
import { addParentLink, addPerson } from '../../../src/core/model/operations';
import { Family } from '../kinship/family';

function threeGenerations() {
  return new Family()
    .person('gm', 'female').person('gf', 'male')
    .person('mum', 'female').person('dad', 'male').person('child', 'female')
    .child(['gm', 'gf'], 'mum').child(['mum', 'dad'], 'child');
}

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

describe('loopsOfDescentIn', () => {
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
    expect(loopsOfDescentIn(doc)).toEqual([]);
  });

  it('finds self-parenthood and a longer cycle, each once', () => {
    const person = (id: string) => ({ id, gender: 'unknown' as const });
    const link = (id: string, parent: string, child: string) => ({ id, parent, child, kind: 'birth' as const });
    const doc = {
      ...emptyDocument(),
      persons: ['p_a', 'p_b', 'p_c', 'p_d'].map(person),
      parentLinks: [link('l_1', 'p_a', 'p_b'), link('l_2', 'p_b', 'p_c'), link('l_3', 'p_c', 'p_a'), link('l_4', 'p_d', 'p_d')],
    };
    const loops = loopsOfDescentIn(doc);
    expect(loops.map((l) => l.members)).toEqual([['p_a', 'p_b', 'p_c'], ['p_d']]);
    // The way round goes up through parents: p_a's parent is p_c, whose parent is p_b.
    expect(loops[0]!.cycle).toEqual(['p_a', 'p_c', 'p_b']);
    expect(loops[1]!.cycle).toEqual(['p_d']);
  });
});

describe('loopsOfDescentIn, with kinship families', () => {
  it('finds none in a sound family', () => {
    expect(loopsOfDescentIn(threeGenerations().doc)).toEqual([]);
  });

  it('finds a loop and a self-parent, people in document order', () => {
    const doc = threeGenerations()
      .person('x', 'male').person('y', 'male').person('z', 'male')
      .child(['y'], 'x').child(['z'], 'y').child(['x'], 'z', 'adoptive')
      .child(['gm'], 'gm').doc;
    expect(loopsOfDescentIn(doc).map((l) => l.members)).toEqual([['gm'], ['x', 'y', 'z']]);
    expect(loopsOfDescentIn(doc, ['birth']).map((l) => l.members)).toEqual([['gm']]);
  });

  it('does not report a shared ancestor (a diamond) as a loop', () => {
    const doc = new Family().person('x', 'male').person('p', 'female').person('c', 'male')
      .child(['x'], 'p').child(['x', 'p'], 'c').doc;
    expect(loopsOfDescentIn(doc)).toEqual([]);
  });
});
