// The drawing-level legibility check: counts, on the drawn Scene, what makes a genogram hard to
// read, with the offending items for messages and debugging. Pure: no DOM, no fonts, no browser.
//
// What is what. The Scene is read only through its data types, group kinds and marks.
//   Parts. One SceneGroup is one part: a person, a partnership, a sibship's children group, a
//     relationship line. Only items of different parts are counted against each other, so two
//     partner lines of one person to two partners are two parts and count.
//   Excluded. Groups of kind 'household': their outlines are left out of every count, their labels are texts.
//     Groups of kind 'legend', 'title' and 'caption' are left out too, but each figure item (a
//     symbol, a text, a connector line) overlapping one of their boxes is a "legend clash".
//   Symbols. In a person group, the symbol is its outermost named outline ('subject-outline',
//     'outline', 'placeholder-outline', 'stillbirth-symbol', 'pregnancy-triangle',
//     'miscarriage-dot'); failing that the largest closed shape at the group's symbolBox (badges
//     and birth-order circles are beside it, never it); failing that the box of the strokes
//     drawn within the symbolBox (a termination's cross); failing that the symbolBox itself.
//     Rects and circles are checked as such, paths as their convex hull.
//   Glyphs. Everything else in a person group that is not text (deceased crosses, shading,
//     hatching, badges, birth-order circles) is part of the person's drawing, not a line.
//   Connectors. In every other group (partnership, children, relationship, and any kind added
//     later), each open stroked subpath of a line, polyline or path is a connector; paths are
//     flattened (curves and arcs into pieces about 4 units long) and split into straight segments.
//   Marks. In those groups these are notation on a line, not lines: items marked 'slash',
//     'arrowhead', 'cut-off-bar', 'identical-twin-bar' or any mark naming a slash, tick, arrow
//     or ending in "cross"; rects, circles, unstroked shapes and closed subpaths (arrowheads);
//     a stroke with no mark shorter than half a symbol that crosses a longer line of its own
//     part (a tick); and any stroke lying wholly within a symbol (a deceased cross drawn by
//     another group), within 2 units.
//   Texts. Every non-blank text primitive outside the excluded groups, with its ink box from
//     textInk.ts (textWidth and the font size; ascent 0.72 em, descent 0.21 em only for glyphs
//     that descend). A text of a person group whose box centre lies inside that person's
//     symbol (an age, a "?") is inside the symbol: lines through it are left to (d).
//
// The counts (thresholds are exported by the files that apply them).
//   (a) overlapping / nearParallel: two connector segments of different parts, parallel (within
//     about 2°), sharing a stretch longer than MIN_RUN = 3 units, at most COLLINEAR = 1.5 apart
//     (on top of each other) or less than SYMBOL_SIZE / 4 = 10 apart (side by side, one line in
//     print). Once per pair of parts and pair of straight lines. Pairs whose lines start or end
//     at one point (a person's two partner lines, two sibships of one couple) count too and are
//     flagged sharedEnd.
//   (b) textOverlaps: ink boxes of two different texts overlapping by more than 0.5 both ways.
//   (c) linesThroughText: a connector segment passing more than 0.5 inside the ink box of a text
//     of another part; once per (text, part). A part's line through its own text is listed
//     separately (ownLinesThroughText), not counted.
//   (d) linesThroughSymbols: a connector segment reaching more than 2 units inside a symbol's
//     outline, neither end of that segment within 3 units of the symbol; once per (symbol, part).
//   (e) crossings: two connector segments of different parts crossing properly: not parallel,
//     the crossing more than 1 unit from the lines' ends (junctions are not crossings). Through
//     a polyline's joint it counts once, and only if the polyline passes from one side to the
//     other (a line turning onto another, or touching it at a corner, does not cross it).
//   (f)–(h) need the document and the layout (absent without them); they read where symbols
//     are drawn (centres of the person groups' symbolBox), rows being symbols whose centres lie
//     within 2 units in height. Families are the birth families of layoutFamilies.ts
//     analyseFamilies; one is checked when a child of it is drawn.
//   (f) overlappingBars: on the row of a family's first drawn child (document order), its span
//     runs from min to max of {the drawn parents' mean centre x, each of its children's centre x
//     on that row}; two families' spans on one row overlapping by more than 2 units are a pair.
//   (g) splitSibships: someone on that row standing strictly between the family's leftmost and
//     rightmost child there, who is neither a child of the family nor a partner (recorded, or
//     co-parent) of one.
//   (h) birthOrderFaults: per family and row, neighbouring children with known birth dates
//     (layout/birthOrder.ts birthKey), the younger left of the older; each says whether both
//     carry birth-order numbers (birthOrderFaultsUnmarked counts those that do not).
//   Informational: ink (connector length, lines on top of each other counted once) over the
//     diagonal of the figure's box (people and connectors, their texts included), that box's
//     aspect (width / height), and the smallest text size anywhere in the scene.
//
// Work: items are put in a uniform grid (gridIndex.ts) and compared only with items in the
// same cells; `work` counts cell visits and pairs tested, so tests can bound it.

import type { Scene } from '../drawing/scene';
import type { LayoutResult } from '../layout/types';
import type { GenogramDocument } from '../model/types';
import { checkConnectors, type CrossingFinding, type ParallelFinding } from './connectorChecks';
import { checkFamilies, type BarOverlapFinding, type BirthOrderFinding, type SplitSibshipFinding } from './familyChecks';
import { distance } from './geometry';
import { GridIndex, noWork, type WorkCount } from './gridIndex';
import { checkLegendClash, type LegendClashFinding } from './legendClash';
import { sceneParts } from './sceneParts';
import { checkSymbols, type LineThroughSymbolFinding } from './symbolChecks';
import { checkTexts, type LineThroughTextFinding, type TextOverlapFinding } from './textChecks';

export interface LegibilityCounts {
  overlapping: number;
  nearParallel: number;
  textOverlaps: number;
  linesThroughText: number;
  linesThroughSymbols: number;
  crossings: number;
  /** Only with the document and layout. */
  overlappingBars?: number;
  splitSibships?: number;
  birthOrderFaults?: number;
  /** Of birthOrderFaults, those where the figure does not show birth-order numbers on both. */
  birthOrderFaultsUnmarked?: number;
  legendClashes: number;
}

export interface LegibilityInfo {
  /** Connector ink over the figure's diagonal. */
  inkRatio: number;
  /** Width over height of the figure's box (0 for an empty figure). */
  aspect: number;
  /** Smallest font size of any text in the scene, in user units; undefined when there is no text. */
  smallestTextSize: number | undefined;
  smallestText: string | undefined;
  parts: number;
  symbols: number;
  texts: number;
  segments: number;
  marks: number;
  households: number;
  /** Birth families with a child drawn (only with the document and layout). */
  familiesChecked?: number;
  /** Of overlapping, the pairs that share an end point (a stem two lines leave from). */
  overlappingSharedEnd: number;
  nearParallelSharedEnd: number;
  ownLinesThroughText: number;
}

export interface LegibilityFindings {
  overlapping: ParallelFinding[];
  nearParallel: ParallelFinding[];
  textOverlaps: TextOverlapFinding[];
  linesThroughText: LineThroughTextFinding[];
  ownLinesThroughText: LineThroughTextFinding[];
  linesThroughSymbols: LineThroughSymbolFinding[];
  crossings: CrossingFinding[];
  overlappingBars: BarOverlapFinding[];
  splitSibships: SplitSibshipFinding[];
  birthOrderFaults: BirthOrderFinding[];
  legendClashes: LegendClashFinding[];
}

export interface LegibilityReport {
  counts: LegibilityCounts;
  info: LegibilityInfo;
  found: LegibilityFindings;
  work: WorkCount;
}

export function checkLegibility(scene: Scene, family?: { doc: GenogramDocument; layout: LayoutResult }): LegibilityReport {
  const work = noWork();
  const sp = sceneParts(scene);
  const segmentGrid = new GridIndex(sp.segments.map((s) => s.rect), work);
  const textGrid = new GridIndex(sp.texts.map((t) => t.rect), work);
  const connectors = checkConnectors(sp, work);
  const texts = checkTexts(sp, textGrid, segmentGrid);
  const symbols = checkSymbols(sp, segmentGrid);
  const legend = checkLegendClash(sp, textGrid, segmentGrid);
  const families = family ? checkFamilies(scene, family.doc, family.layout, work) : undefined;

  const ink = sp.segments.reduce((sum, s) => sum + distance(s.a, s.b), 0) - connectors.overlapping.reduce((sum, f) => sum + f.length, 0);
  const fig = sp.figure;
  const width = fig ? fig.x1 - fig.x0 : 0;
  const height = fig ? fig.y1 - fig.y0 : 0;
  const diagonal = Math.hypot(width, height);

  const counts: LegibilityCounts = {
    overlapping: connectors.overlapping.length,
    nearParallel: connectors.nearParallel.length,
    textOverlaps: texts.textOverlaps.length,
    linesThroughText: texts.linesThroughText.length,
    linesThroughSymbols: symbols.length,
    crossings: connectors.crossings.length,
    legendClashes: legend.length,
  };
  if (families) {
    counts.overlappingBars = families.overlappingBars.length;
    counts.splitSibships = families.splitSibships.length;
    counts.birthOrderFaults = families.birthOrderFaults.length;
    counts.birthOrderFaultsUnmarked = families.birthOrderFaults.filter((f) => !f.marked).length;
  }
  const info: LegibilityInfo = {
    inkRatio: diagonal > 0 ? round(ink / diagonal) : 0,
    aspect: height > 0 ? round(width / height) : 0,
    smallestTextSize: sp.smallestText?.size,
    smallestText: sp.smallestText ? `${JSON.stringify(sp.smallestText.text)} (${sp.smallestText.mark})` : undefined,
    parts: sp.parts.length,
    symbols: sp.symbols.length,
    texts: sp.texts.length,
    segments: sp.segments.length,
    marks: sp.marks,
    households: sp.households,
    overlappingSharedEnd: connectors.overlapping.filter((f) => f.sharedEnd).length,
    nearParallelSharedEnd: connectors.nearParallel.filter((f) => f.sharedEnd).length,
    ownLinesThroughText: texts.ownLinesThroughText.length,
  };
  if (families) info.familiesChecked = families.familiesChecked;
  return {
    counts,
    info,
    found: {
      ...connectors,
      ...texts,
      linesThroughSymbols: symbols,
      overlappingBars: families?.overlappingBars ?? [],
      splitSibships: families?.splitSibships ?? [],
      birthOrderFaults: families?.birthOrderFaults ?? [],
      legendClashes: legend,
    },
    work,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
