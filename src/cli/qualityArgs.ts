import { parsePartialDate } from '../core/dates/partialDate';
import type { QualityOptions } from './runQuality';

export const QUALITY_USAGE = 'Usage: npm run quality -- FILE.(genogram.json|ged) [--json] [--all] [--as-at DATE]';

/** Reads the command line (without "node script"); every mistake is named. */
export function parseQualityArgs(argv: readonly string[]): { ok: true; input: string; options: QualityOptions } | { ok: false; message: string } {
  let input: string | undefined;
  const options: QualityOptions = { json: false, all: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--all') options.all = true;
    else if (arg === '--as-at') {
      const v = argv[++i];
      const parsed = v === undefined ? undefined : parsePartialDate(v);
      if (!parsed || !parsed.ok || !parsed.date) return { ok: false, message: `--as-at needs a date, e.g. --as-at 2024-03-31${parsed && !parsed.ok ? ` (${parsed.message})` : ''}` };
      options.asAt = parsed.date;
    } else if (arg === '--help' || arg === '-h') return { ok: false, message: QUALITY_USAGE };
    else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}\n${QUALITY_USAGE}` };
    else if (input !== undefined) return { ok: false, message: `Only one input file, please (got ${JSON.stringify(input)} and ${JSON.stringify(arg)})` };
    else input = arg;
  }
  if (input === undefined) return { ok: false, message: `No input file given.\n${QUALITY_USAGE}` };
  if (!/\.(genogram\.json|json|ged|gedcom)$/i.test(input)) return { ok: false, message: `The input must be a .genogram.json or .ged file (got ${JSON.stringify(input)})` };
  return { ok: true, input, options };
}

