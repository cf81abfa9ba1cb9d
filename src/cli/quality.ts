// `npm run quality -- FILE.(ged|genogram.json) [--json] [--all] [--as-at DATE]`: the figure's
// legibility counts (src/core/quality/legibility.ts), measured on the Scene the export draws.
// The report goes to standard output; notes and errors to standard error (exit code 1 on error).
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../core/format/load';
import { parseQualityArgs } from './qualityArgs';
import { runQuality } from './runQuality';

function fail(message: string): never {
  process.stderr.write(`quality: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const parsed = parseQualityArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message);
  let bytes: Uint8Array;
  try {
    const size = statSync(parsed.input).size;
    if (size > MAX_FILE_BYTES) fail(`${parsed.input}: the file is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are refused.`);
    bytes = new Uint8Array(readFileSync(parsed.input));
  } catch (error) {
    const code = (error as { code?: string }).code;
    fail(code === 'ENOENT' ? `${parsed.input}: no such file` : code === 'EISDIR' ? `${parsed.input}: is a folder, not a file` : `${parsed.input}: cannot be read (${String(error)})`);
  }
  const outcome = await runQuality(parsed.input, bytes, parsed.options);
  if (!outcome.ok) fail(outcome.message);
  for (const note of outcome.notes) process.stderr.write(`${note}\n`);
  process.stdout.write(outcome.output);
}

main().catch((error: unknown) => fail(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`));
