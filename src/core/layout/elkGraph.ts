import { PERSON_CELL_WIDTH, ROW_HEIGHT, SYMBOL_SIZE } from '../metrics/figureSizes';
import type { LayoutFamilies } from './layoutFamilies';
import type { PartnerBlock } from './partnerBlocks';

/** The part of the ELK graph format the layout uses. */
export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  ports?: { id: string; x: number; y: number; width: number; height: number; layoutOptions?: Record<string, string> }[];
  children?: ElkGraphNode[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}

/** Anything with elkjs's `layout` method: the in-process bundle, the worker API, or a test double. */
export interface ElkLike {
  layout(graph: ElkGraphNode, args?: { layoutOptions?: Record<string, string> }): Promise<ElkGraphNode>;
}

/** Horizontal gap between neighbouring partner blocks. */
export const BLOCK_GAP = 20;

export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  // Rows are ours: ELK layers nodes by the y we give them.
  'elk.layered.layering.strategy': 'INTERACTIVE',
  // The in-row order is ours too (sibships, birth order); ELK only spaces and aligns.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  // With the order forced, crossing minimisation has nothing to do but costs 20–40 % of the time.
  'elk.layered.crossingMinimization.strategy': 'NONE',
  // Separate families must share the rows.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(BLOCK_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(ROW_HEIGHT - SYMBOL_SIZE),
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.thoroughness': '1',
};

export const blockNodeId = (b: number) => `b${b}`;

/**
 * One ELK node per partner block, listed row by row in our order, with fixed
 * ports: one at the bottom under the middle of each partner line (or under a
 * lone parent) that has children, one at the top above each member who hangs
 * from parents. Edges run from a family's bottom port to each child's top port
 * in the next row.
 */
export function buildElkGraph(fam: LayoutFamilies, blocks: PartnerBlock[], rowBlocks: number[][]): ElkGraphNode {
  const blockOf = new Map<string, number>();
  const offsetOf = new Map<string, number>();
  for (const b of blocks) b.members.forEach((m, i) => {
    blockOf.set(m, b.index);
    offsetOf.set(m, i * PERSON_CELL_WIDTH + PERSON_CELL_WIDTH / 2);
  });
  const nodes = new Map<number, ElkGraphNode>();
  const children: ElkGraphNode[] = [];
  rowBlocks.forEach((list, row) => {
    let x = 0;
    for (const b of list) {
      const width = blocks[b]!.members.length * PERSON_CELL_WIDTH;
      const node: ElkGraphNode = {
        id: blockNodeId(b),
        x,
        y: row * ROW_HEIGHT,
        width,
        height: SYMBOL_SIZE,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [],
      };
      x += width + BLOCK_GAP;
      nodes.set(b, node);
      children.push(node);
    }
  });
  const edges: NonNullable<ElkGraphNode['edges']> = [];
  const topPorts = new Set<string>();
  fam.families.forEach((f, fi) => {
    const pb = blockOf.get(f.parents[0]!)!;
    const parentBlock = blocks[pb]!;
    let portId: string | undefined;
    f.children.forEach((c, ci) => {
      const cb = blockOf.get(c)!;
      // No edge for a loop of descent; none for a child more than one row down either:
      // ELK would thread it through dummy nodes in every row between, which
      // widened royal92.ged from 50,000 to 94,000–118,000 units and slowed it.
      if (blocks[cb]!.row !== parentBlock.row + 1) return;
      if (portId === undefined) {
        portId = `f${fi}`;
        let sum = 0;
        for (const p of f.parents) sum += offsetOf.get(p)!;
        nodes.get(pb)!.ports!.push({
          id: portId,
          x: sum / f.parents.length,
          y: SYMBOL_SIZE,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': 'SOUTH' },
        });
      }
      const top = `t${fam.docIndexOf.get(c)!}`;
      if (!topPorts.has(top)) {
        topPorts.add(top);
        nodes.get(cb)!.ports!.push({ id: top, x: offsetOf.get(c)!, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } });
      }
      edges.push({ id: `e${fi}_${ci}`, sources: [portId], targets: [top] });
    });
  });
  return { id: 'root', layoutOptions: ELK_OPTIONS, children, edges };
}
