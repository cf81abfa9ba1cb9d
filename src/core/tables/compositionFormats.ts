import { outputText } from '../model/textHygiene';
import type { FamilyTable } from './compositionTypes';

/**
 * A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it
 * as a formula, and so is one after a separator inside the cell (`a;=1+1`), since a spreadsheet
 * that splits on semicolons, tabs or commas would start a cell there.
 */
function csvCell(text: string): string {
  const value = outputText(text);
  const led = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const safe = led.replace(/([;,\t\r\n])(\s*)([=+\-@])/g, "$1$2'$3");
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "Family table as at 12 Mar 2025" ("as at Mar 2025" when published): the heading of every format. */
export function familyTableTitle(table: FamilyTable): string {
  return `Family table as at ${table.asAtLabel}`;
}

/** One CSV table (RFC 4180, CRLF line ends), a header row then one row per person; the date goes in the file name, not the data. */
export function familyTableToCsv(table: FamilyTable): string {
  const lines = [table.columns.map((c) => csvCell(c.title)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
  return lines.join('\r\n') + '\r\n';
}

function markdownCell(value: string): string {
  return outputText(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]<>#])/g, '\\$1');
}

/** A heading and one pipe table, for pasting into a report. */
export function familyTableToMarkdown(table: FamilyTable): string {
  const out = [`### ${familyTableTitle(table)}`, ''];
  out.push(`| ${table.columns.map((c) => c.title).join(' | ')} |`);
  out.push(`|${table.columns.map(() => ' --- ').join('|')}|`);
  for (const row of table.rows) out.push(`| ${table.columns.map((c) => markdownCell(row[c.key])).join(' | ')} |`);
  out.push('');
  return out.join('\n');
}

function html(value: string): string {
  return outputText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A standalone HTML fragment: one captioned table, every text escaped. */
export function familyTableToHtml(table: FamilyTable): string {
  const out = ['<table class="family-table">', `<caption>${html(familyTableTitle(table))}</caption>`];
  out.push(`<thead><tr>${table.columns.map((c) => `<th scope="col">${html(c.title)}</th>`).join('')}</tr></thead>`, '<tbody>');
  for (const row of table.rows) out.push(`<tr>${table.columns.map((c) => `<td>${html(row[c.key])}</td>`).join('')}</tr>`);
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
