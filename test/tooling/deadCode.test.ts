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

/** One file's findings in knip's JSON report (a run limited with --include leaves the other kinds out). */
interface KnipIssue {
  file: string;
  files?: { name: string }[];
  exports?: { name: string }[];
  dependencies?: { name: string }[];
  unlisted?: { name: string }[];
}

/** The two knip runs of `npm run lint`: everything, and what ships (knip.production.jsonc). */
const PRODUCTION = ['--config', 'knip.production.jsonc', '--production', '--strict', '--include', 'unlisted,files,exports'];

/** Runs knip in `dir` with the repository's config; its exit status and findings. */
function knip(dir: string, args: string[] = []): { status: number; issues: KnipIssue[] } {
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/knip/bin/knip.js'), ...args, '--no-progress', '--reporter', 'json'], { cwd: dir, encoding: 'utf8' });
    return { status: 0, issues: out.trim() ? (JSON.parse(out) as { issues: KnipIssue[] }).issues : [] };
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string };
    return { status, issues: (JSON.parse(stdout) as { issues: KnipIssue[] }).issues };
  }
}

/** What knip found, one line each: 'file path', 'export path name', 'dependency name', 'unlisted path name'. */
function findings(issues: KnipIssue[]): string[] {
  return issues
    .flatMap((i) => [
      ...(i.files ?? []).map((f) => `file ${f.name}`),
      ...(i.exports ?? []).map((e) => `export ${i.file} ${e.name}`),
      ...(i.dependencies ?? []).map((d) => `dependency ${d.name}`),
      ...(i.unlisted ?? []).map((d) => `unlisted ${i.file} ${d.name}`),
    ])
    .sort();
}

interface Manifest {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
const writeManifest = (dir: string, manifest: Manifest) => writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));

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
    const manifest = readManifest(copy);
    manifest.dependencies['left-pad'] = '1.3.0';
    writeManifest(copy, manifest);

    const planted = knip(copy);
    expect(planted.status).not.toBe(0);
    expect(findings(planted.issues)).toEqual([
      'dependency left-pad',
      'export src/core/dates/partialDate.ts plantedUnused',
      'file src/core/model/plantedOrphan.ts',
    ]);
  }, 60_000);

  /** The copy's src/core/dates/partialDate.ts as in the tree, and no planted file left. */
  function unplant(): void {
    cpSync(join(ROOT, 'src/core/dates/partialDate.ts'), join(copy, 'src/core/dates/partialDate.ts'));
    for (const file of ['src/core/model/plantedOrphan.ts', 'src/core/model/plantedTestOnly.ts', 'src/core/layout/plantedTestOnly.ts', 'test/core/plantedUse.test.ts']) rmSync(join(copy, file), { force: true });
  }

  it('fails when something the app or the command line imports is only a devDependency', () => {
    unplant();
    const copyManifest = readManifest(ROOT);
    writeManifest(copy, copyManifest);
    expect(knip(copy, PRODUCTION)).toEqual({ status: 0, issues: [] });

    // The command line's PNG renderer and the app's UI library, moved to devDependencies.
    for (const name of ['@resvg/resvg-js', '@xyflow/react']) {
      copyManifest.devDependencies[name] = copyManifest.dependencies[name]!;
      delete copyManifest.dependencies[name];
    }
    writeManifest(copy, copyManifest);
    const planted = knip(copy, PRODUCTION);
    expect(planted.status).not.toBe(0);
    expect(findings(planted.issues)).toEqual(expect.arrayContaining(['unlisted src/cli/renderPng.ts @resvg/resvg-js', expect.stringMatching(/^unlisted src\/ui\/.* @xyflow\/react$/)]));
    expect(findings(planted.issues).every((f) => / (@resvg\/resvg-js|@xyflow\/react)$/.test(f))).toBe(true);
  }, 60_000);

  it('fails on an export or a file in src that only a test uses, outside the layout and drawing code', () => {
    unplant();
    writeManifest(copy, readManifest(ROOT));
    expect(knip(copy, PRODUCTION)).toEqual({ status: 0, issues: [] });

    appendFileSync(join(copy, 'src/core/dates/partialDate.ts'), '\nexport function plantedTestOnly(): number {\n  return 1;\n}\n');
    writeFileSync(join(copy, 'src/core/model/plantedTestOnly.ts'), 'export const testOnly = 1;\n');
    writeFileSync(join(copy, 'src/core/layout/plantedTestOnly.ts'), 'export const layoutTestOnly = 1;\n');
    writeFileSync(
      join(copy, 'test/core/plantedUse.test.ts'),
      [
        "import { expect, it } from 'vitest';",
        "import { plantedTestOnly } from '../../src/core/dates/partialDate';",
        "import { testOnly } from '../../src/core/model/plantedTestOnly';",
        "import { layoutTestOnly } from '../../src/core/layout/plantedTestOnly';",
        "it('uses them', () => expect(plantedTestOnly() + testOnly + layoutTestOnly).toBe(3));",
        '',
      ].join('\n'),
    );
    // The whole-tree run counts the test as a use; the production run does not.
    expect(knip(copy).status).toBe(0);
    const planted = knip(copy, PRODUCTION);
    expect(planted.status).not.toBe(0);
    expect(findings(planted.issues)).toEqual(['export src/core/dates/partialDate.ts plantedTestOnly', 'file src/core/model/plantedTestOnly.ts']);
    unplant();
  }, 60_000);
});

describe('npm run lint', () => {
  it('runs the import boundaries, the core without the DOM and both dead-code checks, and CI runs it', () => {
    const { scripts } = readManifest(ROOT);
    expect(scripts.lint!.split(' && ')).toEqual(['eslint .', 'tsc -p tsconfig.core.json --noEmit', 'knip', `knip ${PRODUCTION.join(' ')}`]);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n')).toContain('npm run lint');
  });

  it('the command line runs through tsx, which is a dependency (knip does not read the scripts in its production run)', () => {
    const { scripts, dependencies } = readManifest(ROOT);
    expect(scripts.export).toMatch(/^tsx src\/cli\/export\.ts$/);
    expect(scripts.quality).toMatch(/^tsx src\/cli\/quality\.ts$/);
    expect(Object.keys(dependencies)).toEqual(expect.arrayContaining(['tsx', '@resvg/resvg-js']));
  });
});
