// Text widths are estimated, not measured: the core has no DOM. The factors are
// average advance widths of Atkinson Hyperlegible, rounded up so boxes err on the large side.

const NARROW = new Set("il.,:;'|!()[]{}`ıj".split(''));
const WIDE = new Set('mwMW@%&'.split(''));

export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch === ' ') em += 0.28;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else if (ch.charCodeAt(0) > 0x2e80) em += 1; // CJK and similar full-width scripts
    else em += 0.56;
  }
  return em * size * (weight === 700 ? 1.06 : 1);
}

/**
 * Breaks text into at most maxLines lines no wider than maxWidth, breaking at spaces where
 * possible; the last line ends in "…" if text had to be left out.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, weight: 400 | 700 = 400): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size, weight) <= maxWidth) {
      current = candidate;
      i++;
    } else if (!current) {
      // A single word wider than the line: cut it.
      lines.push(fitWithEllipsis(word, maxWidth, size, weight));
      i++;
    } else {
      lines.push(current);
      current = '';
    }
  }
  if (current && lines.length < maxLines) lines.push(current);
  if (i < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = fitWithEllipsis(`${lines[last]!}…`, maxWidth, size, weight);
  } else {
    keepShortLastWordCompany(lines, maxWidth, size, weight);
  }
  return lines;
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

function fitWithEllipsis(text: string, maxWidth: number, size: number, weight: 400 | 700): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const chars = Array.from(text.replace(/…$/, ''));
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
