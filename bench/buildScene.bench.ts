// Times buildScene and sceneToSvg on generated families of growing size (medians of 5 runs).
// "cold": every run moves the whole layout a little, so no household shape is remembered;
// "warm": the same layout again, as after an edit that moves nobody (household shapes come from the memo).
// Run: npx tsx bench/buildScene.bench.ts
import { buildScene } from '../src/core/drawing/buildScene';
import { sceneToSvg } from '../src/core/export/svg';
import { layoutDocument } from '../src/core/layout/layoutDocument';
import type { LayoutResult } from '../src/core/layout/types';
import type { GenogramDocument, Household, ParentLink, Partnership, Person } from '../src/core/model/types';
import { DEFAULT_NOTATION } from '../src/core/model/types';
import { isMain, median, type BenchRow } from './benchRow';

/** Generations of couples with three children each; every couple's family is a household. */
function family(generations: number, founders: number): GenogramDocument {
  const persons: Person[] = [];
  const partnerships: Partnership[] = [];
  const parentLinks: ParentLink[] = [];
  const households: Household[] = [];
  let n = 0;
  const add = (birthYear: number): string => {
    const id = `p${n++}`;
    persons.push({ id, givenNames: `Person ${id}`, gender: n % 2 ? 'male' : 'female', birth: { year: birthYear } });
    return id;
  };
  let current = Array.from({ length: founders }, () => add(1900));
  for (let g = 1; g <= generations; g++) {
    const next: string[] = [];
    for (const a of current) {
      const b = add(1900 + 25 * (g - 1));
      partnerships.push({ id: `c${a}`, a, b, kind: 'partnership', events: [{ type: 'married', date: { year: 1920 + 25 * (g - 1) } }] });
      const kids = [0, 1, 2].map((k) => add(1925 + 25 * (g - 1) + k));
      for (const k of kids) parentLinks.push({ id: `l${a}${k}`, parent: a, child: k, kind: 'birth' }, { id: `l${b}${k}`, parent: b, child: k, kind: 'birth' });
      households.push({ id: `h${a}`, label: '', members: [a, b, ...kids].map((person) => ({ person })) });
      next.push(kids[0]!);
      if (next.length < 400) next.push(kids[1]!);
    }
    current = next;
  }
  return {
    id: 'bench',
    settings: { title: 'bench', asAt: { year: 2030 }, notation: { ...DEFAULT_NOTATION } },
    persons,
    partnerships,
    parentLinks,
    multipleBirths: [],
    relationships: [],
    households,
  };
}

/** The layout moved right by `dx`: the same figure, but new keys for every household shape. */
function shifted(layout: LayoutResult, dx: number): LayoutResult {
  return { ...layout, boxes: new Map([...layout.boxes].map(([id, b]) => [id, { ...b, x: b.x + dx }])) };
}

/** buildScene cold (no remembered household shapes) and warm, and sceneToSvg, by family size. */
export async function runDrawingBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [generations, founders] of [[2, 4], [3, 8], [4, 16], [5, 20]] as const) {
    const doc = family(generations, founders);
    const layout = await layoutDocument(doc, { engine: 'own' });
    const cold: number[] = [];
    const warm: number[] = [];
    const svg: number[] = [];
    let outlines = 0;
    // Three untimed builds first, so the smaller families are not timed while the JIT warms up
    // (as in an editing session); their layouts are moved by fractions, so they leave nothing
    // in the memo for the timed runs.
    for (const dx of [0.25, 0.5, 0.75]) buildScene(doc, shifted(layout, dx), { asAt: doc.settings.asAt! });
    for (let i = 0; i < 5; i++) {
      const moved = shifted(layout, 1 + i);
      const t0 = performance.now();
      const scene = buildScene(doc, moved, { asAt: doc.settings.asAt! });
      const t1 = performance.now();
      sceneToSvg(scene);
      const t2 = performance.now();
      buildScene(doc, moved, { asAt: doc.settings.asAt! });
      const t3 = performance.now();
      cold.push(t1 - t0);
      svg.push(t2 - t1);
      warm.push(t3 - t2);
      outlines = scene.groups.filter((g) => g.kind === 'household').length;
    }
    const name = `figure, ${doc.persons.length} persons, ${outlines} household outlines`;
    rows.push(
      { name, metric: 'buildScene, cold (median of 5)', median: median(cold), unit: 'ms' },
      { name, metric: 'buildScene, household shapes remembered (median of 5)', median: median(warm), unit: 'ms' },
      { name, metric: 'sceneToSvg (median of 5)', median: median(svg), unit: 'ms' },
    );
  }
  return rows;
}

if (isMain(import.meta.url)) {
  for (const row of await runDrawingBench()) console.log(`${row.name}: ${row.metric} ${row.median.toFixed(1)} ${row.unit}`);
}
