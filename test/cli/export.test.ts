import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhysicalResolution } from '../support/png';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'test/fixtures/gedcom', name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/export.ts'), ...args], { cwd: root, encoding: 'buffer', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

describe('the export command', () => {
  it('writes a PNG file with 300 dpi and exits 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'genogram-cli-')), 'fig.png');
    const r = cli(fixture('remarriage.ged'), '--format', 'png', '--out', out);
    expect(r.stderr).toContain(`Written ${out}`);
    expect(r.status).toBe(0);
    expect(readPhysicalResolution(new Uint8Array(readFileSync(out)))).toBe(300);
  });

  it('--out - writes the export to standard output', () => {
    const r = cli(fixture('cycle.ged'), '--format', 'layout', '--out', '-');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8')).persons).toHaveLength(3);
  });

  it('--format table writes the family table to standard output, the subject given by name', () => {
    const r = cli(fixture('review-family.ged'), '--format', 'table', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--out', '-');
    expect(r.status).toBe(0);
    const lines = r.stdout.toString('utf8').split('\n');
    expect(lines[0]).toBe('### Family table as at 1 Mar 2024');
    expect(lines).toContain('| Maternal half-sibling 1 | Kai Hughes | Maternal half-brother | Male | 10 Jan 2021 | 3 | Not entered | Not entered | 9 Mill Lane, Hull (from Sep 2023) |');
    expect(r.stderr).toContain('took the suggested 3 households and 1 multiple birth');
  });

  it('--format docx writes the Word document, --format description the text; an unknown --subject is named', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'genogram-cli-')), 'report.docx');
    const r = cli(fixture('review-family.ged'), '--format', 'docx', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--publication', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Word document on A4 portrait; the figure 16 cm wide, \d+ × \d+ px at 300 dpi\./);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const d = cli(fixture('review-family.ged'), '--format', 'description', '--subject', 'Amy Carter', '--as-at', '2024-03-01', '--out', '-');
    expect(d.status).toBe(0);
    expect(d.stdout.toString('utf8')).toMatch(/^Alternative text: Genogram of Amy Carter's family as at 1 Mar 2024: 13 people over four generations\./);
    const nobody = cli(fixture('review-family.ged'), '--format', 'docx', '--subject', 'Nobody Here');
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain('--subject "Nobody Here": nobody of that name or id is in the file.');
  });

  it('errors go to standard error with exit code 1', () => {
    const missing = cli(join(root, 'no-such-file.ged'), '--format', 'svg');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.ged: no such file/);
    const garbled = cli(fixture('binary.ged'), '--format', 'svg');
    expect(garbled.status).toBe(1);
    expect(garbled.stderr).toMatch(/binary\.ged:3: This is not a GEDCOM text file/);
    const usage = cli('--format', 'svg');
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/No input file given/);
  });
});
