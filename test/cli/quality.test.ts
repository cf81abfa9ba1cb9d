import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQualityArgs } from '../../src/cli/qualityArgs';
import { runQuality } from '../../src/cli/runQuality';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { saveGenogramFile } from '../../src/core/format/save';
import type { GenogramDocument } from '../../src/core/model/types';
import type { LegibilityReport } from '../../src/core/quality/legibility';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'test/fixtures/gedcom', name);

describe('parseQualityArgs', () => {
  it('reads a file, --json, --all and --as-at', () => {
    const parsed = parseQualityArgs(['family.ged', '--json', '--all', '--as-at', '2020-05-01']);
    expect(parsed).toEqual({ ok: true, input: 'family.ged', options: { json: true, all: true, asAt: { year: 2020, month: 5, day: 1 } } });
  });

  it('names every mistake', () => {
    expect(parseQualityArgs([])).toMatchObject({ ok: false, message: expect.stringMatching(/No input file given/) });
    expect(parseQualityArgs(['a.ged', 'b.ged'])).toMatchObject({ ok: false, message: expect.stringMatching(/Only one input file/) });
    expect(parseQualityArgs(['a.txt'])).toMatchObject({ ok: false, message: expect.stringMatching(/must be a \.genogram\.json or \.ged/) });
    expect(parseQualityArgs(['a.ged', '--wide'])).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown option --wide/) });
    expect(parseQualityArgs(['a.ged', '--as-at'])).toMatchObject({ ok: false, message: expect.stringMatching(/--as-at needs a date/) });
    expect(parseQualityArgs(['a.ged', '--as-at', 'soon'])).toMatchObject({ ok: false, message: expect.stringMatching(/--as-at needs a date/) });
  });
});

describe('runQuality', () => {
  const ged = fixture('remarriage.ged');
  const bytes = () => new Uint8Array(readFileSync(ged));

  it('prints every count, the family counts included', async () => {
    const outcome = await runQuality(ged, bytes(), { json: false, all: false });
    if (!outcome.ok) throw new Error(outcome.message);
    for (const row of ['(a) lines on top of each other', '(a) lines under 10 units apart', '(b) text over text', '(c) lines through text', '(d) lines through symbols', '(e) crossings', '(f) overlapping sibling bars', '(g) split sibships', '(h) birth-order faults', 'legend clashes', 'ink / diagonal']) {
      expect(outcome.output).toContain(row);
    }
    expect(outcome.output).toMatch(/families checked/);
    expect(outcome.report.counts.overlappingBars).toBeTypeOf('number');
  });

  it('--json writes the whole report', async () => {
    const outcome = await runQuality(ged, bytes(), { json: true, all: false });
    if (!outcome.ok) throw new Error(outcome.message);
    const report = JSON.parse(outcome.output) as LegibilityReport;
    expect(report.counts).toEqual(outcome.report.counts);
    expect(Object.keys(report.found)).toContain('crossings');
  });

  it('measures the figure the app and the export draw: a significant other carries their role line', async () => {
    const doc = exampleFamily();
    const withVisitor = (secondLine?: string): GenogramDocument => ({
      ...doc,
      persons: [...doc.persons, { id: 'p_visitor', gender: 'male', givenNames: 'Rob', ...(secondLine ? { secondLine } : {}), significantOther: { role: 'partner', of: 'p_leanne' } }],
      households: doc.households.map((h) => (h.id === 'h_leanne' ? { ...h, members: [...h.members, { person: 'p_visitor', visiting: true }] } : h)),
    });
    const textsOf = async (file: GenogramDocument) => {
      const outcome = await runQuality('family.genogram.json', new TextEncoder().encode(saveGenogramFile(file)), { json: true, all: false });
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.report.info.texts;
    };
    // The role line ("Mother's partner (visiting)", two lines under the symbol) is drawn when the
    // author wrote none, so both figures have as many texts as with two lines of the author's own.
    expect(await textsOf(withVisitor())).toBe(await textsOf(withVisitor('Own words for this role')));
  });

  it('a file that cannot be read is an error naming the file', async () => {
    const outcome = await runQuality('garbage.ged', new Uint8Array(readFileSync(fixture('binary.ged'))), { json: false, all: false });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/garbage\.ged:3: This is not a GEDCOM text file/) });
  });
});

describe('the quality command', () => {
  it('prints the counts with exit code 0, and errors with exit code 1', () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/quality.ts'), fixture('remarriage.ged')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/\(e\) crossings\s+\d+/);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/quality.ts'), join(root, 'no-such-file.ged')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/quality: .*no-such-file\.ged: no such file/);
  });
});
