import type { AbuseKind, RelationshipLine } from '../model/types';
import { SMALL_TEXT } from './figureSizes';
import { textWidth } from './textMetrics';

// The words a relationship line carries and their sizes: the drawing sets them beside the
// line, and the layout makes room for them between partners standing side by side.

/** Baseline to baseline in a label of two lines: the height of a text box (bounds.ts), so the lines do not overlap. */
export const LABEL_LEADING = SMALL_TEXT * 1.25;

export const ABUSE_LABELS: Record<AbuseKind, string> = {
  domestic: 'domestic abuse',
  physical: 'physical abuse',
  emotional: 'emotional abuse',
  sexual: 'sexual abuse',
  neglect: 'neglect',
};

/**
 * The label a relationship line carries (the abuse kinds name theirs): the ways it can be set,
 * one line or two where one does not fit (between partners side by side), with their sizes.
 */
export function relationshipLabel(kind: RelationshipLine['kind']): { layouts: string[][]; sizes: { width: number; height: number }[] } | undefined {
  if (!kind.startsWith('abuse-')) return undefined;
  const abuse = kind.slice('abuse-'.length) as AbuseKind;
  const label = ABUSE_LABELS[abuse] ?? abuse;
  const words = label.split(' ');
  const layouts = [[label], ...(words.length > 1 ? [[words.slice(0, -1).join(' '), words.at(-1)!]] : [])];
  const sizes = layouts.map((lines) => ({ width: Math.max(...lines.map((l) => textWidth(l, SMALL_TEXT, 700))) + 3, height: lines.length * LABEL_LEADING }));
  return { layouts, sizes };
}

/**
 * Room between the centres of two persons standing side by side with a labelled line between
 * them: the two half-symbols, the label on one line and a little air either side of it.
 */
export function roomForLabel(kind: RelationshipLine['kind'], symbolSize: number): number {
  const label = relationshipLabel(kind);
  return label ? symbolSize + label.sizes[0]!.width + 24 : 0;
}
