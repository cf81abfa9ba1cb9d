import type { GenogramDocument, Id } from '../model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../drawing/metrics';
import type { LayoutResult, PersonBox } from './types';
import { analyseFamilies } from './layoutFamilies';
import { assignGenerations } from './generations';
import { orderBlockMembers, partnerLineSteps, type PartnerBlock } from './partnerBlocks';
import { orderRows } from './rowOrder';
import { buildElkGraph, type ElkLike } from './elkGraph';
import { blockXFromElk, fallbackBlockX } from './placement';
import { markBrokenBirthOrder } from './birthOrderNumbers';

export type { ElkLike } from './elkGraph';

export interface LayoutOptions {
  /** The previous layout of (an earlier version of) this document, to stay stable. */
  previous?: LayoutResult;
  /** ELK instance; elkjs's in-process bundle by default (works in Node and in a worker). */
  elk?: ElkLike;
  /** Give up waiting for an asynchronous ELK after this long and use the simple placement. */
  deadlineMs?: number;
}

let defaultElk: Promise<ElkLike> | undefined;
function bundledElk(): Promise<ElkLike> {
  defaultElk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
  return defaultElk;
}

/**
 * Positions every person of the document: generation rows, partner blocks,
 * in-row order by our rules, and horizontal placement by ELK (or a simple
 * placement of our own, with a warning, if ELK fails).
 */
export async function layoutDocument(doc: GenogramDocument, options: LayoutOptions = {}): Promise<LayoutResult> {
  const fam = analyseFamilies(doc);
  const warnings = [...fam.warnings];
  const gen = assignGenerations(doc, fam);
  if (gen.cycleLinks > 0) warnings.push(`${gen.cycleLinks} parent link(s) close a loop of descent (someone is their own ancestor); drawn without them.`);
  const blocks: PartnerBlock[] = gen.groups.map((members, index) => ({
    index,
    row: gen.rowOf.get(members[0]!)!,
    members: orderBlockMembers(members, fam),
  }));
  const order = orderRows({ doc, fam, blocks, rowCount: gen.rowCount, previous: options.previous });

  let blockX: Map<number, number> | undefined;
  if (blocks.length > 0) {
    try {
      const elk = options.elk ?? (await bundledElk());
      const graph = buildElkGraph(fam, blocks, order.rowBlocks);
      const result = await withDeadline(elk.layout(graph), options.deadlineMs);
      const read = blockXFromElk(result, order.rowBlocks, blocks);
      if ('x' in read) blockX = read.x;
      else warnings.push(`${read.problem}; a simple row placement was used instead.`);
    } catch (error) {
      const reason = error instanceof RangeError ? 'ELK ran out of stack' : `ELK failed (${error instanceof Error ? error.message : String(error)})`;
      warnings.push(`${reason}; a simple row placement was used instead.`);
    }
  }
  blockX ??= fallbackBlockX(order.rowBlocks, blocks, order.primaryFamilyOf);

  const boxes = new Map<Id, PersonBox>();
  const pinnedOf = new Map(doc.persons.filter((p) => p.pinned).map((p) => [p.id, p.pinned!]));
  for (const block of blocks) {
    const left = blockX.get(block.index) ?? 0;
    block.members.forEach((id, i) => {
      const pinned = pinnedOf.get(id);
      boxes.set(id, {
        id,
        x: pinned ? pinned.x : left + i * PERSON_CELL_WIDTH + (PERSON_CELL_WIDTH - SYMBOL_SIZE) / 2,
        y: pinned ? pinned.y : block.row * ROW_HEIGHT,
        size: SYMBOL_SIZE,
        row: block.row,
      });
    });
  }
  // Persons are laid out in document order in the map, whatever the block order.
  const ordered = new Map<Id, PersonBox>();
  for (const id of fam.personIds) ordered.set(id, boxes.get(id)!);

  const steps = new Map<string, number>();
  for (const block of blocks) {
    if (block.members.length < 3) continue;
    const inBlock = new Set(block.members);
    partnerLineSteps(block.members, fam.couples.filter((c) => inBlock.has(c.a)), steps);
  }

  return {
    boxes: ordered,
    rowY: Array.from({ length: blocks.length ? gen.rowCount : 0 }, (_, r) => r * ROW_HEIGHT),
    birthOrderNumbers: markBrokenBirthOrder(fam, ordered, order.rankOf, pinnedOf),
    bounds: boundsOf(ordered),
    rowOrder: order.rowBlocks.map((list) => list.flatMap((b) => blocks[b]!.members)),
    partnerLineSteps: steps,
    warnings,
  };
}

function withDeadline<T>(promise: Promise<T>, deadlineMs: number | undefined): Promise<T> {
  if (deadlineMs === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function boundsOf(boxes: Map<Id, PersonBox>): LayoutResult['bounds'] {
  if (boxes.size === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.size);
    maxY = Math.max(maxY, b.y + b.size);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
