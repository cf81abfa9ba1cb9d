import { formatDate, formatYear } from '../dates/partialDate';
import type { PartialDate, Person } from '../model/types';
import type { PersonBox } from '../layout/types';
import type { Box, Primitive, SceneGroup, TextPrimitive } from './scene';
import { makeGroup } from './bounds';
import { shapeForGender, shapeOutline, shapePolygon, type ShapeName } from './symbolShapes';
import { shadingKeys, shadingPrimitives } from './conditionShading';
import { badgesOf } from '../model/badges';
import { isDeadBy, shownAge } from './presence';
import { textWidth } from '../metrics/textMetrics';
import { badgeText, badgeWidth, personLabel } from '../metrics/personExtent';
import { INK, PAPER, PLACEHOLDER_DASH, SMALL_TEXT, STROKE, TEXT_SIZE } from './style';
import { LINE_GAP, NAME_OFFSET } from '../metrics/figureSizes';
import { r } from './geometry';

export interface PersonDrawing {
  group: SceneGroup;
  cx: number;
  cy: number;
  /** Where child lines arrive (top of the glyph) and partner lines leave (bottom). */
  top: number;
  bottom: number;
  /** Half the drawn glyph's extent, for ending relationship lines at its edge. */
  radius: number;
}

export interface PersonOptions {
  asAt: PartialDate;
  showAges: boolean;
  showYears: boolean;
  birthOrder?: number;
  /** Where the name starts below the symbol (the layout's room for the row's partner lines); NAME_OFFSET by default. */
  nameOffset?: number;
  /** Legend keys are added here as they are drawn. */
  used: Set<string>;
  /**
   * Where lines other than the parents' arrive at the top, from the centre (a carer's line
   * comes in beside the birth family's): the years stand clear of them, not across them.
   */
  arrivals?: readonly number[];
}

/** The years stand this far either side of a line arriving at the top. */
const YEAR_GAP = 3;

const SUBJECT_GAP = 4;

export function drawPerson(person: Person, box: PersonBox, o: PersonOptions): PersonDrawing {
  const size = box.size;
  const cx = box.x + size / 2;
  const cy = box.y + size / 2;
  const items: Primitive[] = [];
  const tags: string[] = [];
  const symbolBox: Box = { x: box.x, y: box.y, width: size, height: size };
  const dead = isDeadBy(person, o.asAt);
  let top = box.y;
  let bottom = box.y + size;
  let radius = size / 2;
  let aboveY = box.y - 6;
  let rightX = box.x + size + 5;

  if (person.pregnancy) {
    const outcome = person.pregnancy.outcome;
    tags.push(outcome === 'ongoing' ? 'pregnancy' : outcome);
    o.used.add(outcome === 'ongoing' ? 'pregnancy' : outcome);
    const glyph = pregnancyGlyph(person, outcome, cx, cy, size);
    items.push(...glyph.items);
    top = cy - glyph.half;
    bottom = cy + glyph.half;
    radius = glyph.half;
    if (outcome === 'ongoing' && person.pregnancy.expected) {
      items.push(text(cx + glyph.half + 4, cy + 4, `due ${formatDate(person.pregnancy.expected)}`, SMALL_TEXT, 'start', 'expected-date'));
      rightX += textWidth(`due ${formatDate(person.pregnancy.expected)}`, SMALL_TEXT) + 4;
    }
  } else {
    const shape: ShapeName = shapeForGender(person.gender);
    tags.push(shape, person.gender);
    o.used.add(person.gender === 'unknown' ? 'unknown-sex' : person.gender);
    const keys = shadingKeys(person.conditions);
    // A white ground keeps lines passing behind the symbol from showing through it.
    items.push(shapeOutline(shape, cx, cy, size, { fill: PAPER }));
    for (const key of keys) {
      o.used.add(key);
      tags.push(key);
    }
    items.push(...shadingPrimitives(keys, shapePolygon(shape, cx, cy, size), cx, cy));
    const outline = person.placeholder
      ? { stroke: INK, strokeWidth: STROKE, dash: PLACEHOLDER_DASH, mark: 'placeholder-outline' }
      : { stroke: INK, strokeWidth: STROKE, mark: 'outline' };
    items.push(shapeOutline(shape, cx, cy, size, outline));
    if (person.placeholder) {
      tags.push('placeholder');
      o.used.add('placeholder');
    }
    if (person.subject) {
      tags.push('subject');
      o.used.add('subject');
      const outer = size + 2 * SUBJECT_GAP;
      items.push(shapeOutline(shape, cx, cy, outer, { stroke: INK, strokeWidth: STROKE, mark: 'subject-outline' }));
      top -= SUBJECT_GAP;
      bottom += SUBJECT_GAP;
      radius += SUBJECT_GAP;
      aboveY -= SUBJECT_GAP;
      rightX += SUBJECT_GAP;
    }
    // The cross first, the age over it: the age's white halo parts the cross around the digits,
    // which it otherwise strikes through.
    if (dead) {
      tags.push('deceased');
      o.used.add('deceased');
      const reach = radius;
      items.push(
        { type: 'line', x1: r(cx - reach), y1: r(cy - reach), x2: r(cx + reach), y2: r(cy + reach), stroke: INK, strokeWidth: STROKE, mark: 'deceased-cross' },
        { type: 'line', x1: r(cx - reach), y1: r(cy + reach), x2: r(cx + reach), y2: r(cy - reach), stroke: INK, strokeWidth: STROKE, mark: 'deceased-cross' },
      );
    }
    const age = o.showAges ? shownAge(person, o.asAt) : undefined;
    const unknownMark = person.gender === 'unknown';
    if (unknownMark) {
      items.push(text(cx, age === undefined ? cy + 5 : cy - 1, '?', TEXT_SIZE + 2, 'middle', 'unknown-sex-mark', 700));
      if (age !== undefined) items.push(text(cx, cy + 13, age, SMALL_TEXT, 'middle', 'age', 700));
    } else if (age !== undefined) {
      items.push(text(cx, cy + 5, age, TEXT_SIZE, 'middle', 'age', 700));
    }
    if (age !== undefined) o.used.add('age');
    const arrivals = o.arrivals ?? [];
    const leftOfLines = Math.min(0, ...arrivals) - YEAR_GAP;
    const rightOfLines = Math.max(0, ...arrivals) + YEAR_GAP;
    if (o.showYears && person.birth) {
      items.push(text(cx + leftOfLines, aboveY, formatYear(person.birth), SMALL_TEXT, 'end', 'birth-year'));
      o.used.add('years');
    }
    if (o.showYears && dead && person.death) {
      items.push(text(cx + rightOfLines, aboveY, formatYear(person.death), SMALL_TEXT, 'start', 'death-year'));
      o.used.add('years');
    }
  }

  // Name, second line and sex-at-birth note below the symbol, wrapped as the layout made room for them.
  let baseline = box.y + size + (o.nameOffset ?? NAME_OFFSET);
  const label = personLabel(person);
  for (const line of label.name) {
    items.push(text(cx, baseline, line, TEXT_SIZE, 'middle', 'name'));
    baseline += LINE_GAP;
  }
  for (const line of label.second) {
    items.push(text(cx, baseline, line, SMALL_TEXT, 'middle', 'second-line'));
    baseline += LINE_GAP - 1;
  }
  for (const line of label.sexNote) {
    items.push({ ...(text(cx, baseline, line, SMALL_TEXT, 'middle', 'sex-at-birth') as TextPrimitive), italic: true });
    baseline += LINE_GAP - 1;
  }

  // Badges stacked beside the symbol, each a boxed short text.
  let badgeY = box.y;
  for (const badge of person.pregnancy ? [] : badgesOf(person)) {
    const shown = badgeText(badge);
    const w = badgeWidth(badge);
    items.push({ type: 'rect', x: r(rightX), y: r(badgeY), width: r(w), height: 15, rx: 2, stroke: INK, strokeWidth: 1, fill: PAPER, mark: `badge:${badge}` });
    items.push(text(rightX + w / 2, badgeY + 11.5, shown, SMALL_TEXT, 'middle', `badge-text:${badge}`, 700));
    tags.push(`badge:${badge}`);
    o.used.add(`badge:${badge}`);
    badgeY += 18;
  }

  if (o.birthOrder !== undefined) {
    // The number at the figure's small text size (nothing smaller is printed: see export/printSize.ts).
    const bx = box.x - 12 - (person.subject ? SUBJECT_GAP : 0);
    items.push({ type: 'circle', cx: r(bx), cy: r(cy), r: 9.5, stroke: INK, strokeWidth: 1, fill: PAPER, mark: 'birth-order' });
    items.push(text(bx, cy + 4.5, String(o.birthOrder), SMALL_TEXT, 'middle', 'birth-order-number', 700));
    tags.push('birth-order');
    o.used.add('birth-order');
  }

  const group = makeGroup(`person:${person.id}`, 'person', items, { refId: person.id, personIds: [person.id], tags, symbolBox });
  return { group, cx, cy, top, bottom, radius };
}

function pregnancyGlyph(person: Person, outcome: NonNullable<Person['pregnancy']>['outcome'], cx: number, cy: number, size: number): { items: Primitive[]; half: number } {
  const cross = (half: number, mark: string): Primitive[] => [
    { type: 'line', x1: r(cx - half), y1: r(cy - half), x2: r(cx + half), y2: r(cy + half), stroke: INK, strokeWidth: STROKE, mark },
    { type: 'line', x1: r(cx - half), y1: r(cy + half), x2: r(cx + half), y2: r(cy - half), stroke: INK, strokeWidth: STROKE, mark },
  ];
  switch (outcome) {
    case 'ongoing': {
      const half = size * 0.45;
      const d = `M${r(cx)} ${r(cy - half)} L${r(cx + half)} ${r(cy + half)} L${r(cx - half)} ${r(cy + half)} Z`;
      return { items: [{ type: 'path', d, stroke: INK, strokeWidth: STROKE, fill: PAPER, mark: 'pregnancy-triangle' }], half };
    }
    case 'miscarriage': {
      const half = size * 0.2;
      return { items: [{ type: 'circle', cx: r(cx), cy: r(cy), r: r(half), fill: INK, stroke: INK, strokeWidth: 1, mark: 'miscarriage-dot' }], half };
    }
    case 'termination': {
      const half = size * 0.2;
      return { items: cross(half, 'termination-cross'), half };
    }
    case 'stillbirth': {
      const small = size * 0.5;
      const shape = shapeForGender(person.gender);
      return {
        items: [shapeOutline(shape, cx, cy, small, { stroke: INK, strokeWidth: STROKE, fill: PAPER, mark: 'stillbirth-symbol' }), ...cross(small / 2 + 2, 'stillbirth-cross')],
        half: small / 2 + 2,
      };
    }
  }
}

function text(x: number, y: number, value: string, size: number, anchor: 'start' | 'middle' | 'end', mark: string, weight: 400 | 700 = 400): TextPrimitive {
  return { type: 'text', x: r(x), y: r(y), text: value, size, weight, anchor, fill: INK, halo: true, mark };
}
