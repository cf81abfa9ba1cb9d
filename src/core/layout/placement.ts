import { PERSON_CELL_WIDTH } from '../metrics/figureSizes';
import type { PartnerBlock } from './partnerBlocks';
import { BLOCK_GAP, blockNodeId, type ElkGraphNode } from './elkGraph';

/**
 * Left x of each block from ELK's answer, or the reason it cannot be used.
 * ELK sometimes moves a block out of the forced order (seen with family2.ged);
 * such a row is re-packed in our order, each block at ELK's x or just right of
 * its left neighbour, so the rest of ELK's placement is kept.
 */
export function blockXFromElk(result: ElkGraphNode, rowBlocks: number[][], blocks: PartnerBlock[]): { x: Map<number, number>; repairedRows: number } | { problem: string } {
  const byId = new Map<string, ElkGraphNode>();
  for (const n of result.children ?? []) byId.set(n.id, n);
  const x = new Map<number, number>();
  let repairedRows = 0;
  for (const list of rowBlocks) {
    let rightEdge = -Infinity;
    let repaired = false;
    for (const b of list) {
      const node = byId.get(blockNodeId(b));
      if (!node || typeof node.x !== 'number' || !Number.isFinite(node.x)) return { problem: `ELK returned no position for block ${b}` };
      let left = node.x;
      if (left < rightEdge + BLOCK_GAP - 0.5) {
        left = rightEdge + BLOCK_GAP;
        repaired = true;
      }
      rightEdge = left + blocks[b]!.members.length * PERSON_CELL_WIDTH;
      x.set(b, left);
    }
    if (repaired) repairedRows++;
  }
  return { x, repairedRows };
}
