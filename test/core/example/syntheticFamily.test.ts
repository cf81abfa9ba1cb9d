import { describe, expect, it } from 'vitest';
import { syntheticFamily } from '../../../src/core/example/syntheticFamily';
import { before, certain } from '../../../src/core/checks/finding';

describe('syntheticFamily', () => {
  it('makes exactly the number of persons asked for, the same for the same seed', () => {
    for (const n of [0, 1, 7, 50, 300]) expect(syntheticFamily(n, 3).persons.length).toBe(n);
    expect(syntheticFamily(300, 3)).toEqual(syntheticFamily(300, 3));
    expect(syntheticFamily(300, 3)).not.toEqual(syntheticFamily(300, 4));
  });

  it('refers only to persons it contains, with unique ids', () => {
    const doc = syntheticFamily(1000, 5);
    const ids = new Set(doc.persons.map((p) => p.id));
    expect(ids.size).toBe(doc.persons.length);
    for (const l of doc.parentLinks) expect(ids.has(l.parent) && ids.has(l.child)).toBe(true);
    for (const p of doc.partnerships) expect(ids.has(p.a) && ids.has(p.b)).toBe(true);
    for (const g of doc.multipleBirths) for (const m of g.members) expect(ids.has(m)).toBe(true);
    for (const h of doc.households) for (const m of h.members) expect(ids.has(m.person)).toBe(true);
  });

  it('holds the hard cases: remarriage with half-siblings, one-parent families, unknown parents, twins, losses, adoption, fostering, cousins who partner, unrelated persons', () => {
    const doc = syntheticFamily(1000, 5);
    const partnersOf = new Map<string, number>();
    for (const p of doc.partnerships) for (const x of [p.a, p.b]) partnersOf.set(x, (partnersOf.get(x) ?? 0) + 1);
    expect([...partnersOf.values()].some((n) => n >= 2)).toBe(true);
    const birthParents = new Map<string, string[]>();
    for (const l of doc.parentLinks) if (l.kind === 'birth') birthParents.set(l.child, [...(birthParents.get(l.child) ?? []), l.parent]);
    expect([...birthParents.values()].some((ps) => ps.length === 1)).toBe(true);
    expect(doc.persons.some((p) => p.placeholder)).toBe(true);
    expect(doc.multipleBirths.some((g) => g.members.length === 2)).toBe(true);
    expect(doc.persons.some((p) => p.pregnancy)).toBe(true);
    expect(doc.parentLinks.some((l) => l.kind === 'adoptive')).toBe(true);
    expect(doc.parentLinks.some((l) => l.kind === 'foster' || l.kind === 'kinship' || l.kind === 'special-guardianship')).toBe(true);
    const grandparents = (x: string) => new Set((birthParents.get(x) ?? []).flatMap((p) => birthParents.get(p) ?? []));
    expect(doc.partnerships.some((p) => [...grandparents(p.a)].some((g) => grandparents(p.b).has(g)))).toBe(true);
    const linked = new Set([...doc.parentLinks.flatMap((l) => [l.parent, l.child]), ...doc.partnerships.flatMap((p) => [p.a, p.b])]);
    expect(doc.persons.some((p) => !linked.has(p.id))).toBe(true);
  });

  it('sets its reference date after every birth, so the whole family is drawn on any day', () => {
    for (const n of [60, 500]) {
      const doc = syntheticFamily(n, 1);
      const asAt = doc.settings.asAt!;
      for (const p of doc.persons) if (p.birth) expect(before(certain, p.birth, asAt), `${p.id} born ${p.birth.year}`).toBe(true);
    }
  });

  it('says what is wrong with a bad count', () => {
    expect(() => syntheticFamily(-1, 1)).toThrow(/personCount must be a whole number/);
  });
});
