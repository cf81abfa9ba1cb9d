import { formatDate } from '../dates/partialDate';
import { COMPOSITION_COLUMNS, type Composition } from './compositionTypes';

/** A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV table (RFC 4180, CRLF line ends) with a Household column; the date goes in the file name, not the data. */
export function compositionToCsv(composition: Composition): string {
  const lines = [['Household', ...COMPOSITION_COLUMNS.map((c) => c.title)].map(csvCell).join(',')];
  for (const h of composition.households) {
    for (const row of h.rows) lines.push([h.label, ...COMPOSITION_COLUMNS.map((c) => row[c.key])].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]<>#])/g, '\\$1');
}

/** A heading and a pipe table per household, for pasting into a report. */
export function compositionToMarkdown(composition: Composition): string {
  const out = [`Household composition as at ${formatDate(composition.asAt)}`, ''];
  for (const h of composition.households) {
    out.push(`### ${markdownCell(h.label)}`, '');
    out.push(`| ${COMPOSITION_COLUMNS.map((c) => c.title).join(' | ')} |`);
    out.push(`|${COMPOSITION_COLUMNS.map(() => ' --- ').join('|')}|`);
    for (const row of h.rows) out.push(`| ${COMPOSITION_COLUMNS.map((c) => markdownCell(row[c.key])).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

function html(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A standalone HTML fragment: one captioned table per household, every text escaped. */
export function compositionToHtml(composition: Composition): string {
  const out = [`<section class="household-composition">`, `<h2>Household composition as at ${html(formatDate(composition.asAt))}</h2>`];
  for (const h of composition.households) {
    out.push('<table>', `<caption>${html(h.label)}</caption>`);
    out.push(`<thead><tr>${COMPOSITION_COLUMNS.map((c) => `<th scope="col">${html(c.title)}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const row of h.rows) out.push(`<tr>${COMPOSITION_COLUMNS.map((c) => `<td>${html(row[c.key])}</td>`).join('')}</tr>`);
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');
  return out.join('\n');
}
