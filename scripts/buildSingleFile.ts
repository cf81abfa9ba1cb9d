// `npm run build` step two: one self-contained HTML file that works when opened
// straight from disk with no network (dist-single/genogram-editor.html).
// Run with `npx tsx scripts/buildSingleFile.ts` after the normal build.
import { build } from 'vite';
import { readFileSync, rmSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { inlineWorkersPlugin } from './inlineWorkersPlugin';
import { foldIntoSingleFile } from './singleFileHtml';

export interface SingleFileOptions {
  configFile?: string;
  outDir?: string;
  fileName?: string;
}

export async function buildSingleFile(options: SingleFileOptions = {}): Promise<string> {
  const OUT_DIR = resolve(options.outDir ?? 'dist-single');
  const PARTS_DIR = join(OUT_DIR, 'parts');
  const SINGLE_FILE = join(OUT_DIR, options.fileName ?? 'genogram-editor.html');
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  // Run from a test runner, NODE_ENV may say "test", which would bundle React's development build.
  process.env.NODE_ENV = 'production';
  // No service worker or manifest: a file opened from disk cannot have them (see vite.config.ts).
  process.env.GENOGRAM_SINGLE_FILE = '1';
  await build({
    mode: 'production',
    configFile: resolve(options.configFile ?? 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [inlineWorkersPlugin()],
    build: {
      outDir: PARTS_DIR,
      emptyOutDir: true,
      // Fonts and images become data URLs; a file:// page can read no other file.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    // Chromium refuses module workers from blob: URLs in a file:// page (opaque origin) but runs
    // classic ones, so the inlined worker is built as one classic script.
    worker: { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } },
  });
  const readAsset = (relative: string) => {
    const path = normalize(join(PARTS_DIR, relative));
    if (!path.startsWith(PARTS_DIR)) throw new Error(`The build refers to ${relative}, outside its folder`);
    return readFileSync(path, 'utf8');
  };
  const html = foldIntoSingleFile(readFileSync(join(PARTS_DIR, 'index.html'), 'utf8'), readAsset);
  writeFileSync(SINGLE_FILE, html);
  const parts = readdirSync(join(PARTS_DIR, 'assets'));
  // A chunk or worker the build emitted as a file would fail to load from disk: refuse to ship that.
  const stillReferenced = parts.filter((file) => /\.(js|mjs|wasm|css|ttf|woff2?)$/.test(file) && html.includes(file));
  if (stillReferenced.length > 0) throw new Error(`The single file still refers to separate files: ${stillReferenced.join(', ')}`);
  rmSync(PARTS_DIR, { recursive: true, force: true });
  console.log(`Single file: ${SINGLE_FILE} (${(html.length / 1024 / 1024).toFixed(2)} MB, folded from ${parts.length} built files)`);
  return SINGLE_FILE;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSingleFile().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
