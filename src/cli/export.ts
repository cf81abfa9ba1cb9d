// `npm run export -- FILE --format svg|png|json|gedcom|layout|table|chronology [--chronology EVENTS.csv] …`: batch export with the headless editor, without a browser.
// Errors go to standard error with exit code 1; notes (what was read, PNG size) also go to
// standard error, so standard output can carry the export itself with --out -.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../core/format/load';
import { defaultOutPath, parseExportArgs } from './exportArgs';
import { runExport } from './runExport';

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const parsed = parseExportArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message);
  const { args } = parsed;
  let bytes: Uint8Array;
  try {
    const size = statSync(args.input).size;
    if (size > MAX_FILE_BYTES) fail(`${args.input}: the file is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are refused.`);
    bytes = new Uint8Array(readFileSync(args.input));
  } catch (error) {
    const code = (error as { code?: string }).code;
    fail(code === 'ENOENT' ? `${args.input}: no such file` : code === 'EISDIR' ? `${args.input}: is a folder, not a file` : `${args.input}: cannot be read (${String(error)})`);
  }
  let chronology: Uint8Array | undefined;
  if (args.chronology !== undefined) {
    try {
      chronology = new Uint8Array(readFileSync(args.chronology));
    } catch (error) {
      const code = (error as { code?: string }).code;
      fail(code === 'ENOENT' ? `${args.chronology}: no such file` : `${args.chronology}: cannot be read (${String(error)})`);
    }
  }
  const outcome = await runExport(args, bytes, chronology);
  if (!outcome.ok) fail(outcome.message);
  for (const note of outcome.notes) process.stderr.write(`${note}\n`);
  const out = args.out ?? defaultOutPath(args.input, args.format, args.publication, args.table);
  if (out === '-') {
    process.stdout.write(outcome.output);
    return;
  }
  try {
    writeFileSync(out, outcome.output);
  } catch (error) {
    fail(`cannot write ${out} (${(error as { code?: string }).code ?? String(error)})`);
  }
  process.stderr.write(`Written ${out}\n`);
}

main().catch((error: unknown) => fail(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`));
