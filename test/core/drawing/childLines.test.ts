import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import type { GenogramDocument, ParentLinkKind, PartialDate } from '../../../src/core/model/types';
import type { Primitive, Scene, SceneGroup } from '../../../src/core/drawing/scene';
import { doc, gridLayout, marks, p, segmentCrossesBox, segments, texts } from '../../support/drawingFixtures';
import { family } from '../../fixtures/layout/familyBuilder';
import { checkLegibility } from '../../../src/core/quality/legibility';

const asAt = { year: 2020, month: 1, day: 1 };

function childGroups(scene: Scene): SceneGroup[] {
  return scene.groups.filter((g) => g.kind === 'children');
}

async function drawn(d: GenogramDocument, date: PartialDate = asAt): Promise<Scene> {
  return buildScene(d, await layoutDocument(d), { asAt: date });
}

const points = (item: Primitive): [number, number][] => segments(item).flatMap(([x0, y0, x1, y1], i) => (i === 0 ? [[x0, y0], [x1, y1]] : [[x1, y1]]));

describe('child lines', () => {
  const couple = () => family().person('mum', 'female', 1980).person('dad', 'male', 1979).couple('mum', 'dad', 2000);

  it('drops from the partner line to a sibling bar and straight down to each child', async () => {
    const f = couple().person('k1', 'male', 2001).person('k2', 'female', 2003).child(['mum', 'dad'], 'k1').child(['mum', 'dad'], 'k2');
    const scene = await drawn(f.doc);
    const [g] = childGroups(scene);
    expect(childGroups(scene)).toHaveLength(1);
    const layout = await layoutDocument(f.doc);
    const drop = points(marks(g!, 'child-drop')[0]!);
    // From the partner line, straight down.
    expect(drop[0]![0]).toBe(drop[drop.length - 1]![0]);
    const bar = marks(g!, 'sibling-bar')[0]!;
    if (bar.type !== 'line') throw new Error('bar is a line');
    expect(drop[drop.length - 1]![1]).toBe(bar.y1);
    for (const id of ['k1', 'k2']) {
      const line = points(marks(g!, `child-line:${id}`)[0]!);
      const box = layout.boxes.get(id)!;
      expect(line[0]![1]).toBe(bar.y1);
      expect(line[line.length - 1]).toEqual([box.x + box.size / 2, box.y]);
      expect((marks(g!, `child-line:${id}`)[0] as { dash?: string }).dash).toBeFalsy();
    }
    expect(Math.min(bar.x1, bar.x2)).toBeLessThanOrEqual(layout.boxes.get('k1')!.x + 20);
  });

  it('reaches a child rows below through a lane, through no symbol and no name', async () => {
    // k partners her cousin's son, a generation below her, so she stands two rows under her parents.
    const f = family().person('g1', 'male', 1930).person('g2', 'female', 1932).couple('g1', 'g2', 1955);
    f.person('mum', 'female', 1958).person('dad', 'male', 1957).couple('mum', 'dad', 1980).child(['g1', 'g2'], 'mum');
    f.person('aunt', 'female', 1960).child(['g1', 'g2'], 'aunt').person('cousin', 'male', 1982).child(['aunt'], 'cousin');
    f.person('x', 'male', 2003).child(['cousin'], 'x');
    f.person('sib', 'male', 1981).person('k', 'female', 1985).person('sib2', 'female', 1988);
    for (const c of ['sib', 'k', 'sib2']) f.child(['mum', 'dad'], c);
    f.couple('x', 'k', 2022);
    const layout = await layoutDocument(f.doc);
    expect(layout.boxes.get('k')!.row).toBeGreaterThan(layout.boxes.get('sib')!.row);
    const scene = buildScene(f.doc, layout, { asAt: { year: 2024 } });
    const persons = scene.groups.filter((g) => g.kind === 'person');
    for (const g of childGroups(scene)) {
      for (const item of g.items.filter((i) => i.type !== 'text')) {
        for (const s of segments(item)) {
          for (const person of persons) {
            if (g.personIds.includes(person.personIds[0]!)) continue;
            expect(segmentCrossesBox(s, person.box), `${g.key} through ${person.key}`).toBe(false);
          }
        }
      }
    }
  });

  it('draws an adopted child dashed with the adoption year, and keeps the birth-parent line', async () => {
    const f = couple().person('bm', 'female', 1985).person('k', 'female', 2010).child(['bm'], 'k');
    for (const parent of ['mum', 'dad']) f.doc.parentLinks.push({ id: `a-${parent}`, parent, child: 'k', kind: 'adoptive', from: { year: 2012 } });
    const scene = await drawn(f.doc);
    const adoptive = childGroups(scene).find((g) => g.tags.includes('adoptive'))!;
    const birth = childGroups(scene).find((g) => g.tags.includes('birth'))!;
    expect((marks(adoptive, 'child-line:k')[0] as { dash?: string }).dash).toBeTruthy();
    expect(texts(adoptive)).toContain('adopted 2012');
    expect(marks(birth, 'child-line:k')).toHaveLength(1);
    expect(scene.legend.map((e) => e.key)).toEqual(expect.arrayContaining(['child-adopted', 'child-birth']));
  });

  it('draws foster, kinship and SGO lines dotted from the carers, labelled, while the placement is in force', async () => {
    for (const [kind, label] of [['foster', 'foster'], ['kinship', 'kinship'], ['special-guardianship', 'SGO']] as const) {
      const f = couple().person('carer', 'female', 1960).person('k', 'female', 2005).child(['mum', 'dad'], 'k');
      f.doc.parentLinks.push({ id: 'c', parent: 'carer', child: 'k', kind: kind as ParentLinkKind, from: { year: 2015 }, to: { year: 2019 } });
      const layout = await layoutDocument(f.doc);
      const during = buildScene(f.doc, layout, { asAt: { year: 2017 } });
      const carerLine = childGroups(during).find((g) => g.tags.includes(kind))!;
      expect(texts(carerLine)).toEqual([label]);
      const line = marks(carerLine, 'child-line:k')[0]!;
      expect((line as { dash?: string }).dash).toBeTruthy();
      const birthLine = marks(childGroups(during).find((g) => g.tags.includes('birth'))!, 'child-line:k')[0]!;
      // Both lines reach the child, at different points of its top.
      expect(points(birthLine).at(-1)![0]).not.toBe(points(line).at(-1)![0]);
      const after = buildScene(f.doc, layout, { asAt: { year: 2020 } });
      expect(childGroups(after).some((g) => g.tags.includes(kind))).toBe(false);
    }
  });

  it('keeps a fostered child under its birth family: the carers never pull it away', async () => {
    const f = couple().person('sib', 'male', 2001).person('k', 'female', 2004).child(['mum', 'dad'], 'sib').child(['mum', 'dad'], 'k');
    f.person('fc1', 'female', 1960).person('fc2', 'male', 1958).couple('fc1', 'fc2', 1985).child(['fc1', 'fc2'], 'k', 'foster');
    const layout = await layoutDocument(f.doc);
    const cx = (id: string) => layout.boxes.get(id)!.x + 20;
    expect(Math.abs(cx('k') - (cx('mum') + cx('dad')) / 2)).toBeLessThan(130);
  });

  it('starts twins from one point on the bar, and joins identical twins with a bar', async () => {
    for (const kind of ['fraternal', 'identical'] as const) {
      const f = couple().person('t1', 'male', 2001).person('t2', 'male', 2001).person('k', 'female', 2004);
      for (const c of ['t1', 't2', 'k']) f.child(['mum', 'dad'], c);
      f.multiple(['t1', 't2'], kind);
      const [g] = childGroups(await drawn(f.doc));
      const t1 = points(marks(g!, 'child-line:t1')[0]!)[0]!;
      const t2 = points(marks(g!, 'child-line:t2')[0]!)[0]!;
      const k = points(marks(g!, 'child-line:k')[0]!);
      expect(t1).toEqual(t2);
      expect(k[0]![0]).toBe(k[k.length - 1]![0]);
      expect(marks(g!, 'identical-twin-bar')).toHaveLength(kind === 'identical' ? 1 : 0);
      expect(g!.tags).toContain(`twins-${kind}`);
    }
  });

  it('hangs a child with one known parent from the side of that parent’s symbol, clear of the name', async () => {
    const f = family().person('mum', 'female', 1980).person('k', 'male', 2004).child(['mum'], 'k');
    const layout = await layoutDocument(f.doc);
    const [g] = childGroups(buildScene(f.doc, layout, { asAt }));
    const lead = points(marks(g!, 'parent-lead')[0]!);
    const mum = layout.boxes.get('mum')!;
    expect(lead[0]![1]).toBe(mum.y + mum.size / 2);
    expect(Math.abs(lead[0]![0] - (mum.x + mum.size / 2))).toBe(mum.size / 2);
    const drop = points(marks(g!, 'child-drop')[0]!);
    expect(drop[0]).toEqual(lead[lead.length - 1]);
    // Beside the name: at least half a label's width from the symbol's middle.
    expect(Math.abs(drop[0]![0] - (mum.x + 20))).toBeGreaterThanOrEqual(56);
  });

  it('draws a line between two birth parents with no partnership recorded, so the children hang from it', async () => {
    const f = family().person('a', 'female', 1980).person('b', 'male', 1980).person('k', 'male', 2004).child(['a', 'b'], 'k');
    const scene = await drawn(f.doc);
    const implied = scene.groups.find((g) => g.kind === 'partnership')!;
    expect(implied.tags).toContain('implied');
    expect(scene.legend.map((e) => e.key)).toContain('line-partnership');
  });

  it('keeps the bars of half-siblings apart: never on top of each other or a few units apart', async () => {
    const f = family().person('a', 'male', 1970).person('m', 'female', 1972).person('b', 'male', 1975);
    f.couple('a', 'm', 1990).couple('m', 'b', 2000);
    f.person('k1', 'male', 1991).person('k3', 'female', 1994).person('k2', 'male', 2001).person('k4', 'female', 2003);
    f.child(['a', 'm'], 'k1').child(['a', 'm'], 'k3').child(['m', 'b'], 'k2').child(['m', 'b'], 'k4');
    const scene = await drawn(f.doc);
    const bars = childGroups(scene).map((g) => marks(g, 'sibling-bar')[0] as { x1: number; x2: number; y1: number });
    expect(bars).toHaveLength(2);
    const [p, q] = bars as [{ x1: number; x2: number; y1: number }, { x1: number; x2: number; y1: number }];
    const overlap = Math.min(Math.max(p.x1, p.x2), Math.max(q.x1, q.x2)) - Math.max(Math.min(p.x1, p.x2), Math.min(q.x1, q.x2));
    expect(overlap <= 0 || Math.abs(p.y1 - q.y1) >= 10).toBe(true);
  });

  it('leaves out children not yet born at the date, the bar covering only those drawn', async () => {
    const f = couple().person('k1', 'male', 2001).person('k2', 'female', 2010).child(['mum', 'dad'], 'k1').child(['mum', 'dad'], 'k2');
    const [g] = childGroups(await drawn(f.doc, { year: 2005 }));
    expect(marks(g!, 'child-line:k2')).toHaveLength(0);
    expect(marks(g!, 'child-line:k1')).toHaveLength(1);
  });

  it('draws straight lines for people the layout has not placed yet (a person added a moment ago)', () => {
    const d = doc({
      persons: [p('mum'), p('dad', { gender: 'male' }), p('k1'), p('k2')],
      partnerships: [{ id: 'c', a: 'mum', b: 'dad', kind: 'partnership', events: [{ type: 'married' }] }],
      parentLinks: ['k1', 'k2'].flatMap((c) => ['mum', 'dad'].map((parent) => ({ id: `${parent}-${c}`, parent, child: c, kind: 'birth' as const }))),
    });
    const layout = gridLayout([['mum', 0, 0], ['dad', 1, 0], ['k1', 0, 1], ['k2', 1, 1]]);
    const [g] = childGroups(buildScene(d, layout, { asAt }));
    const bar = marks(g!, 'sibling-bar')[0]!;
    if (bar.type !== 'line') throw new Error('bar is a line');
    expect([bar.x1, bar.x2]).toEqual([60, 180]);
    for (const id of ['k1', 'k2']) expect(points(marks(g!, `child-line:${id}`)[0]!).at(-1)![1]).toBe(layout.boxes.get(id)!.y);
  });

  it('a carer\'s line beside the birth family\'s: its label and the child\'s years stand clear of every line and text', async () => {
    // The adoptive mother's line arrives beside the birth parents' one, where the death year
    // stood: the year moved clear of it, and "adopted 1997" moved off the year.
    const f = family().person('gm', 'female', 1940).person('gf', 'male', 1938).couple('gm', 'gf', 1960);
    f.person('dad', 'male', 1962).child(['gm', 'gf'], 'dad').person('mum', 'female', 1964).couple('dad', 'mum', 1985);
    f.person('kid', 'male', 1986, { death: { year: 2001 } }).child(['dad', 'mum'], 'kid');
    f.person('carer', 'female', 1944).child(['carer'], 'kid', 'adoptive');
    const d = f.doc;
    const adoption = d.parentLinks.find((l) => l.kind === 'adoptive')!;
    (adoption as { from?: PartialDate }).from = { year: 1997 };
    const layout = await layoutDocument(d);
    const scene = buildScene(d, layout, { asAt });
    expect(scene.groups.flatMap(texts)).toContain('adopted 1997');
    const { counts } = checkLegibility(scene, { doc: d, layout });
    expect({ textOverText: counts.textOverlaps, linesThroughText: counts.linesThroughText }).toEqual({ textOverText: 0, linesThroughText: 0 });
  });
});
