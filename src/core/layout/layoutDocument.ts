import type { GenogramDocument, Id } from '../model/types';
import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../metrics/figureSizes';
import type { LayoutResult, PersonBox } from './types';
import { analyseFamilies } from './layoutFamilies';
import { assignGenerations } from './generations';
import { orderBlockMembers, partnerLineSteps, type PartnerBlock } from './partnerBlocks';
import { orderRows } from './rowOrder';
import { buildElkGraph, type ElkLike } from './elkGraph';
import { blockXFromElk } from './placement';
import { placeRows } from './rowPlacement';
import { markBrokenBirthOrder } from './birthOrderNumbers';

export type { ElkLike } from './elkGraph';

export interface LayoutOptions {
  /** The previous layout of (an earlier version of) this document, to stay stable. */
  previous?: LayoutResult;
  /**
   * Who places the blocks horizontally once rows and order are fixed: 'own'
   * (default; see rowPlacement.ts) or 'elk'. Measured on this project's machines,
   * the own placement was 20–80× faster than ELK with the same order, rules and
   * crossings, and narrower figures; ELK stays available and is the one used
   * when an ELK instance is passed in.
   */
  placement?: 'own' | 'elk';
  /** ELK instance for 'elk'; elkjs's in-process bundle by default (works in Node and in a worker). */
  elk?: ElkLike;
  /** With 'elk': give up waiting for an asynchronous ELK after this long and use the own placement. */
  deadlineMs?: number;
}

let defaultElk: Promise<ElkLike> | undefined;
function bundledElk(): Promise<ElkLike> {
  defaultElk ??= (async () => {
    // Loaded inside a Web Worker, the bundle takes over the worker's onmessage
    // for itself; put back whatever handler was there.
    const scope = globalThis as { onmessage?: unknown };
    const handler = scope.onmessage;
    const module = await import('elkjs/lib/elk.bundled.js');
    if (handler !== undefined && scope.onmessage !== handler) scope.onmessage = handler;
    return new module.default() as unknown as ElkLike;
  })();
  return defaultElk;
}

/**
 * Positions every person of the document: generation rows, partner blocks,
 * in-row order by our rules, then horizontal placement (our own, or ELK's on
 * request, falling back to our own with a warning if ELK fails).
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
  const placement = options.placement ?? (options.elk || doc.settings.layoutEngine === 'elk' ? 'elk' : 'own');
  if (placement === 'elk' && blocks.length > 0) {
    try {
      const elk = options.elk ?? (await bundledElk());
      const graph = buildElkGraph(fam, blocks, order.rowBlocks);
      const result = await withDeadline(elk.layout(graph), options.deadlineMs);
      const read = blockXFromElk(result, order.rowBlocks, blocks);
      if ('x' in read) blockX = read.x;
      else warnings.push(`${read.problem}; the own row placement was used instead.`);
    } catch (error) {
      const reason = error instanceof RangeError ? 'ELK ran out of stack' : `ELK failed (${error instanceof Error ? error.message : String(error)})`;
      warnings.push(`${reason}; the own row placement was used instead.`);
    }
  }
  blockX ??= placeRows(fam, blocks, order.rowBlocks, { previousLeft: previousBlockLeft(blocks, options.previous) });

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

/** Where each block's left edge was in the previous layout, from the members that were there (pinned ones excepted). */
function previousBlockLeft(blocks: PartnerBlock[], previous: LayoutResult | undefined): Map<number, number> | undefined {
  if (!previous) return undefined;
  const left = new Map<number, number>();
  for (const block of blocks) {
    let sum = 0;
    let count = 0;
    block.members.forEach((id, i) => {
      const box = previous.boxes.get(id);
      if (!box || box.y !== previous.rowY[box.row]) return;
      sum += box.x - (PERSON_CELL_WIDTH - SYMBOL_SIZE) / 2 - i * PERSON_CELL_WIDTH;
      count++;
    });
    if (count) left.set(block.index, sum / count);
  }
  return left;
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
