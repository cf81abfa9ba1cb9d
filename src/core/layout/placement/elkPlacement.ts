import type { OrderModel } from '../order/orderModel';
import type { LayoutPlan } from '../plan';
import type { PlacedRows } from './placementTypes';
import { LINE_SPACING } from './gapRoutes';
import { ENTRY_GAP } from '../spreadForChildren';
import { pushAll } from '../../model/extremes';

/** The part of the ELK graph format the layout uses. */
export interface ElkPort {
  id: string;
  x?: number;
  y?: number;
  width: number;
  height: number;
  layoutOptions?: Record<string, string>;
}
export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  layoutOptions?: Record<string, string>;
  sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[];
}
export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  ports?: ElkPort[];
  children?: ElkGraphNode[];
  edges?: ElkEdge[];
}

/** Anything with elkjs's `layout` method: the in-process bundle, the worker API, or a test double. */
export interface ElkLike {
  layout(graph: ElkGraphNode, args?: { layoutOptions?: Record<string, string> }): Promise<ElkGraphNode>;
}

/** Where several lines arrive at one symbol (a child with birth parents and foster carers), they meet it this far apart. */
const ARRIVAL_OFFSETS = [0, 10, -10, 20, -20];
const LAYER = 1000;

export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  // Rows are ours: ELK layers nodes by the y we give them (generation rows, and between each
  // two rows a layer of sibling bars).
  'elk.layered.layering.strategy': 'INTERACTIVE',
  // The in-row order is ours (the order objective): ELK keeps it and only spaces and routes.
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(ENTRY_GAP),
  // Room between a row's labels and the bars for carers' lines to run along (carerRoutes.ts).
  'elk.layered.spacing.nodeNodeBetweenLayers': String(2 * LINE_SPACING),
  'elk.layered.spacing.edgeNodeBetweenLayers': String(LINE_SPACING),
  'elk.layered.spacing.edgeEdgeBetweenLayers': String(LINE_SPACING),
  'elk.spacing.edgeEdge': String(LINE_SPACING),
  'elk.spacing.edgeNode': String(LINE_SPACING),
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.thoroughness': '1',
};

const entryId = (r: number, e: number) => `e${r}_${e}`;
const FAMILY_EDGE = { 'elk.layered.priority.straightness': '10' };

/**
 * The ELK graph of a planned layout. Each entry of a row (a partner block, or a lane for a
 * line passing to a lower row) is a node with fixed ports: at the bottom, one where each
 * family's lines leave; at the top, one above each kid for each family it hangs from. Between
 * two rows, each sibship is a node of its own — the sibling bar — with a port on top for the
 * line from the parents and one below for each kid, in the kids' order: bars are nodes of one
 * layer, so ELK never lets two overlap, and routes the lines to and from them orthogonally,
 * on separate tracks where they must share a gap. Carer lines (fostering beside the birth
 * family) run from the carers' port straight to the kid.
 */
export function buildElkGraph(model: OrderModel, plan: LayoutPlan, options: Record<string, string> = {}): ElkGraphNode {
  const children: ElkGraphNode[] = [];
  const edges: ElkEdge[] = [];
  const nodes = plan.rows.map((entries, r) => {
    let x = 0;
    return entries.map((entry, e) => {
      const node: ElkGraphNode = {
        id: entryId(r, e),
        x,
        y: r * 2 * LAYER,
        width: entry.width,
        height: plan.rowHeight[r]!,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [],
      };
      x += entry.width + ENTRY_GAP;
      return node;
    });
  });
  for (const row of nodes) pushAll(children, row);

  // Arrivals: a kid reached by several families gets each line at its own point.
  const arrivals = new Map<number, number>();
  const arrivalOffset = (unit: number) => {
    const n = arrivals.get(unit) ?? 0;
    arrivals.set(unit, n + 1);
    return ARRIVAL_OFFSETS[n % ARRIVAL_OFFSETS.length]!;
  };
  const order = model.families.map((_, f) => f).sort((a, b) => Number(!model.families[a]!.sibship) - Number(!model.families[b]!.sibship));
  const kidPort = new Map<string, string>();
  for (const f of order) {
    if (!model.families[f]!.sibship) continue;
    model.families[f]!.kids.forEach((k, i) => {
      const r = plan.unitRow[k]!;
      const node = nodes[r]![plan.unitEntry[k]!]!;
      const id = `k${f}_${i}`;
      node.ports!.push({ id, x: plan.unitCentre[k]! + arrivalOffset(k), y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } });
      kidPort.set(`${f}_${i}`, id);
    });
  }

  const bars: { node: ElkGraphNode; key: number }[] = [];
  model.families.forEach((family, f) => {
    // Carers' lines never pull a child from its own family: they are routed once everyone is placed (carerRoutes.ts).
    if (!family.sibship) return;
    const origin = plan.origins[f]!;
    const from = nodes[family.gap]![origin.entry]!;
    const o = `o${f}`;
    from.ports!.push({ id: o, x: origin.offset, y: plan.rowHeight[family.gap]!, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } });
    // The kids left to right as placed, and the bar's ports in that order.
    const kids = family.kids.map((k, i) => ({ k, i })).sort((a, b) => plan.pos[a.k]! - plan.pos[b.k]!);
    // Ports where the kids stand when their row is packed tight: ELK then has every line straight if it can.
    const xs = kids.map(({ k }) => (nodes[plan.unitRow[k]!]![plan.unitEntry[k]!]!.x ?? 0) + plan.unitCentre[k]!);
    const span = Math.max(1, xs[xs.length - 1]! - xs[0]!);
    const ports: NonNullable<ElkGraphNode['ports']> = [{ id: `sn${f}`, x: span / 2, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } }];
    kids.forEach(({ i }, n) => ports.push({ id: `sk${f}_${i}`, x: xs[n]! - xs[0]!, y: 1, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } }));
    const node: ElkGraphNode = {
      id: `s${f}`,
      x: xs[0]!,
      y: (2 * family.gap + 1) * LAYER,
      width: span,
      height: 1,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports,
    };
    bars.push({ node, key: family.gap * 1e9 + plan.pos[kids[0]!.k]! });
    edges.push({ id: `d${f}`, sources: [o], targets: [`sn${f}`], layoutOptions: FAMILY_EDGE });
    kids.forEach(({ i }) => edges.push({ id: `c${f}_${i}`, sources: [`sk${f}_${i}`], targets: [kidPort.get(`${f}_${i}`)!], layoutOptions: FAMILY_EDGE }));
  });
  // Bars in the order of their kids (the order the objective let be drawn apart).
  bars.sort((a, b) => a.key - b.key);
  pushAll(children, bars.map((b) => b.node));
  return { id: 'root', layoutOptions: { ...ELK_OPTIONS, ...options }, children, edges };
}

/** Reads ELK's answer back: where each entry stands, or why it cannot be used. */
export function readElk(plan: LayoutPlan, result: ElkGraphNode): PlacedRows | { problem: string } {
  const byId = new Map<string, ElkGraphNode>();
  for (const n of result.children ?? []) byId.set(n.id, n);
  const entryX: number[][] = [];
  for (let r = 0; r < plan.rows.length; r++) {
    const xs: number[] = [];
    let last = -Infinity;
    for (let e = 0; e < plan.rows[r]!.length; e++) {
      const node = byId.get(entryId(r, e));
      if (!node || typeof node.x !== 'number') return { problem: `ELK returned no position for row ${r + 1}` };
      if (node.x < last - 0.5) return { problem: `ELK changed the order of row ${r + 1}` };
      last = node.x + plan.rows[r]![e]!.width;
      xs.push(node.x);
    }
    entryX.push(xs);
  }
  return { engine: 'elk', entryX, warnings: [] };
}
