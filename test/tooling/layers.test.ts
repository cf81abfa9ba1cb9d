import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run lint` holds the layers (eslint.config.js) and keeps the DOM out of the core
// (tsconfig.core.json). Each check is shown failing on a planted violation, so a config that
// quietly stopped checking would be caught here.

const ROOT = resolve(__dirname, '../..');

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the import boundaries (ESLint)', () => {
  it('refuses imports against the flow: core ← editor ← platform ← ui', async () => {
    expect(await boundaryErrors('src/core/model/planted.ts', "import { createEditor } from '../../editor/createEditor';\nexport const x = createEditor;\n")).toEqual([
      expect.stringMatching(/^core may not import editor/),
    ]);
    expect(await boundaryErrors('src/editor/planted.ts', "import { createLayoutClient } from '../platform/layoutClient';\nexport const x = createLayoutClient;\n")).toEqual([
      expect.stringMatching(/^editor may not import platform/),
    ]);
    expect(await boundaryErrors('src/platform/planted.ts', "import { useFigure } from '../ui/canvas/useFigure';\nexport const x = useFigure;\n")).toEqual([
      expect.stringMatching(/^platform may not import ui/),
    ]);
    expect(await boundaryErrors('src/cli/planted.ts', "import { createFileService } from '../platform/files/fileService';\nexport const x = createFileService;\n")).toEqual([
      expect.stringMatching(/^cli may not import platform/),
    ]);
  }, 60_000);

  it('keeps React out of the core and the editor, and zustand out of the core', async () => {
    expect(await boundaryErrors('src/core/model/planted.ts', "import { useState } from 'react';\nimport { createStore } from 'zustand/vanilla';\nexport const x = [useState, createStore];\n")).toEqual([
      expect.stringMatching(/core may not use react/),
      expect.stringMatching(/core may not use zustand/),
    ]);
    expect(await boundaryErrors('src/editor/planted.ts', "import { useStore } from 'zustand';\nimport { ReactFlow } from '@xyflow/react';\nexport const x = [useStore, ReactFlow];\n")).toEqual([
      expect.stringMatching(/editor may not use zustand's React hook/),
      expect.stringMatching(/editor may not use @xyflow\/react/),
    ]);
  }, 60_000);

  it('lets each layer use the ones below it', async () => {
    expect(await boundaryErrors('src/ui/planted.ts', "import { figure } from '../editor/figure';\nimport { createLayoutClient } from '../platform/layoutClient';\nimport { today } from '../core/dates/partialDate';\nexport const x = [figure, createLayoutClient, today];\n")).toEqual([]);
    expect(await boundaryErrors('src/editor/planted.ts', "import { createStore } from 'zustand/vanilla';\nimport { today } from '../core/dates/partialDate';\nexport const x = [createStore, today];\n")).toEqual([]);
  }, 60_000);
});

describe('the core without the DOM (tsconfig.core.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'core-dom-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Compiles one file with the core's compiler settings; returns tsc's complaints. */
  function compileAsCore(code: string): string {
    const file = join(dir, `planted${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, code);
    const config = join(dir, 'tsconfig.json');
    writeFileSync(config, JSON.stringify({ extends: join(ROOT, 'tsconfig.core.json'), include: [file, join(ROOT, 'typings/coreGlobals.d.ts')] }));
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config, '--noEmit'], { encoding: 'utf8' });
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout);
    }
  }

  it('fails to compile a browser global, and compiles what every engine has', () => {
    expect(compileAsCore('export const title = document.title;\nexport const ok = fetch;\n')).toMatch(/Cannot find name 'document'[\s\S]*Cannot find name 'fetch'/);
    // The ones the old purity test let through: reached through globalThis, or not on its list.
    const through = compileAsCore('export const a = globalThis.document;\nexport const b = self;\nexport const c = location.href;\nexport const d = new Blob([]);\n');
    expect(through).toMatch(/\(1,\d+\): error TS7017: .*'typeof globalThis' has no index signature/);
    for (const name of ['self', 'location', 'Blob']) expect(through).toContain(`Cannot find name '${name}'`);
    expect(compileAsCore("export const bytes = new TextEncoder().encode('a');\nexport const copy = structuredClone({ a: 1 });\n")).toBe('');
  }, 60_000);
});
