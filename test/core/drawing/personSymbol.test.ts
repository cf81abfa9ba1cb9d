import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import type { PartialDate } from '../../../src/core/model/types';
import { textWidth } from '../../../src/core/metrics/textMetrics';
import { NAME_LINES, TEXT_SIZE } from '../../../src/core/metrics/figureSizes';
import { doc, gridLayout, group, marks, p, texts } from '../../support/drawingFixtures';

const asAt: PartialDate = { year: 2020, month: 6, day: 1 };

function draw(person: Parameters<typeof p>[1], at = asAt) {
  const d = doc({ persons: [p('x', person)] });
  return group(buildScene(d, gridLayout([['x', 0, 0]]), { asAt: at }), 'person:x');
}

describe('person symbols', () => {
  it('draws the shape that follows gender identity', () => {
    expect(draw({ gender: 'male' }).tags).toContain('square');
    expect(draw({ gender: 'female' }).tags).toContain('circle');
    expect(draw({ gender: 'nonbinary' }).tags).toContain('diamond');
    const unknown = draw({ gender: 'unknown' });
    expect(unknown.tags).toContain('diamond');
    expect(texts(unknown)).toContain('?');
  });

  it('crosses out a person dead by the reference date, with the age at death inside and the death year', () => {
    const g = draw({ gender: 'male', birth: { year: 1940, month: 3 }, death: { year: 2010, month: 8 } });
    expect(g.tags).toContain('deceased');
    expect(marks(g, 'deceased-cross')).toHaveLength(2);
    expect(marks(g, 'age').map((t) => t.type === 'text' && t.text)).toEqual(['70']);
    expect(marks(g, 'birth-year').map((t) => t.type === 'text' && t.text)).toEqual(['1940']);
    expect(marks(g, 'death-year').map((t) => t.type === 'text' && t.text)).toEqual(['2010']);
  });

  it('draws no cross before the death date, and the age at the reference date instead', () => {
    const g = draw({ gender: 'male', birth: { year: 1940, month: 3 }, death: { year: 2010, month: 8 } }, { year: 2000, month: 1 });
    expect(g.tags).not.toContain('deceased');
    expect(marks(g, 'deceased-cross')).toHaveLength(0);
    expect(marks(g, 'death-year')).toHaveLength(0);
    expect(marks(g, 'age').map((t) => t.type === 'text' && t.text)).toEqual(['59']);
  });

  it('a baby\'s age is in months under two, in weeks under three months, and fits inside the symbol', () => {
    const age = (birth: PartialDate) => marks(draw({ gender: 'female', birth }), 'age').map((t) => (t.type === 'text' ? t.text : ''));
    expect(age({ year: 2019, month: 9, day: 20 })).toEqual(['8m']);
    expect(age({ year: 2020, month: 5, day: 10 })).toEqual(['3w']);
    expect(age({ year: 2018, month: 6, day: 2 })).toEqual(['23m']);
    expect(age({ year: 2018, month: 6, day: 1 })).toEqual(['2']);
    // The widest short age ("23m", "12w") leaves room inside a 40-unit diamond at half height.
    for (const text of ['23m', '12w', '6d', '105']) expect(textWidth(text, TEXT_SIZE, 700)).toBeLessThan(30);
  });

  it('shows no age for someone born over 115 years ago with no death recorded (an ancestor, not a 138-year-old)', () => {
    const age = (birth: PartialDate) => marks(draw({ gender: 'male', birth }), 'age').map((t) => (t.type === 'text' ? t.text : ''));
    expect(age({ year: 1882 })).toEqual([]);
    expect(age({ year: 1906, month: 1, day: 1 })).toEqual(['114']);
  });

  it('draws a deceased person\'s age over the cross, with a halo that parts the cross round the digits', () => {
    const g = draw({ gender: 'female', birth: { year: 1940, month: 3 }, death: { year: 2010, month: 8 } });
    const at = (mark: string) => g.items.findIndex((item) => 'mark' in item && item.mark === mark);
    expect(at('deceased-cross')).toBeGreaterThanOrEqual(0);
    expect(at('age')).toBeGreaterThan(g.items.findLastIndex((item) => 'mark' in item && item.mark === 'deceased-cross'));
    const age = marks(g, 'age')[0]!;
    expect(age.type === 'text' && age.halo).toBe(true);
  });

  it('crosses out a person marked deceased without a date', () => {
    expect(marks(draw({ deceased: true }), 'deceased-cross')).toHaveLength(2);
  });

  it('leaves out a person born after the reference date', () => {
    const d = doc({ persons: [p('old', { birth: { year: 1990 } }), p('later', { birth: { year: 2021 } })] });
    const scene = buildScene(d, gridLayout([['old', 0, 0], ['later', 1, 0]]), { asAt });
    expect(scene.groups.map((g) => g.key)).toContain('person:old');
    expect(scene.groups.map((g) => g.key)).not.toContain('person:later');
  });

  it('gives a subject a double outline and a placeholder a dashed one with "?"', () => {
    const subject = draw({ subject: true, gender: 'male' });
    expect(marks(subject, 'subject-outline')).toHaveLength(1);
    expect(marks(subject, 'outline')).toHaveLength(1);
    const unknownFather = draw({ placeholder: true, gender: 'male', givenNames: undefined });
    const outline = marks(unknownFather, 'placeholder-outline');
    expect(outline).toHaveLength(1);
    expect(outline[0]!.type !== 'text' && outline[0]!.dash).toBeTruthy();
    expect(marks(unknownFather, 'name').map((t) => t.type === 'text' && t.text)).toEqual(['?']);
  });

  it('draws each pregnancy glyph', () => {
    expect(marks(draw({ pregnancy: { outcome: 'ongoing', expected: { year: 2020, month: 9 } } }), 'pregnancy-triangle')).toHaveLength(1);
    expect(texts(draw({ pregnancy: { outcome: 'ongoing', expected: { year: 2020, month: 9 } } }))).toContain('due Sep 2020');
    expect(marks(draw({ pregnancy: { outcome: 'miscarriage' } }), 'miscarriage-dot')).toHaveLength(1);
    expect(marks(draw({ pregnancy: { outcome: 'termination' } }), 'termination-cross')).toHaveLength(2);
    const still = draw({ gender: 'male', pregnancy: { outcome: 'stillbirth' } });
    expect(marks(still, 'stillbirth-symbol')).toHaveLength(1);
    expect(marks(still, 'stillbirth-cross')).toHaveLength(2);
    expect(marks(still, 'age')).toHaveLength(0);
  });

  it('shades quadrants for conditions', () => {
    expect(marks(draw({ conditions: { mentalIllHealth: true } }), 'shade-mental')).toHaveLength(1);
    expect(marks(draw({ conditions: { substanceMisuse: 'yes' } }), 'shade-substance')).toHaveLength(1);
    expect(marks(draw({ conditions: { substanceMisuse: 'suspected' } }), 'shade-suspected').length).toBeGreaterThan(2);
    expect(marks(draw({ conditions: { substanceMisuse: 'in-recovery' } }), 'shade-recovery')).toHaveLength(2);
    const both = draw({ conditions: { mentalIllHealth: true, substanceMisuse: 'yes' } });
    expect(both.tags).toEqual(expect.arrayContaining(['shade-both']));
    expect(both.tags).not.toContain('shade-mental');
  });

  it('shows badges beside the symbol: D, LD and the person’s own', () => {
    const g = draw({ disability: { status: 'yes' }, conditions: { learningDisability: true }, badges: ['CPP', 'LAC', 'YOT'] });
    expect(g.tags.filter((t) => t.startsWith('badge:'))).toEqual(['badge:D', 'badge:LD', 'badge:CPP', 'badge:LAC', 'badge:YOT']);
    const symbolRight = g.symbolBox!.x + g.symbolBox!.width;
    for (const badge of g.items.filter((i) => i.mark?.startsWith('badge:'))) {
      expect(badge.type === 'rect' && badge.x).toBeGreaterThan(symbolRight);
    }
  });

  it('writes the name, the second line and the sex-at-birth note below the symbol', () => {
    const g = draw({ givenNames: 'Ann', familyName: 'Lee', secondLine: 'nurse', sexAtBirthNote: 'male at birth' });
    const below = g.symbolBox!.y + g.symbolBox!.height;
    for (const mark of ['name', 'second-line', 'sex-at-birth']) {
      const [t] = marks(g, mark);
      expect(t?.type === 'text' && t.y).toBeGreaterThan(below);
    }
    expect(texts(g)).toEqual(expect.arrayContaining(['Ann Lee', 'nurse', 'male at birth']));
  });

  it('wraps a long name to NAME_LINES lines and cuts the rest with an ellipsis', () => {
    const g = draw({ givenNames: 'Bartholomew Maximilian Alexander Augustus', familyName: 'Featherstonehaugh-Smythe' });
    const lines = marks(g, 'name');
    expect(lines).toHaveLength(NAME_LINES);
    const last = lines[NAME_LINES - 1]!;
    expect(last.type === 'text' && last.text.endsWith('…')).toBe(true);
  });

  it('draws a birth-order number from the layout', () => {
    const d = doc({ persons: [p('x')] });
    const layout = gridLayout([['x', 0, 0]]);
    layout.birthOrderNumbers.set('x', 3);
    const g = group(buildScene(d, layout, { asAt }), 'person:x');
    expect(marks(g, 'birth-order-number').map((t) => t.type === 'text' && t.text)).toEqual(['3']);
  });
});
