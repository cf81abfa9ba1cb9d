// Mutations of real files, as fast-check arbitraries: the damage that files
// suffer in the wild (truncation, bit rot, lines lost or doubled, editors that
// change line endings or encodings) and the damage an attacker would try.
import fc from 'fast-check';

export type ByteMutation = (bytes: Uint8Array) => Uint8Array;

const flipBytes = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
  .map((flips): ByteMutation => (bytes) => {
    const out = bytes.slice();
    for (const [where, value] of flips) if (out.length) out[Math.floor(where * out.length)] = value;
    return out;
  });

const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map((where): ByteMutation => (bytes) => bytes.slice(0, Math.floor(where * bytes.length)));

const spliceGarbage = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 300 }))
  .map(([where, garbage]): ByteMutation => (bytes) => {
    const at = Math.floor(where * bytes.length);
    const out = new Uint8Array(bytes.length + garbage.length);
    out.set(bytes.subarray(0, at));
    out.set(garbage, at);
    out.set(bytes.subarray(at), at + garbage.length);
    return out;
  });

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(flipBytes, truncate, spliceGarbage);

export type LineMutation = (lines: string[]) => string[];

const pick = (where: number, length: number) => Math.min(length - 1, Math.floor(where * length));
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const lineMutation: fc.Arbitrary<LineMutation> = fc.oneof(
  // Lose a run of lines.
  fc.tuple(position, fc.integer({ min: 1, max: 40 })).map(([w, n]): LineMutation => (lines) => {
    const at = pick(w, lines.length);
    return [...lines.slice(0, at), ...lines.slice(at + n)];
  }),
  // Double a run of lines (records with the same xref twice, repeated tags).
  fc.tuple(position, fc.integer({ min: 1, max: 40 })).map(([w, n]): LineMutation => (lines) => {
    const at = pick(w, lines.length);
    return [...lines.slice(0, at + n), ...lines.slice(at, at + n), ...lines.slice(at + n)];
  }),
  // Move a line elsewhere (children before their parents, levels out of order).
  fc.tuple(position, position).map(([a, b]): LineMutation => (lines) => {
    const from = pick(a, lines.length);
    const out = lines.slice();
    const [line] = out.splice(from, 1);
    out.splice(pick(b, out.length + 1), 0, line ?? '');
    return out;
  }),
  // Change a line's level (skipped levels, negative or huge numbers).
  fc.tuple(position, fc.constantFrom('-1', '0', '1', '2', '3', '9', '99', '007', 'x', '')).map(([w, level]): LineMutation => (lines) => {
    const at = pick(w, lines.length);
    const out = lines.slice();
    out[at] = (out[at] ?? '').replace(/^\s*\S*/, level);
    return out;
  }),
  // Point a reference somewhere else: missing, void, self, malformed.
  fc.tuple(position, fc.constantFrom('@VOID@', '@I999999@', '@@', '@', '@I1@', '@F1@', '@ @', '@I1@ @I2@')).map(([w, ref]): LineMutation => (lines) => {
    const out = lines.slice();
    const refLines = out.map((l, i) => (/@[^@\s]+@\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (refLines.length === 0) return out;
    const at = refLines[pick(w, refLines.length)]!;
    out[at] = out[at]!.replace(/@[^@\s]+@\s*$/, ref);
    return out;
  }),
  // Replace a value with hostile or extreme text.
  fc.tuple(position, fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '&amp;&', '\u202Eevil', 'x'.repeat(20_000), 'BET 1900 AND', 'ABT', 'FROM TO', 'INT 1900 (', '31 FEB 1900', '0 0 0', '/ / /'))).map(
    ([w, value]): LineMutation => (lines) => {
      const out = lines.slice();
      const at = pick(w, out.length);
      const m = /^(\s*\d+\s+(?:@[^@]+@\s+)?\S+)/.exec(out[at] ?? '');
      out[at] = m ? `${m[1]} ${value}` : value;
      return out;
    },
  ),
  // Continuation lines where they make no sense.
  fc.tuple(position, fc.constantFrom('CONC', 'CONT'), fc.string({ maxLength: 50 })).map(([w, tag, value]): LineMutation => (lines) => {
    const out = lines.slice();
    out.splice(pick(w, out.length + 1), 0, `${Math.floor(w * 5)} ${tag} ${value}`);
    return out;
  }),
  // Claim another character set than the bytes use.
  fc.constantFrom('ANSEL', 'UNICODE', 'ASCII', 'ANSI', 'UTF-8', 'IBMPC', 'nonsense').map((charset): LineMutation => (lines) => lines.map((l) => l.replace(/^(\s*1\s+CHAR\s+).*$/, `$1${charset}`))),
);

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
