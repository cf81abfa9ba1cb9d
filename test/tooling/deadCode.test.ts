import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run lint` ends with knip (knip.jsonc): no unused file, export or dependency. Shown here
// failing on planted dead code, in a copy of the repository (planting in the tree itself would
// disturb the tests running beside this one), so a config that quietly stopped looking (an
// entry glob that takes in everything, an ignore added for one finding) would be caught.

const ROOT = resolve(__dirname, '../..');

interface KnipIssue {
  file: string;
  files: { name: string }[];
  exports: { name: string }[];
  dependencies: { name: string }[];
}

/** Runs knip in `dir` with the repository's config; its exit status and findings. */
function knip(dir: string): { status: number; issues: KnipIssue[] } {
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/knip/bin/knip.js'), '--no-progress', '--reporter', 'json'], { cwd: dir, encoding: 'utf8' });
    return { status: 0, issues: out.trim() ? (JSON.parse(out) as { issues: KnipIssue[] }).issues : [] };
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string };
    return { status, issues: (JSON.parse(stdout) as { issues: KnipIssue[] }).issues };
  }
}

/** What knip found, one line each: 'file path', 'export path name', 'dependency name'. */
function findings(issues: KnipIssue[]): string[] {
  return issues
    .flatMap((i) => [
      ...i.files.map((f) => `file ${f.name}`),
      ...i.exports.map((e) => `export ${i.file} ${e.name}`),
      ...i.dependencies.map((d) => `dependency ${d.name}`),
    ])
    .sort();
}

describe('the dead-code check (knip)', () => {
  let copy: string;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'knip-planted-'));
    // The files git knows (and new ones it does not ignore), as they are in the working tree.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the copy as it is, and fails on an unused export, file and dependency planted in it', () => {
    // The copy is faithful: whatever knip finds below is what was planted.
    expect(knip(copy)).toEqual({ status: 0, issues: [] });

    appendFileSync(join(copy, 'src/core/dates/partialDate.ts'), '\nexport function plantedUnused(): number {\n  return 1;\n}\n');
    writeFileSync(join(copy, 'src/core/model/plantedOrphan.ts'), 'export const orphan = 1;\n');
    const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    manifest.dependencies['left-pad'] = '1.3.0';
    writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));

    const planted = knip(copy);
    expect(planted.status).not.toBe(0);
    expect(findings(planted.issues)).toEqual([
      'dependency left-pad',
      'export src/core/dates/partialDate.ts plantedUnused',
      'file src/core/model/plantedOrphan.ts',
    ]);
  }, 60_000);
});

describe('npm run lint', () => {
  it('runs the import boundaries, the core without the DOM and the dead-code check, and CI runs it', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.lint!.split(' && ')).toEqual(['eslint .', 'tsc -p tsconfig.core.json --noEmit', 'knip']);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n')).toContain('npm run lint');
  });
});
