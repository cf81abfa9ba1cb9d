import { describe, expect, it } from 'vitest';
import { checkLegibility } from '../../../src/core/quality/legibility';
import { children, group, line, path, person, polyline, scene, text } from './sceneBuilders';

const partnership = (key: string, ...items: Parameters<typeof group>[2]) => group(`partnership:${key}`, 'partnership', items);

describe('(a) connectors on top of each other or side by side', () => {
  it('two sibling bars 6 apart over the same stretch are near-parallel; 12 apart they are not', () => {
    const near = checkLegibility(scene(children('a', line(0, 100, 200, 100, 'sibling-bar')), children('b', line(50, 106, 300, 106, 'sibling-bar'))));
    expect(near.counts.nearParallel).toBe(1);
    expect(near.counts.overlapping).toBe(0);
    expect(near.found.nearParallel[0]).toMatchObject({ parts: ['children:a', 'children:b'], gap: 6, length: 150, sharedEnd: false });
    const apart = checkLegibility(scene(children('a', line(0, 100, 200, 100, 'sibling-bar')), children('b', line(50, 112, 300, 112, 'sibling-bar'))));
    expect(apart.counts.nearParallel).toBe(0);
  });

  it('a quarter of a symbol (10 units) apart is far enough; just under it is not', () => {
    const at = (gap: number) => checkLegibility(scene(children('a', line(0, 100, 200, 100)), children('b', line(0, 100 + gap, 200, 100 + gap)))).counts.nearParallel;
    expect(at(10)).toBe(0);
    expect(at(9.5)).toBe(1);
  });

  it('bars of two families on one line overlap; bars meeting end to end or sharing only 2 units do not', () => {
    const overlapping = checkLegibility(scene(children('a', line(0, 100, 200, 100, 'sibling-bar')), children('b', line(150, 100, 300, 100, 'sibling-bar'))));
    expect(overlapping.counts.overlapping).toBe(1);
    expect(overlapping.found.overlapping[0]).toMatchObject({ gap: 0, length: 50 });
    const touching = checkLegibility(scene(children('a', line(0, 100, 200, 100)), children('b', line(200, 100, 300, 100))));
    expect(touching.counts.overlapping).toBe(0);
    const short = checkLegibility(scene(children('a', line(0, 100, 200, 100)), children('b', line(198, 101, 300, 101))));
    expect(short.counts.overlapping + short.counts.nearParallel).toBe(0);
  });

  it("one person's partner lines to two partners are different parts: the shared stem counts, flagged as leaving one point", () => {
    // The middle person at x 200..240; partners at 40 and 360; both lines drop 7 below the symbols' bottom (y 40).
    const report = checkLegibility(
      scene(
        person('left', 40, 0),
        person('mid', 200, 0),
        person('right', 360, 0),
        partnership('p1', path('M60 40 L60 47 L220 47 L220 40', 'partner-line')),
        partnership('p2', path('M220 40 L220 52 L380 52 L380 40', 'partner-line')),
      ),
    );
    expect(report.counts.overlapping).toBe(1);
    expect(report.found.overlapping[0]).toMatchObject({ parts: ['partnership:p1', 'partnership:p2'], length: 7, sharedEnd: true });
    expect(report.info.overlappingSharedEnd).toBe(1);
    // One line turning onto the other's stem merges with it: no crossing.
    expect(report.counts.crossings).toBe(0);
  });

  it('a stepped partner line running 5 under another partner line of the same person is near-parallel', () => {
    const report = checkLegibility(
      scene(
        partnership('p1', path('M60 40 L60 47 L220 47 L220 40', 'partner-line')),
        partnership('p2', path('M100 40 L100 52 L380 52 L380 40', 'partner-line')),
      ),
    );
    expect(report.counts.nearParallel).toBe(1);
    expect(report.found.nearParallel[0]).toMatchObject({ gap: 5, length: 120 });
  });

  it('lines of one part never count against each other', () => {
    const report = checkLegibility(scene(children('a', line(0, 100, 200, 100), line(0, 104, 200, 104), line(50, 100, 150, 100))));
    expect(report.counts.overlapping + report.counts.nearParallel).toBe(0);
  });

  it('pieces of one straight line count once per pair of parts', () => {
    const report = checkLegibility(scene(children('a', line(0, 100, 100, 100), line(100, 100, 200, 100)), children('b', line(0, 106, 200, 106))));
    expect(report.counts.nearParallel).toBe(1);
    expect(report.found.nearParallel[0]!.length).toBe(200);
  });
});

describe('(b) text over text', () => {
  it('two names drawn over each other collide', () => {
    const report = checkLegibility(scene(person('a', 0, 0, { name: 'Alexandra Smith' }), person('b', 60, 0, { name: 'Benjamin Jones' })));
    expect(report.counts.textOverlaps).toBe(1);
    expect(report.found.textOverlaps[0]!.texts.map((t) => t.text)).toEqual(['Alexandra Smith', 'Benjamin Jones']);
  });

  it('names a cell apart, and two lines of one label 14 apart, do not', () => {
    const apart = checkLegibility(scene(person('a', 0, 0, { name: 'Alexandra Smith' }), person('b', 120, 0, { name: 'Benjamin Jones' })));
    expect(apart.counts.textOverlaps).toBe(0);
    const lines = checkLegibility(scene(group('person:c', 'person', [text(0, 100, 'Georgina'), text(0, 114, 'Hopkins-Young')])));
    expect(lines.counts.textOverlaps).toBe(0);
  });

  it('texts of one part are compared too (a partnership label over its own other label)', () => {
    const report = checkLegibility(scene(partnership('p', line(0, 50, 200, 50), text(100, 45, 'm. 1986', 'partnership-label', 10), text(104, 47, 'div. 1990', 'partnership-label', 10))));
    expect(report.counts.textOverlaps).toBe(1);
  });
});

describe('(c) lines through text', () => {
  it("a child drop through another person's name is found", () => {
    // The name "Eilam Samuel" is centred at x 220, baseline 75.
    const report = checkLegibility(scene(person('e', 200, 0, { name: 'Eilam Samuel' }), children('k', line(220, 50, 220, 200, 'child-drop'))));
    expect(report.counts.linesThroughText).toBe(1);
    expect(report.found.linesThroughText[0]).toMatchObject({ part: 'children:k', mark: 'child-drop', text: { text: 'Eilam Samuel', mark: 'name' } });
  });

  it('a line passing under a name, beside it, or ending above it is not through it', () => {
    const report = checkLegibility(
      scene(
        person('e', 200, 0, { name: 'Eilam Samuel' }),
        children('under', line(150, 80, 300, 80)),
        children('beside', line(300, 50, 300, 200)),
        children('above', line(220, 20, 220, 64)),
      ),
    );
    expect(report.counts.linesThroughText).toBe(0);
  });

  it("a part's line through its own label is listed apart, not counted", () => {
    const report = checkLegibility(scene(partnership('p', line(0, 50, 200, 50), line(100, 30, 100, 60), text(100, 45, 'm. 1986', 'partnership-label', 10))));
    expect(report.counts.linesThroughText).toBe(0);
    expect(report.info.ownLinesThroughText).toBe(1);
  });

  it('a text inside a symbol (an age) is left to the symbol count', () => {
    const age = text(20, 25, '34', 'age', 13);
    const report = checkLegibility(scene(person('a', 0, 0, { extra: [age] }), children('k', line(-20, 20, 80, 20))));
    expect(report.counts.linesThroughText).toBe(0);
    expect(report.counts.linesThroughSymbols).toBe(1);
  });
});

describe('(d) lines through symbols', () => {
  it('a line across a square is through it; a child line ending at its top is not', () => {
    expect(checkLegibility(scene(person('a', 100, 100), partnership('p', line(50, 120, 200, 120)))).counts.linesThroughSymbols).toBe(1);
    expect(checkLegibility(scene(person('a', 100, 100), children('k', line(120, 60, 120, 100, 'child-line:a')))).counts.linesThroughSymbols).toBe(0);
    // Off-centre arrivals stop a little inside the top: still a line ending at the symbol.
    expect(checkLegibility(scene(person('a', 100, 100), children('k', line(129, 60, 129, 104)))).counts.linesThroughSymbols).toBe(0);
  });

  it('a line grazing the outline, within 2 units inside, does not count', () => {
    expect(checkLegibility(scene(person('a', 100, 100), partnership('p', line(50, 101.5, 200, 101.5)))).counts.linesThroughSymbols).toBe(0);
    expect(checkLegibility(scene(person('a', 100, 100), partnership('p', line(50, 103, 200, 103)))).counts.linesThroughSymbols).toBe(1);
  });

  it("a circle's and a diamond's own outline count, not their square", () => {
    // Across the square's corner region, outside the circle and the diamond.
    const corner = () => children('k', line(90, 105, 110, 95));
    expect(checkLegibility(scene(person('c', 100, 100, { shape: 'circle' }), corner())).counts.linesThroughSymbols).toBe(0);
    expect(checkLegibility(scene(person('d', 100, 100, { shape: 'diamond' }), corner())).counts.linesThroughSymbols).toBe(0);
    expect(checkLegibility(scene(person('s', 100, 100), children('k', line(90, 110, 115, 95)))).counts.linesThroughSymbols).toBe(1);
    const across = () => children('k', line(60, 120, 180, 120));
    expect(checkLegibility(scene(person('c', 100, 100, { shape: 'circle' }), across())).counts.linesThroughSymbols).toBe(1);
    expect(checkLegibility(scene(person('d', 100, 100, { shape: 'diamond' }), across())).counts.linesThroughSymbols).toBe(1);
  });

  it('a deceased cross inside the symbol is a glyph, not a line through it', () => {
    const cross = [line(100, 100, 140, 140, 'deceased-cross'), line(100, 140, 140, 100, 'deceased-cross')];
    expect(checkLegibility(scene(person('a', 100, 100, { extra: cross }))).counts).toMatchObject({ linesThroughSymbols: 0, crossings: 0 });
  });

  it('counts once per symbol and part, however many pieces of the part pass through', () => {
    const report = checkLegibility(scene(person('a', 100, 100), group('relationship:r', 'relationship', [polyline([[50, 110], [200, 110]], 'close'), polyline([[50, 115], [200, 115]], 'close')])));
    expect(report.counts.linesThroughSymbols).toBe(1);
  });
});

describe('(e) crossings', () => {
  it('two parts crossing properly count; a T-junction or lines meeting at an end do not', () => {
    expect(checkLegibility(scene(children('a', line(0, 0, 100, 100)), children('b', line(0, 100, 100, 0)))).counts.crossings).toBe(1);
    expect(checkLegibility(scene(partnership('p', line(0, 50, 100, 50)), children('k', line(50, 50, 50, 100, 'child-drop')))).counts.crossings).toBe(0);
    expect(checkLegibility(scene(children('a', line(0, 0, 50, 50)), children('b', line(50, 50, 100, 0)))).counts.crossings).toBe(0);
  });

  it("a line through a polyline's joint crosses it once; a polyline turning onto a line or touching it at a corner does not", () => {
    const through = checkLegibility(scene(children('a', polyline([[0, 0], [50, 50], [100, 0]])), children('b', line(50, 100, 50, 0))));
    // Up through the tip of a V: the V passes from the line's left to its right.
    expect(through.counts.crossings).toBe(1);
    const zig = checkLegibility(scene(children('a', polyline([[0, 0], [50, 50], [100, 100]])), children('b', line(0, 100, 100, 0))));
    expect(zig.counts.crossings).toBe(1);
    const stepAcross = checkLegibility(scene(children('a', polyline([[0, 40], [50, 40], [50, 60], [100, 60]])), children('b', line(0, 50, 100, 50))));
    expect(stepAcross.counts.crossings).toBe(1);
    const touch = checkLegibility(scene(children('a', polyline([[0, 0], [50, 50], [100, 0]])), children('b', line(0, 50, 100, 50))));
    expect(touch.counts.crossings).toBe(0);
    const merge = checkLegibility(scene(children('a', polyline([[0, 47], [220, 47], [220, 40]])), children('b', line(220, 40, 220, 60))));
    expect(merge.counts.crossings).toBe(0);
  });

  it('lines of one part crossing each other do not count', () => {
    expect(checkLegibility(scene(children('a', line(0, 0, 100, 100), line(0, 100, 100, 0)))).counts.crossings).toBe(0);
  });

  it('curves are flattened: a cubic bending over a line crosses it twice, one bending away not at all', () => {
    const over = checkLegibility(scene(group('relationship:r', 'relationship', [path('M0 100 C 30 0 70 0 100 100', 'close')]), children('a', line(-10, 60, 110, 60))));
    expect(over.counts.crossings).toBe(2);
    const away = checkLegibility(scene(group('relationship:r', 'relationship', [path('M0 100 C 30 200 70 200 100 100', 'close')]), children('a', line(-10, 60, 110, 60))));
    expect(away.counts.crossings).toBe(0);
  });
});

describe('marks, households and the legend', () => {
  it('a divorce slash, an arrowhead and an unnamed tick are marks, not lines', () => {
    const report = checkLegibility(
      scene(
        partnership('p', line(0, 50, 200, 50, 'partner-line'), line(56, 57, 64, 43, 'slash'), line(80, 45, 84, 55)),
        group('relationship:r', 'relationship', [polyline([[0, 45], [200, 45]], 'zigzag'), path('M200 45 L190 40 L190 50 Z', 'arrowhead', '#000')]),
        children('k', line(60, 40, 60, 60), line(195, 30, 195, 60)),
      ),
    );
    expect(report.info.marks).toBe(3);
    // The child line at x 60 crosses the zigzag (the partner line there is under its slash);
    // the one at x 195 crosses both lines but not the arrowhead.
    expect(report.found.crossings.map((c) => c.marks.join(' × ')).sort()).toEqual(['partner-line × line', 'partner-line × line', 'zigzag × line', 'zigzag × line']);
    // The zigzag runs 5 above the partner line: side by side, whatever the marks.
    expect(report.counts.nearParallel).toBe(1);
  });

  it('strokes drawn wholly inside a symbol by another group are glyphs, not lines through it', () => {
    const overlay = group('overlay:a', 'relationship', [line(104, 104, 136, 136), line(104, 136, 136, 104)]);
    const report = checkLegibility(scene(person('a', 100, 100), overlay, children('k', line(50, 120, 200, 120))));
    expect(report.counts).toMatchObject({ linesThroughSymbols: 1, crossings: 0 });
    expect(report.found.linesThroughSymbols[0]!.part).toBe('children:k');
    expect(report.info.marks).toBe(2);
  });

  it('household outlines and labels are left out of every count', () => {
    const household = group('household:h', 'household', [path('M90 90 L150 90 L150 150 L90 150 Z', 'household-outline'), text(95, 120, 'Household', 'household-label', 10, 'start'), line(0, 120, 300, 120)]);
    const report = checkLegibility(scene(person('a', 100, 100, { name: 'Ann' }), household));
    expect(report.counts).toMatchObject({ overlapping: 0, nearParallel: 0, textOverlaps: 0, linesThroughText: 0, linesThroughSymbols: 0, crossings: 0, legendClashes: 0 });
    expect(report.info.households).toBe(1);
  });

  it('the legend is left out, but a figure item over its box is a legend clash', () => {
    const legend = group('legend', 'legend', [text(0, 300, 'Key (as at 1 Jan 2024)', 'legend-title', 13, 'start'), text(2, 301, 'Overlapping legend text', 'legend-label:x', 11, 'start'), line(0, 310, 200, 310, 'legend-sample:x')]);
    const clear = checkLegibility(scene(person('a', 0, 0), legend));
    expect(clear.counts.legendClashes).toBe(0);
    expect(clear.counts.textOverlaps).toBe(0);
    const clash = checkLegibility(scene(person('a', 0, 0), children('k', line(100, 0, 100, 400)), legend));
    expect(clash.counts.legendClashes).toBe(1);
    expect(clash.found.legendClashes[0]).toEqual({ block: 'legend', item: 'children:k line' });
  });
});

describe('informational measures', () => {
  it('ink over the diagonal, aspect and the smallest text', () => {
    const report = checkLegibility(scene(person('a', 0, 0), person('b', 260, 0), partnership('p', line(20, 40, 280, 40)), group('legend', 'legend', [text(0, 100, 'Key', 'legend-title', 7, 'start')])));
    expect(report.info.aspect).toBe(7.5);
    expect(report.info.inkRatio).toBeCloseTo(260 / Math.hypot(300, 40), 2);
    expect(report.info.smallestTextSize).toBe(7);
    expect(report.info.smallestText).toBe('"Key" (legend-title)');
  });

  it('an empty scene gives zero counts and finite measures', () => {
    const report = checkLegibility(scene());
    expect(Object.values(report.counts).every((n) => n === 0)).toBe(true);
    expect(report.info).toMatchObject({ inkRatio: 0, aspect: 0, smallestTextSize: undefined });
  });
});
