/** One record of a CSV file and the line it starts on (1-based, counting the heading). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[]; separator: string } | { ok: false; message: string };

/** The separator the heading record uses most (outside quotes): comma, semicolon (spreadsheets set to a comma decimal) or tab. */
function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted cells with doubled quotes, line breaks
 * inside quotes, CRLF or LF, a byte-order mark. Blank lines are skipped. An unclosed quote is
 * reported with the line it opened on.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  // Unquoted text runs to the next separator, line break or quote; quoted text to the next quote.
  const special = new RegExp(`[${sep === '\t' ? '\\t' : sep}\r\n"]`, 'g');
  while (i < text.length) {
    if (quoted) {
      const close = text.indexOf('"', i);
      // Never closed: reported below, with the line it opened on.
      if (close < 0) break;
      const part = text.slice(i, close);
      for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line++;
      cell += part;
      if (text[close + 1] === '"') {
        cell += '"';
        i = close + 2;
        continue;
      }
      quoted = false;
      i = close + 1;
      continue;
    }
    special.lastIndex = i;
    const found = special.exec(text);
    const stop = found ? found.index : text.length;
    if (stop > i) {
      cell += text.slice(i, stop);
      i = stop;
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
      i++;
    } else if (ch === '"') {
      cell += ch;
      i++;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    }
  }
  if (quoted) return { ok: false, message: `Line ${quoteLine}: a quoted cell is never closed (a " is missing)` };
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records, separator: sep };
}

function quote(cell: string): string {
  return /[",;\t\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV (comma-separated, CRLF, quoted where needed), a spreadsheet opens it as written. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
