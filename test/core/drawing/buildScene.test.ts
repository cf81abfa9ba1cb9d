import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { doc, gridLayout, group, marks, p } from '../../support/drawingFixtures';

const asAt = { year: 2020, month: 1, day: 1 };

describe('buildScene', () => {
  const family = () =>
    doc({
      persons: [p('a', { gender: 'male', birth: { year: 1970 } }), p('b', { birth: { year: 1972 } }), p('k', { birth: { year: 2000 } })],
      partnerships: [{ id: 'c', a: 'a', b: 'b', kind: 'partnership', events: [{ type: 'married', date: { year: 1995 } }] }],
      parentLinks: [
        { id: '1', parent: 'a', child: 'k', kind: 'birth' },
        { id: '2', parent: 'b', child: 'k', kind: 'birth' },
      ],
      relationships: [{ id: 'r', kind: 'close', from: 'a', to: 'k' }],
      households: [{ id: 'h', label: 'Home', members: [{ person: 'a' }, { person: 'b' }, { person: 'k' }] }],
    });
  const cells: [string, number, number][] = [['a', 0, 0], ['b', 1, 0], ['k', 0, 1]];

  it('draws in layers: households at the back, then couples, child lines, people, relationship lines, legend', () => {
    const kinds = buildScene(family(), gridLayout(cells), { asAt }).groups.map((g) => g.kind);
    expect(kinds).toEqual(['household', 'partnership', 'children', 'person', 'person', 'person', 'relationship', 'legend']);
  });

  it('follows the document’s notation options', () => {
    const d = family();
    d.settings.notation = { showAges: false, showYears: false, showPartnershipLabels: false, showHouseholds: false, showRelationshipLines: false, showLegend: false };
    const scene = buildScene(d, gridLayout(cells), { asAt });
    expect(scene.groups.map((g) => g.kind)).toEqual(['partnership', 'children', 'person', 'person', 'person']);
    expect(marks(group(scene, 'person:a'), 'age')).toEqual([]);
    expect(marks(group(scene, 'person:a'), 'birth-year')).toEqual([]);
    expect(marks(group(scene, 'partnership:c'), 'partnership-label')).toEqual([]);
    expect(scene.legend.map((e) => e.key)).not.toContain('age');
  });

  it('joins partners the layout put on different rows without losing their children', () => {
    const scene = buildScene(family(), gridLayout([['a', 0, 0], ['b', 1, 1], ['k', 0, 2]]), { asAt });
    expect(group(scene, 'partnership:c').tags).toContain('cross-row');
    expect(scene.groups.filter((g) => g.kind === 'children')).toHaveLength(1);
  });

  it('keeps stable keys across rebuilds and carries the person id on each person group', () => {
    const one = buildScene(family(), gridLayout(cells), { asAt });
    const two = buildScene(family(), gridLayout(cells), { asAt });
    expect(two.groups.map((g) => g.key)).toEqual(one.groups.map((g) => g.key));
    for (const g of one.groups.filter((x) => x.kind === 'person')) expect(g.personIds).toEqual([g.refId]);
  });

  it('ignores persons the layout has no box for, and draws an empty document', () => {
    const scene = buildScene(family(), gridLayout([['a', 0, 0]]), { asAt });
    expect(scene.groups.filter((g) => g.kind === 'person').map((g) => g.refId)).toEqual(['a']);
    const empty = buildScene(doc({ persons: [] }), gridLayout([]), { asAt, legend: true });
    expect(empty.bounds.width).toBeGreaterThan(0);
    expect(empty.legend).toEqual([]);
  });
});
