import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/core/chronology/csv';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, line breaks in quotes, CRLF and a byte-order mark, with each record\'s line', () => {
    const r = parseCsv('\ufeffDate,Event\r\n1 May 2016,"Visit, with ""quotes"""\r\n\r\n2 May 2016,"two\nlines"\n3 May 2016,x');
    expect(r).toEqual({
      ok: true,
      separator: ',',
      records: [
        { line: 1, cells: ['Date', 'Event'] },
        { line: 2, cells: ['1 May 2016', 'Visit, with "quotes"'] },
        { line: 4, cells: ['2 May 2016', 'two\nlines'] },
        { line: 6, cells: ['3 May 2016', 'x'] },
      ],
    });
  });

  it('takes the separator the heading uses', () => {
    const r = parseCsv('Date;Event\n1 May 2016;a, b');
    expect(r.ok && r.records[1]!.cells).toEqual(['1 May 2016', 'a, b']);
    const t = parseCsv('Date\tEvent\n1 May 2016\ta');
    expect(t.ok && t.records[1]!.cells).toEqual(['1 May 2016', 'a']);
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('Date,Event\n1 May 2016,"never closed\nmore')).toEqual({ ok: false, message: 'Line 2: a quoted cell is never closed (a " is missing)' });
  });

  it('reads back what it writes', () => {
    const rows = [['a', 'b,c', 'd"e'], ['line\nbreak', ' padded ', '']];
    const r = parseCsv(writeCsv(rows));
    expect(r.ok && r.records.map((x) => x.cells)).toEqual(rows);
  });

  it('reads back any table it writes (any text, quotes, separators and line breaks in cells)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', '\n', '\r', '\t', 'é', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const r = parseCsv(writeCsv(rows));
        expect(r.ok && r.records.map((x) => x.cells)).toEqual(rows);
      }),
    );
  });
});
