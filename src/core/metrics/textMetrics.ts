// Text widths are estimated, not measured: the core has no DOM. The factors are
// average advance widths of Atkinson Hyperlegible, rounded up so boxes err on the large side.

const NARROW = new Set("il.,:;'|!()[]{}`ıj".split(''));
const WIDE = new Set('mwMW@%&'.split(''));

/** Characters measured since the module loaded: tests count the work of laying text out. */
let measured = 0;

/**
 * How many characters the text measurements have looked at so far (a work count for tests).
 * @internal for tests: the count lives in this module, so no test helper can keep it.
 */
export function measuredCharacters(): number {
  return measured;
}

function charEm(ch: string): number {
  measured++;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.88;
  if (ch === ' ') return 0.28;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (ch.charCodeAt(0) > 0x2e80) return 1; // CJK and similar full-width scripts
  return 0.56;
}

/** An em width in pixels, multiplied in the order textWidth multiplies, so comparisons agree with it. */
const pixels = (em: number, size: number, weight: 400 | 700) => em * size * (weight === 700 ? 1.06 : 1);

export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return pixels(em, size, weight);
}

/**
 * The em width of `from` followed by `text`, added character by character exactly as
 * textWidth adds them, stopping as soon as it passes `limitEm`: a word far wider than a line
 * costs no more than the line. Returns Infinity when it passed.
 */
function emAfter(from: number, text: string, limitEm: number): number {
  let em = from;
  for (const ch of text) {
    em += charEm(ch);
    if (em > limitEm) return Infinity;
  }
  return em;
}

/**
 * Breaks text into at most maxLines lines no wider than maxWidth, breaking at spaces where
 * possible; the last line ends in "…" if text had to be left out.
 * The work is bounded by what is shown (maxLines lines of maxWidth), not by the length of
 * the text: words are read one at a time and a word wider than a line is measured only as far as it fits.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, weight: 400 | 700 = 400): string[] {
  // The same comparison as textWidth(candidate) <= maxWidth; past limitEm nothing can fit.
  const fitsEm = (em: number) => pixels(em, size, weight) <= maxWidth;
  const limitEm = maxWidth / pixels(1, size, weight) + 1e-9;
  const wordsRe = /\S+/g;
  const nextWord = (): string | undefined => wordsRe.exec(text)?.[0];
  const lines: string[] = [];
  let current = '';
  let currentEm = 0;
  let word = nextWord();
  while (word !== undefined && lines.length < maxLines) {
    const em = current ? emAfter(emAfter(currentEm, ' ', limitEm), word, limitEm) : emAfter(0, word, limitEm);
    const split = em !== Infinity && fitsEm(em) ? undefined : hyphenSplit(word, current ? emAfter(currentEm, ' ', limitEm) : 0, limitEm, fitsEm);
    if (em !== Infinity && fitsEm(em)) {
      current = current ? `${current} ${word}` : word;
      currentEm = em;
      word = nextWord();
    } else if (split) {
      // A word wider than a line ("great-grandmother") breaks after a hyphen, so a role label wraps instead of being cut.
      lines.push(current ? `${current} ${split[0]}` : split[0]);
      current = '';
      currentEm = 0;
      word = split[1];
    } else if (!current) {
      // A single word wider than the line: cut it.
      lines.push(fitWithEllipsis(word, maxWidth, size, weight));
      word = nextWord();
    } else {
      lines.push(current);
      current = '';
      currentEm = 0;
    }
  }
  if (current && lines.length < maxLines) lines.push(current);
  if (word !== undefined && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = fitWithEllipsis(`${lines[last]!}…`, maxWidth, size, weight);
  } else {
    keepShortLastWordCompany(lines, maxWidth, size, weight);
  }
  return lines;
}

/**
 * A word too wide for a whole line, split after its last hyphen that still fits on the line
 * after `fromEm` ("great-" / "grandmother"); undefined for a word that fits a line of its own
 * (it moves to the next line whole) or has no hyphen that fits. Reads the word only as far as
 * the line reaches.
 */
function hyphenSplit(word: string, fromEm: number, limitEm: number, fitsEm: (em: number) => boolean): [string, string] | undefined {
  const alone = emAfter(0, word, limitEm);
  if (fromEm === Infinity || (alone !== Infinity && fitsEm(alone))) return undefined;
  let em = fromEm;
  let cut = -1;
  let i = 0;
  for (const ch of word) {
    em += charEm(ch);
    if (em > limitEm || !fitsEm(em)) break;
    i += ch.length;
    if (ch === '-' && i < word.length) cut = i;
  }
  return cut > 0 ? [word.slice(0, cut), word.slice(cut)] : undefined;
}

/**
 * "Mother's partner" / "1" reads badly: a last line holding only a short word (a number,
 * an initial) takes the word before it along, when that still fits.
 */
function keepShortLastWordCompany(lines: string[], maxWidth: number, size: number, weight: 400 | 700): void {
  if (lines.length < 2) return;
  const last = lines.length - 1;
  const lastLine = lines[last]!;
  const before = lines[last - 1]!.split(' ');
  if (lastLine.includes(' ') || Array.from(lastLine).length > 3 || before.length < 2) return;
  const moved = `${before[before.length - 1]!} ${lastLine}`;
  if (textWidth(moved, size, weight) > maxWidth) return;
  lines[last - 1] = before.slice(0, -1).join(' ');
  lines[last] = moved;
}

/**
 * The text if it fits, else its longest start (at least one character) that fits with "…"
 * after it. One pass over the start that is kept: the widths are added as textWidth adds them.
 */
function fitWithEllipsis(text: string, maxWidth: number, size: number, weight: 400 | 700): string {
  const limitEm = maxWidth / pixels(1, size, weight) + 1e-9;
  const whole = emAfter(0, text, limitEm);
  if (whole !== Infinity && pixels(whole, size, weight) <= maxWidth) return text;
  const ellipsisEm = charEm('…');
  let kept = '';
  let em = 0;
  for (const ch of text.endsWith('…') ? text.slice(0, -1) : text) {
    const next = em + charEm(ch);
    if (kept && pixels(next + ellipsisEm, size, weight) > maxWidth) break;
    kept += ch;
    em = next;
  }
  return `${kept}…`;
}
