import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOutPath, parseExportArgs } from '../../src/cli/exportArgs';
import { runExport } from '../../src/cli/runExport';
import { exampleFamily } from '../../src/core/example/exampleFamily';
import { mentionsOf, syntheticChronologyCsv } from '../support/syntheticChronology';
import { loadGenogramFile } from '../../src/core/format/load';
import { saveGenogramFile } from '../../src/core/format/save';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'genogram-chronology-'));
const family = exampleFamily();
const input = join(dir, 'family.genogram.json');
writeFileSync(input, saveGenogramFile(family));
const everyone = family.persons.filter((p) => p.givenNames);
const events = join(dir, 'events.csv');
writeFileSync(
  events,
  [
    'Date,Time,Agency,Type,Description,Persons involved,Outcome',
    ...everyone.map((p, i) => `${i + 1}/05/2016,,Police,,"${mentionsOf(p).join(', ')} seen with Kevin Doyle","${p.givenNames} ${p.familyName}; Kevin Doyle",`),
    'whenever,,GP,,bad row,,',
  ].join('\n') + '\n' + syntheticChronologyCsv(family, 50, 3).split('\r\n').slice(1).join('\n'),
);

async function run(argv: string[]) {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await runExport(parsed.args, new Uint8Array(readFileSync(parsed.args.input)), parsed.args.chronology ? new Uint8Array(readFileSync(parsed.args.chronology)) : undefined);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('--chronology and --format chronology', () => {
  it('reads the options and names the default output', () => {
    const parsed = parseExportArgs([input, '--chronology', events, '--format', 'chronology', '--publication']);
    expect(parsed.ok && parsed.args).toMatchObject({ format: 'chronology', chronology: events, publication: true });
    expect(defaultOutPath(input, 'chronology', true)).toBe(join(dir, 'family.publication.chronology.csv'));
    expect(parseExportArgs([input, '--chronology'])).toEqual({ ok: false, message: expect.stringContaining('--chronology needs a CSV file') });
  });

  it('writes the merged chronology as CSV, noting each row left out with its line and the names kept as text', async () => {
    const { output, notes } = await run([input, '--chronology', events, '--format', 'chronology']);
    const lines = (output as string).split('\r\n');
    expect(lines[0]).toBe('Date,Time,Source,Kind,Event,People,Household,Sensitive,Outcome');
    expect(lines.length).toBe(1 + everyone.length + 50 + 1);
    expect(notes).toContainEqual(`${events}:${everyone.length + 2}: left out: "whenever" is not a date: write e.g. 22 May 2016, 22/05/2016, May 2016, 2016, c. May 2016, ?22 May 2016 or Jun 2016 – Aug 2016`);
    expect(notes.find((n) => n.includes('not on the genogram, kept as text'))).toContain('"Kevin Doyle"');
  });

  it('--publication: no name, no day of a date (the leak test on the command line)', async () => {
    const { output } = await run([input, '--chronology', events, '--format', 'chronology', '--publication']);
    const words = new Set((output as string).toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const names = [...family.persons.flatMap((p) => [p.givenNames, p.familyName]), 'Kevin', 'Doyle'].filter((n): n is string => !!n).map((n) => n.toLowerCase());
    expect(names.filter((n) => words.has(n))).toEqual([]);
    expect((output as string).split('\r\n').slice(1).filter((l) => /^\??\d{1,2} /.test(l))).toEqual([]);
  });

  it('with another format the document carries the events (json), and the published json carries none', async () => {
    const { output } = await run([input, '--chronology', events, '--format', 'json']);
    const loaded = loadGenogramFile(output as string);
    expect(loaded.ok && loaded.document.chronology!.events.length).toBe(everyone.length + 50);
    const published = await run([input, '--chronology', events, '--format', 'json', '--publication']);
    expect(published.output).not.toContain('Kevin');
    expect(published.output).not.toContain('Walsh');
  });

  it('the command itself: npm run export -- FILE --chronology EVENTS.csv --format chronology --publication --out PATH', () => {
    const out = join(dir, 'published.csv');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/export.ts'), input, '--chronology', events, '--format', 'chronology', '--publication', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toContain(`Written ${out}`);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('Date,Source,Kind,Event,People,Household\r\n')).toBe(true);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/export.ts'), input, '--chronology', join(dir, 'nope.csv'), '--format', 'chronology'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.csv: no such file');
  });
});
