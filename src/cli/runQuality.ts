import type { Scene } from '../core/drawing/scene';
import { figureTooLarge } from '../core/metrics/figureLimit';
import { displayName } from '../core/model/documentIndex';
import type { GenogramDocument, Id, PartialDate } from '../core/model/types';
import { checkLegibility, type LegibilityReport } from '../core/quality/legibility';
import { figure } from '../editor/figure';
import { layOutHeadless } from './layOutHeadless';
import { readDocument } from './readDocument';

export interface QualityOptions {
  json: boolean;
  /** List every finding; otherwise the first FIRST_FINDINGS of each count. */
  all: boolean;
  asAt?: PartialDate;
}

export type QualityOutcome = { ok: true; output: string; report: LegibilityReport; notes: string[] } | { ok: false; message: string };

const FIRST_FINDINGS = 10;

/**
 * File bytes in, the legibility counts of its figure out: imported, laid out and drawn by the
 * one figure() the app and the export use (the same title, caption and role lines), then
 * checked on the Scene.
 */
export async function runQuality(path: string, bytes: Uint8Array, options: QualityOptions): Promise<QualityOutcome> {
  const read = readDocument(path, bytes);
  if (!read.ok) return read;
  const notes = [...read.notes];
  let doc = read.document;
  if (options.asAt) doc = { ...doc, settings: { ...doc.settings, asAt: options.asAt } };
  const tooLarge = figureTooLarge(doc);
  if (tooLarge) return { ok: false, message: `${path}: ${tooLarge}` };
  const layout = await layOutHeadless(doc);
  notes.push(...(layout.warnings ?? []).map((w) => `layout: ${w}`));
  const { scene, shownDoc, shownLayout } = figure(doc, { layout, publication: false });
  const report = checkLegibility(scene, { doc: shownDoc, layout: shownLayout });
  const output = options.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(path, report, shownDoc, scene, options.all);
  return { ok: true, output, report, notes };
}

/** The counts as a table, then the offending items in words (names and ids). */
export function describeReport(path: string, report: LegibilityReport, doc: GenogramDocument, scene: Scene, all: boolean): string {
  const { counts: c, info, found } = report;
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const person = (id: Id) => {
    const p = byId.get(id);
    return p ? `${displayName(p)} (${id})` : id;
  };
  const partNames = new Map(scene.groups.map((g) => [g.key, g.personIds.map((id) => byId.get(id)).filter((p) => p !== undefined).map(displayName)]));
  const part = (key: string) => {
    const names = partNames.get(key) ?? [];
    return names.length ? `${key} [${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}]` : key;
  };
  const family = (parents: Id[]) => (parents.length ? `children of ${parents.map(person).join(' + ')}` : 'children of unknown parents');
  const at = (p: readonly [number, number]) => `at (${p[0]}, ${p[1]})`;

  const lines: string[] = [];
  lines.push(`${path}: ${info.symbols} symbols, ${info.texts} texts, ${info.segments} line segments, ${info.marks} marks${info.familiesChecked !== undefined ? `, ${info.familiesChecked} families checked` : ''}`);
  const row = (label: string, n: number | undefined, note = '') => lines.push(`${label.padEnd(32)}${String(n ?? '-').padStart(5)}${note ? `   ${note}` : ''}`);
  row('(a) lines on top of each other', c.overlapping, info.overlappingSharedEnd ? `(${info.overlappingSharedEnd} leave one point)` : '');
  row('(a) lines under 10 units apart', c.nearParallel, info.nearParallelSharedEnd ? `(${info.nearParallelSharedEnd} leave one point)` : '');
  row('(b) text over text', c.textOverlaps);
  row('(c) lines through text', c.linesThroughText, info.ownLinesThroughText ? `(and ${info.ownLinesThroughText} through their own part's text)` : '');
  row('(d) lines through symbols', c.linesThroughSymbols);
  row('(e) crossings', c.crossings);
  row('(f) overlapping sibling bars', c.overlappingBars);
  row('(g) split sibships', c.splitSibships);
  row('(h) birth-order faults', c.birthOrderFaults, c.birthOrderFaultsUnmarked ? `(${c.birthOrderFaultsUnmarked} without birth-order numbers)` : '');
  row('    legend clashes', c.legendClashes);
  lines.push(`    ink / diagonal ${info.inkRatio}, aspect ${info.aspect}, smallest text ${info.smallestTextSize ?? '-'}${info.smallestText ? ` ${info.smallestText}` : ''}`);

  const section = <T>(title: string, items: T[], say: (item: T) => string) => {
    if (!items.length) return;
    lines.push('', `${title}:`);
    for (const item of all ? items : items.slice(0, FIRST_FINDINGS)) lines.push(`  ${say(item)}`);
    if (!all && items.length > FIRST_FINDINGS) lines.push(`  … and ${items.length - FIRST_FINDINGS} more (--all lists them)`);
  };
  section('(a) on top of each other', found.overlapping, (f) => `${part(f.parts[0])} ${f.marks[0]} / ${part(f.parts[1])} ${f.marks[1]}: ${f.length} long ${at(f.at)}${f.sharedEnd ? ', from one point' : ''}`);
  section('(a) under 10 units apart', found.nearParallel, (f) => `${part(f.parts[0])} ${f.marks[0]} / ${part(f.parts[1])} ${f.marks[1]}: ${f.gap} apart over ${f.length} ${at(f.at)}${f.sharedEnd ? ', from one point' : ''}`);
  section('(b) text over text', found.textOverlaps, (f) => `${JSON.stringify(f.texts[0].text)} (${f.texts[0].mark}, ${f.texts[0].part}) / ${JSON.stringify(f.texts[1].text)} (${f.texts[1].mark}, ${f.texts[1].part})`);
  section('(c) lines through text', found.linesThroughText, (f) => `${part(f.part)} ${f.mark} through ${JSON.stringify(f.text.text)} (${f.text.mark}, ${f.text.part}) ${at(f.at)}`);
  section('(d) lines through symbols', found.linesThroughSymbols, (f) => `${part(f.part)} ${f.mark} through ${person(f.person)} ${at(f.at)}`);
  section('(e) crossings', found.crossings, (f) => `${part(f.parts[0])} ${f.marks[0]} × ${part(f.parts[1])} ${f.marks[1]} ${at(f.at)}`);
  section('(f) overlapping sibling bars', found.overlappingBars, (f) => `${family(f.families[0].parents)} / ${family(f.families[1].parents)}: ${f.overlap} on the row at y ${f.rowY}`);
  section('(g) split sibships', found.splitSibships, (f) => `${family(f.family.parents)} (${f.family.children.map(person).join(', ')}) have ${f.outsiders.map(person).join(', ')} between them`);
  section('(h) birth-order faults', found.birthOrderFaults, (f) => `${family(f.parents)}: ${person(f.left)} stands left of the older ${person(f.right)}${f.marked ? ' (numbered)' : ''}`);
  section('legend clashes', found.legendClashes, (f) => `${f.item} over ${f.block}`);
  return `${lines.join('\n')}\n`;
}
