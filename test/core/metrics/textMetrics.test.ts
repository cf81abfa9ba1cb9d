import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/core/metrics/textMetrics';
import { LABEL_WIDTH } from '../../../src/core/metrics/figureSizes';

describe('wrapText', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText('Ellie Carter', LABEL_WIDTH, 12, 2)).toEqual(['Ellie Carter']);
  });

  it('never leaves a number alone on the last line', () => {
    const lines = wrapText("Mother's partner 1", textWidth("Mother's partner", 12) + 1, 12, 2);
    expect(lines).toEqual(["Mother's", 'partner 1']);
  });

  it('breaks a word too wide for a line after a hyphen instead of cutting it, so role labels wrap whole', () => {
    expect(wrapText('Maternal great-grandmother', LABEL_WIDTH, 13, 3)).toEqual(['Maternal', 'great-', 'grandmother']);
    expect(wrapText('Maternal great-great-grandmother', LABEL_WIDTH, 13, 3)).toEqual(['Maternal', 'great-great-', 'grandmother']);
    // The part before the hyphen stays on the line when it fits there.
    expect(wrapText('Paternal step-grandmother', LABEL_WIDTH, 13, 3)).toEqual(['Paternal step-', 'grandmother']);
    // A word that fits a line of its own moves down whole, hyphen and all.
    expect(wrapText('Anne-Marie Smith-Jones', LABEL_WIDTH, 13, 3)).toEqual(['Anne-Marie', 'Smith-Jones']);
    // With no hyphen that fits, the word is still cut, within the width.
    const cut = wrapText(`${'x'.repeat(40)}-y`, LABEL_WIDTH, 13, 3);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.endsWith('…')).toBe(true);
    expect(textWidth(cut[0]!, 13)).toBeLessThanOrEqual(LABEL_WIDTH);
  });

  it('ends with an ellipsis when the text needs more lines than allowed, every line within the width', () => {
    const lines = wrapText('Alexandra Margaret Philippa Wilhelmina Montgomery-Smythe', 80, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });
});
