import { parsePartialDate } from '../core/dates/partialDate';
import type { PartialDate } from '../core/model/types';

export type ExportFormat = 'svg' | 'png' | 'json' | 'gedcom' | 'layout' | 'table' | 'docx' | 'description' | 'chronology';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['svg', 'png', 'json', 'gedcom', 'layout', 'table', 'docx', 'description', 'chronology'];
/** The formats that speak of a subject child (relationships, roles, the description) or draw one (a figure's labels and double outline). */
const SUBJECT_FORMATS: readonly ExportFormat[] = ['table', 'docx', 'description', 'svg', 'png'];

/** How the family table (--format table) is written. */
export type TableFormat = 'csv' | 'markdown' | 'html';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'markdown', 'html'];
const TABLE_EXTENSION: Record<TableFormat, string> = { csv: 'csv', markdown: 'md', html: 'html' };
const FORMAT_EXTENSION: Record<Exclude<ExportFormat, 'table'>, string> = {
  svg: '.svg',
  png: '.png',
  json: '.genogram.json',
  gedcom: '.ged',
  layout: '.layout.json',
  docx: '.docx',
  description: '.description.txt',
  chronology: '.chronology.csv',
};

export interface ExportArgs {
  input: string;
  format: ExportFormat;
  publication: boolean;
  asAt?: PartialDate;
  /** Absent: next to the input, with the format's extension. "-" writes to standard output. */
  out?: string;
  /** SVG and PNG: printed width in centimetres (absent: the narrowest page width at which the smallest text is 7 pt); PNG: resolution. */
  widthCm?: number;
  dpi: number;
  title?: string;
  caption?: string;
  /** Table, docx, description, SVG and PNG: the subject child, by name, id or GEDCOM xref (default: the first marked subject). */
  subject?: string;
  /** Table only: csv, markdown or html (default: from the --out extension, else markdown). */
  table?: TableFormat;
  /** A chronology table (CSV) merged into the document before any export. */
  chronology?: string;
}

export const USAGE = `Usage: npm run export -- FILE.(genogram.json|ged) --format svg|png|json|gedcom|layout|table|docx|description|chronology
         [--publication] [--as-at DATE] [--out PATH|-] [--width-cm CM] [--dpi 300]
         [--title TEXT] [--caption TEXT]
       table, docx, description, svg, png: [--subject "NAME", id or @XREF@]
       table: [--table csv|markdown|html]
       any format: [--chronology EVENTS.csv] (merged into the document; --format chronology writes the merged chronology as CSV)`;

/** Reads the command line (without "node script"); every mistake is named. */
export function parseExportArgs(argv: readonly string[]): { ok: true; args: ExportArgs } | { ok: false; message: string } {
  let input: string | undefined;
  let format: ExportFormat | undefined;
  const args: Partial<ExportArgs> = { publication: false, dpi: 300 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--format': {
        const v = value();
        if (!v || !EXPORT_FORMATS.includes(v as ExportFormat)) return { ok: false, message: `--format must be one of ${EXPORT_FORMATS.join(', ')} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})` };
        format = v as ExportFormat;
        break;
      }
      case '--publication':
        args.publication = true;
        break;
      case '--as-at': {
        const v = value();
        if (v === undefined) return { ok: false, message: '--as-at needs a date, e.g. --as-at 2024-03-31' };
        const parsed = parsePartialDate(v);
        if (!parsed.ok) return { ok: false, message: `--as-at: ${parsed.message}` };
        if (!parsed.date) return { ok: false, message: '--as-at needs a date, e.g. --as-at 2024-03-31' };
        args.asAt = parsed.date;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) return { ok: false, message: '--out needs a path (or "-" for standard output)' };
        args.out = v;
        break;
      }
      case '--width-cm':
      case '--dpi': {
        const v = value();
        const n = Number(v);
        const [min, max] = flag === '--dpi' ? [30, 2400] : [1, 500];
        if (v === undefined || !Number.isFinite(n) || n < min || n > max) return { ok: false, message: `${flag} must be a number from ${min} to ${max} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})` };
        if (flag === '--dpi') args.dpi = n;
        else args.widthCm = n;
        break;
      }
      case '--subject': {
        const v = value();
        if (!v?.trim()) return { ok: false, message: '--subject needs the subject child\'s name or id, e.g. --subject "Amy Carter"' };
        args.subject = v.trim();
        break;
      }
      case '--table': {
        const v = value();
        if (!v || !TABLE_FORMATS.includes(v as TableFormat)) return { ok: false, message: `--table must be one of ${TABLE_FORMATS.join(', ')} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})` };
        args.table = v as TableFormat;
        break;
      }
      case '--chronology': {
        const v = value();
        if (!v) return { ok: false, message: '--chronology needs a CSV file, e.g. --chronology events.csv' };
        args.chronology = v;
        break;
      }
      case '--title':
      case '--caption': {
        const v = value();
        if (v === undefined) return { ok: false, message: `${flag} needs a text` };
        if (flag === '--title') args.title = v;
        else args.caption = v;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, message: USAGE };
      default:
        if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `Unknown option ${arg}\n${USAGE}` };
        if (input !== undefined) return { ok: false, message: `Only one input file, please (got ${JSON.stringify(input)} and ${JSON.stringify(arg)})` };
        input = arg;
    }
  }
  if (input === undefined) return { ok: false, message: `No input file given.\n${USAGE}` };
  if (!/\.(genogram\.json|json|ged|gedcom)$/i.test(input)) return { ok: false, message: `The input must be a .genogram.json or .ged file (got ${JSON.stringify(input)})` };
  if (!format) return { ok: false, message: `No --format given: choose ${EXPORT_FORMATS.join(', ')}.\n${USAGE}` };
  if (format !== 'table' && args.table !== undefined) return { ok: false, message: `--table goes with --format table (got --format ${format})` };
  if (!SUBJECT_FORMATS.includes(format) && args.subject !== undefined) {
    return { ok: false, message: `--subject goes with --format ${SUBJECT_FORMATS.join(', ')} (got --format ${format})` };
  }
  if (format === 'table' && args.table === undefined) {
    const ext = /\.(csv|md|markdown|html?)$/i.exec(args.out ?? '')?.[1]?.toLowerCase();
    args.table = ext === 'csv' ? 'csv' : ext?.startsWith('htm') ? 'html' : 'markdown';
  }
  return { ok: true, args: { ...(args as ExportArgs), input, format } };
}

/** The default output path: the input's name with the format's extension, beside it. */
export function defaultOutPath(input: string, format: ExportFormat, publication: boolean, table: TableFormat = 'markdown'): string {
  const stem = input.replace(/\.(genogram\.json|json|ged|gedcom)$/i, '');
  const tag = publication ? '.publication' : '';
  const ext = format === 'table' ? `.table.${TABLE_EXTENSION[table]}` : FORMAT_EXTENSION[format];
  return `${stem}${tag}${ext}`;
}
