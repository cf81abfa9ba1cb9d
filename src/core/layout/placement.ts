import { PERSON_CELL_WIDTH } from '../drawing/metrics';
import type { PartnerBlock } from './partnerBlocks';
import type { FamilyUnit } from './layoutFamilies';
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

/**
 * A simple placement from our own order, used when ELK fails: each sibship is
 * centred under its parents' connector where there is room, otherwise packed
 * to the right of its left neighbour. Rows are placed top-down; one pass.
 */
export function fallbackBlockX(
  rowBlocks: number[][],
  blocks: PartnerBlock[],
  primaryFamilyOf: Map<number, FamilyUnit>,
): Map<number, number> {
  const x = new Map<number, number>();
  const personX = new Map<string, number>();
  const widthOf = (b: number) => blocks[b]!.members.length * PERSON_CELL_WIDTH;
  for (const list of rowBlocks) {
    let cursor = 0;
    let i = 0;
    while (i < list.length) {
      // A run of consecutive blocks of one sibship is centred as a unit.
      const f = primaryFamilyOf.get(list[i]!);
      let j = i + 1;
      while (f && j < list.length && primaryFamilyOf.get(list[j]!) === f) j++;
      let runWidth = -BLOCK_GAP;
      for (let k = i; k < j; k++) runWidth += widthOf(list[k]!) + BLOCK_GAP;
      let start = cursor;
      if (f && f.parents.every((p) => personX.has(p))) {
        let sum = 0;
        for (const p of f.parents) sum += personX.get(p)!;
        start = Math.max(cursor, sum / f.parents.length - runWidth / 2);
      }
      for (let k = i; k < j; k++) {
        const b = list[k]!;
        x.set(b, start);
        blocks[b]!.members.forEach((m, mi) => personX.set(m, start + mi * PERSON_CELL_WIDTH + PERSON_CELL_WIDTH / 2));
        start += widthOf(b) + BLOCK_GAP;
      }
      cursor = start;
      i = j;
    }
  }
  return x;
}
