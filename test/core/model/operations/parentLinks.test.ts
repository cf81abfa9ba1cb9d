import { describe, expect, it } from 'vitest';
import { addParentLink, removeParentLink, updateParentLink } from '../../../../src/core/model/operations';
import type { Id } from '../../../../src/core/model/types';
import { people } from './sampleFamily';

describe('parent links', () => {
  it('adds birth and carer links side by side', () => {
    const { doc, ids } = people(3);
    const [mum, carer, child] = ids as [Id, Id, Id];
    let next = addParentLink(doc, mum, child).doc;
    next = addParentLink(next, carer, child, 'foster', { from: { year: 2020 } }).doc;
    expect(next.parentLinks.map((l) => [l.parent, l.kind])).toEqual([
      [mum, 'birth'],
      [carer, 'foster'],
    ]);
    expect(next.parentLinks[1]!.from).toEqual({ year: 2020 });
  });

  it('refuses a third birth parent, a duplicate link, a self link and a cycle, naming the people', () => {
    const { doc, ids } = people(4);
    const [a, b, c, child] = ids as [Id, Id, Id, Id];
    let next = addParentLink(doc, a, child).doc;
    next = addParentLink(next, b, child).doc;
    expect(() => addParentLink(next, c, child)).toThrow(/P3 \(.*\) already has two birth parents/);
    expect(() => addParentLink(next, a, child)).toThrow(/P0 .* is already a birth parent of P3/);
    expect(() => addParentLink(next, a, a)).toThrow(/cannot be their own parent/);
    expect(() => addParentLink(next, child, a, 'adoptive')).toThrow(/already their ancestor/);
    expect(addParentLink(next, c, child, 'kinship').doc.parentLinks).toHaveLength(3);
  });

  it('updates dates and kind, checking the changed link, and removes', () => {
    const { doc, ids } = people(3);
    const [a, b, child] = ids as [Id, Id, Id];
    let next = addParentLink(doc, a, child).doc;
    const added = addParentLink(next, b, child, 'adoptive');
    next = added.doc;
    next = updateParentLink(next, added.id, { from: { year: 2019 } });
    expect(next.parentLinks[1]).toMatchObject({ kind: 'adoptive', from: { year: 2019 } });
    expect(updateParentLink(next, added.id, { kind: 'birth' }).parentLinks[1]!.kind).toBe('birth');
    expect(() => updateParentLink(next, added.id, { parent: child })).toThrow(/own parent/);
    expect(removeParentLink(next, added.id).parentLinks).toHaveLength(1);
  });
});
