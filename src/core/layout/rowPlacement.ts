import { PERSON_CELL_WIDTH } from '../metrics/figureSizes';
import type { LayoutFamilies } from './layoutFamilies';
import type { PartnerBlock } from './partnerBlocks';
import { BLOCK_GAP } from './elkGraph';

/** How strongly a block is held at its previous place, against the pull of one link. */
const STAY = 100;

/** One line from a family's connector to a child: block and offset at each end. */
interface Link {
  parentBlock: number;
  parentOffset: number;
  childBlock: number;
  childOffset: number;
}

/**
 * Our own horizontal placement, used when ELK fails or is not wanted: keeps
 * the in-row order and the gaps, and pulls each block towards the blocks it is
 * linked to (parents over the middle of their children, children under their
 * parents' connector). Each row in turn is solved exactly for its neighbours'
 * current positions — weighted least squares under "in order, no overlap",
 * which is isotonic regression (pool adjacent violators) — sweeping down and
 * up a few times. Linear in the size of the family per sweep; no recursion.
 */
export function placeRows(
  fam: LayoutFamilies,
  blocks: PartnerBlock[],
  rowBlocks: number[][],
  options: { sweeps?: number; previousLeft?: Map<number, number> } = {},
): Map<number, number> {
  const sweeps = options.sweeps ?? 24;
  const previousLeft = options.previousLeft;
  const blockOf = new Map<string, number>();
  const offsetOf = new Map<string, number>();
  for (const b of blocks) b.members.forEach((m, i) => {
    blockOf.set(m, b.index);
    offsetOf.set(m, i * PERSON_CELL_WIDTH + PERSON_CELL_WIDTH / 2);
  });
  const linksOf: Link[][] = Array.from({ length: blocks.length }, () => []);
  for (const f of fam.families) {
    const pb = blockOf.get(f.parents[0]!)!;
    let offset = 0;
    for (const p of f.parents) offset += offsetOf.get(p)!;
    offset /= f.parents.length;
    for (const c of f.children) {
      const cb = blockOf.get(c)!;
      if (blocks[cb]!.row <= blocks[pb]!.row) continue;
      const link = { parentBlock: pb, parentOffset: offset, childBlock: cb, childOffset: offsetOf.get(c)! };
      linksOf[pb]!.push(link);
      linksOf[cb]!.push(link);
    }
  }

  const x = new Float64Array(blocks.length);
  const width = (b: number) => blocks[b]!.members.length * PERSON_CELL_WIDTH;
  for (const list of rowBlocks) {
    let cursor = 0;
    for (const b of list) {
      x[b] = previousLeft?.get(b) ?? cursor;
      cursor = x[b]! + width(b) + BLOCK_GAP;
    }
  }

  const solveRow = (list: number[]) => {
    const n = list.length;
    if (n === 0) return;
    // Target of each block's left edge, and how strongly it is held there.
    const target = new Float64Array(n);
    const weight = new Float64Array(n);
    list.forEach((b, i) => {
      let sum = 0;
      let count = 0;
      for (const l of linksOf[b]!) {
        if (l.childBlock === b) sum += x[l.parentBlock]! + l.parentOffset - l.childOffset;
        else sum += x[l.childBlock]! + l.childOffset - l.parentOffset;
        count++;
      }
      // A block with no links only fills in where its neighbours leave room.
      target[i] = count ? sum / count : x[b]!;
      weight[i] = count ? count : 0.01;
      // After an edit, a block that was already there is held near where it was,
      // so that only what the edit pushes aside moves.
      const before = previousLeft?.get(b);
      if (before !== undefined) {
        target[i] = (target[i]! * weight[i]! + before * STAY) / (weight[i]! + STAY);
        weight[i] = weight[i]! + STAY;
      }
    });
    // With c_i the least distance from the first block, y_i = x_i - c_i must not decrease.
    const shift = new Float64Array(n);
    for (let i = 1; i < n; i++) shift[i] = shift[i - 1]! + width(list[i - 1]!) + BLOCK_GAP;
    const poolMean: number[] = [];
    const poolWeight: number[] = [];
    const poolSize: number[] = [];
    for (let i = 0; i < n; i++) {
      let m = target[i]! - shift[i]!;
      let w = weight[i]!;
      let size = 1;
      while (poolMean.length && poolMean[poolMean.length - 1]! > m) {
        const pm = poolMean.pop()!;
        const pw = poolWeight.pop()!;
        m = (pm * pw + m * w) / (pw + w);
        w += pw;
        size += poolSize.pop()!;
      }
      poolMean.push(m);
      poolWeight.push(w);
      poolSize.push(size);
    }
    let i = 0;
    for (let p = 0; p < poolMean.length; p++) {
      for (let k = 0; k < poolSize[p]!; k++, i++) x[list[i]!] = poolMean[p]! + shift[i]!;
    }
  };

  for (let s = 0; s < sweeps; s++) {
    for (let r = 0; r < rowBlocks.length; r++) solveRow(rowBlocks[r]!);
    for (let r = rowBlocks.length - 1; r >= 0; r--) solveRow(rowBlocks[r]!);
  }
  // A fresh layout starts at x = 0; after an edit, coordinates stay as they were.
  let min = previousLeft?.size ? 0 : Infinity;
  if (min === Infinity) for (const list of rowBlocks) if (list.length) min = Math.min(min, x[list[0]!]!);
  const result = new Map<number, number>();
  for (const list of rowBlocks) for (const b of list) result.set(b, Math.round((x[b]! - min) * 2) / 2);
  return result;
}
