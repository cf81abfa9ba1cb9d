import type { LegendEntry, Primitive, SceneGroup } from './scene';
import { makeGroup, primitiveBox } from './bounds';
import { textWidth } from '../metrics/textMetrics';
import { badgeText, badgeWidth } from '../metrics/personExtent';
import { r } from './geometry';
import { shapeOutline, shapePolygon } from './symbolShapes';
import { shadingPrimitives, type ShadingKey } from './conditionShading';
import { badgeMeaning } from '../model/badges';
import { drawRelationship } from './relationshipLines';
import { DASH_DOT, DASHED, DOTTED, HOUSEHOLD_DOTS, HOUSEHOLD_EMPHASISED_DOTS, HOUSEHOLD_EMPHASISED_WIDTH, HOUSEHOLD_INK, HOUSEHOLD_WIDTH, INK, PAPER, PLACEHOLDER_DASH, SMALL_TEXT, STROKE, TEXT_SIZE } from './style';
import type { RelationshipKind } from '../model/types';

type Sample = (cx: number, cy: number) => Primitive[];

interface CatalogueEntry {
  key: string;
  label: string;
  sample: Sample;
}

const S = 20;
const line = (x1: number, y1: number, x2: number, y2: number, dash?: string, width = STROKE): Primitive => ({
  type: 'line', x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2), stroke: INK, strokeWidth: width, ...(dash ? { dash } : {}),
});
const label = (x: number, y: number, text: string, size = SMALL_TEXT, weight: 400 | 700 = 700): Primitive => ({
  type: 'text', x: r(x), y: r(y), text, size, weight, anchor: 'middle', fill: INK,
});
const outline = (shape: 'square' | 'circle' | 'diamond', cx: number, cy: number, size = S, dash?: string): Primitive =>
  shapeOutline(shape, cx, cy, size, { stroke: INK, strokeWidth: STROKE, fill: PAPER, ...(dash ? { dash } : {}) });
const cross = (cx: number, cy: number, h: number): Primitive[] => [line(cx - h, cy - h, cx + h, cy + h), line(cx - h, cy + h, cx + h, cy - h)];
const shaded = (key: ShadingKey): Sample => (cx, cy) => [
  outline('circle', cx, cy),
  ...shadingPrimitives([key], shapePolygon('circle', cx, cy, S), cx, cy),
  shapeOutline('circle', cx, cy, S, { stroke: INK, strokeWidth: STROKE }),
];
const partnerSample = (dash?: string, slashes = 0, double = false): Sample => (cx, cy) => {
  const items = [line(cx - 18, cy + 2, cx + 18, cy + 2, dash)];
  if (double) items.push(line(cx - 18, cy - 2, cx + 18, cy - 2, dash));
  for (let i = 0; i < slashes; i++) {
    const x = cx - (slashes - 1) * 3 + i * 6;
    items.push(line(x - 4, cy + 9, x + 4, cy - 5));
  }
  return items;
};
const childSample = (dash?: string): Sample => (cx, cy) => [line(cx - 12, cy - 9, cx + 12, cy - 9, dash), line(cx, cy - 9, cx, cy + 9, dash)];
const relationshipSample = (kind: RelationshipKind): Sample => (cx, cy) => {
  const g = drawRelationship({ id: 'legend', kind, from: 'a', to: 'b' }, [[cx - 19, cy], [cx + 19, cy]], new Set());
  return (g?.items ?? []).filter((p) => p.type !== 'text');
};
const twinsSample = (identical: boolean): Sample => (cx, cy) => {
  const items = [line(cx - 14, cy - 10, cx + 14, cy - 10), line(cx, cy - 10, cx - 10, cy + 10), line(cx, cy - 10, cx + 10, cy + 10)];
  if (identical) items.push(line(cx - 4.5, cy, cx + 4.5, cy));
  return items;
};

const CATALOGUE: CatalogueEntry[] = [
  { key: 'male', label: 'Male', sample: (x, y) => [outline('square', x, y)] },
  { key: 'female', label: 'Female', sample: (x, y) => [outline('circle', x, y)] },
  { key: 'nonbinary', label: 'Non-binary / another gender', sample: (x, y) => [outline('diamond', x, y)] },
  { key: 'unknown-sex', label: 'Sex not known', sample: (x, y) => [outline('diamond', x, y), label(x, y + 4.5, '?', SMALL_TEXT)] },
  // The outer square first: drawn after, its white fill covered the inner square (a plain square).
  { key: 'subject', label: 'Subject of the review', sample: (x, y) => [outline('square', x, y, S + 4), outline('square', x, y, S - 4)] },
  { key: 'deceased', label: 'Deceased (age at death inside)', sample: (x, y) => [outline('square', x, y), ...cross(x, y, S / 2 + 2)] },
  { key: 'placeholder', label: 'Person not known', sample: (x, y) => [outline('square', x, y, S, PLACEHOLDER_DASH), label(x, y + 4.5, '?', SMALL_TEXT)] },
  { key: 'age', label: 'Age at the reference date, or at death', sample: (x, y) => [outline('square', x, y, S + 2), label(x, y + 4.5, '34', SMALL_TEXT)] },
  { key: 'years', label: 'Birth year (left) and death year (right)', sample: (x, y) => [label(x, y + 4, '1950  2010', SMALL_TEXT, 400)] },
  {
    key: 'pregnancy',
    label: 'Pregnancy (expected date beside it)',
    sample: (x, y) => [{ type: 'path', d: `M${x} ${y - 9} L${x + 9} ${y + 9} L${x - 9} ${y + 9} Z`, stroke: INK, strokeWidth: STROKE, fill: PAPER }],
  },
  { key: 'miscarriage', label: 'Miscarriage', sample: (x, y) => [{ type: 'circle', cx: x, cy: y, r: 5, fill: INK }] },
  { key: 'termination', label: 'Termination', sample: (x, y) => cross(x, y, 5) },
  { key: 'stillbirth', label: 'Stillbirth', sample: (x, y) => [outline('square', x, y, 11), ...cross(x, y, 7.5)] },
  { key: 'shade-mental', label: 'Mental ill health or serious physical illness', sample: shaded('shade-mental') },
  { key: 'shade-substance', label: 'Substance misuse', sample: shaded('shade-substance') },
  { key: 'shade-suspected', label: 'Substance misuse, suspected', sample: shaded('shade-suspected') },
  { key: 'shade-recovery', label: 'Substance misuse, in recovery', sample: shaded('shade-recovery') },
  { key: 'shade-both', label: 'Mental ill health and substance misuse', sample: shaded('shade-both') },
  { key: 'birth-order', label: 'Birth order among siblings', sample: (x, y) => [{ type: 'circle', cx: x, cy: y, r: 9.5, stroke: INK, strokeWidth: 1, fill: PAPER }, label(x, y + 4.5, '2', SMALL_TEXT)] },
  { key: 'line-married', label: 'Married / civil partnership', sample: partnerSample() },
  { key: 'line-cohabiting', label: 'Living together', sample: partnerSample(DASHED) },
  { key: 'line-partnership', label: 'Partners (no marriage or living together recorded)', sample: partnerSample(DASH_DOT) },
  { key: 'line-transitory', label: 'Short-term relationship', sample: partnerSample(DOTTED) },
  { key: 'separated', label: 'Separated / relationship ended', sample: partnerSample(undefined, 1) },
  { key: 'divorced', label: 'Divorced / dissolved', sample: partnerSample(undefined, 2) },
  { key: 'consanguinity', label: 'Partners who share an ancestor', sample: partnerSample(undefined, 0, true) },
  { key: 'child-birth', label: 'Birth child', sample: childSample() },
  { key: 'child-adopted', label: 'Adopted (year of adoption)', sample: childSample(DASHED) },
  { key: 'child-foster', label: 'Foster placement', sample: childSample(DOTTED) },
  { key: 'child-kinship', label: 'Kinship care', sample: childSample(DOTTED) },
  { key: 'child-sgo', label: 'Special guardianship order (SGO)', sample: childSample(DOTTED) },
  { key: 'twins-fraternal', label: 'Twins', sample: twinsSample(false) },
  { key: 'twins-identical', label: 'Identical twins', sample: twinsSample(true) },
  { key: 'rel-close', label: 'Close relationship', sample: relationshipSample('close') },
  { key: 'rel-distant', label: 'Distant relationship', sample: relationshipSample('distant') },
  { key: 'rel-conflict', label: 'Conflict', sample: relationshipSample('conflict') },
  { key: 'rel-cut-off', label: 'Cut off', sample: relationshipSample('cut-off') },
  { key: 'rel-abuse', label: 'Abuse or neglect, arrow to the person harmed', sample: relationshipSample('abuse-domestic') },
  { key: 'household', label: 'Household (people living together)', sample: (x, y) => [{ type: 'rect', x: x - 17, y: y - 10, width: 34, height: 20, stroke: HOUSEHOLD_INK, strokeWidth: HOUSEHOLD_WIDTH, dash: HOUSEHOLD_DOTS }] },
  { key: 'household-emphasised', label: "Subject child's household", sample: (x, y) => [{ type: 'rect', x: x - 17, y: y - 10, width: 34, height: 20, stroke: INK, strokeWidth: HOUSEHOLD_EMPHASISED_WIDTH, dash: HOUSEHOLD_EMPHASISED_DOTS }] },
];

const ORDER = new Map(CATALOGUE.map((e, i) => [e.key, i]));

/** Legend entries for the keys the figure used, in catalogue order; badges after the symbols. */
export function legendEntries(used: Set<string>): LegendEntry[] {
  const known = CATALOGUE.filter((e) => used.has(e.key)).map((e) => ({ key: e.key, label: e.label }));
  const badges = [...used]
    .filter((k) => k.startsWith('badge:'))
    .sort()
    .map((k) => ({ key: k, label: badgeMeaning(k.slice('badge:'.length)) }));
  const at = known.findIndex((e) => (ORDER.get(e.key) ?? 0) > (ORDER.get('birth-order') ?? 0));
  if (at < 0) return [...known, ...badges];
  return [...known.slice(0, at), ...badges, ...known.slice(at)];
}

const ROW = 26;
/** Space between a sample and its words, and between columns. */
const SAMPLE_GAP = 8;
const COLUMN_GAP = 24;

/**
 * The legend block: a title with the reference date, then one row per entry, in columns. The
 * words start after the widest sample and each column is as wide as its widest entry, so no
 * sample runs into its words and no entry into the next column.
 */
export function drawLegend(entries: LegendEntry[], asAtLabel: string, x: number, y: number, maxWidth: number): SceneGroup {
  const items: Primitive[] = [{ type: 'text', x: r(x), y: r(y + 14), text: `Key (as at ${asAtLabel})`, size: TEXT_SIZE + 1, weight: 700, anchor: 'start', fill: INK, mark: 'legend-title' }];
  const samples = entries.map((entry) => sampleFor(entry.key)(0, 0));
  // Samples are drawn around x = 0: how far right of it the widest reaches.
  let reach = 14;
  for (const sample of samples) for (const p of sample) reach = Math.max(reach, primitiveBox(p).x + primitiveBox(p).width);
  const wordsAt = reach + SAMPLE_GAP;
  let widest = 0;
  for (const entry of entries) widest = Math.max(widest, textWidth(entry.label, SMALL_TEXT + 1));
  const column = 20 + wordsAt + widest + COLUMN_GAP;
  const columns = Math.max(1, Math.min(4, Math.floor(maxWidth / column)));
  const perColumn = Math.ceil(entries.length / columns);
  entries.forEach((entry, i) => {
    const col = Math.floor(i / perColumn);
    const row = i % perColumn;
    const cx = x + col * column + 20;
    const cy = y + 38 + row * ROW;
    items.push(...sampleFor(entry.key)(cx, cy).map((p) => ({ ...p, mark: `legend-sample:${entry.key}` }) as Primitive));
    items.push({ type: 'text', x: r(cx + wordsAt), y: r(cy + 4), text: entry.label, size: SMALL_TEXT + 1, weight: 400, anchor: 'start', fill: INK, mark: `legend-label:${entry.key}` });
  });
  return makeGroup('legend', 'legend', items, { tags: entries.map((e) => e.key) });
}

function sampleFor(key: string): Sample {
  if (key.startsWith('badge:')) {
    const text = key.slice('badge:'.length);
    const shown = badgeText(text);
    // As the badge is drawn beside a person: the same size of text and box.
    const width = badgeWidth(text);
    return (x, y) => [
      { type: 'rect', x: x - width / 2, y: y - 7.5, width, height: 15, rx: 2, stroke: INK, strokeWidth: 1, fill: PAPER },
      label(x, y + 4, shown, SMALL_TEXT),
    ];
  }
  return CATALOGUE.find((e) => e.key === key)?.sample ?? (() => []);
}
