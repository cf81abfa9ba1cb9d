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

  it('ends with an ellipsis when the text needs more lines than allowed, every line within the width', () => {
    const lines = wrapText('Alexandra Margaret Philippa Wilhelmina Montgomery-Smythe', 80, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });
});
