/**
 * The one finder of loops of descent (someone recorded as their own ancestor). Bad data has
 * them (GEDCOM allows them; a hand-edited file may too), and four places need to know:
 * loading a file (refused, with the chain), the review checks (named), the GEDCOM import
 * (the closing links dropped) and the layout (drawn without them).
 *
 * The graph is given abstractly, so the same walk serves persons linked by parent links and
 * the layout's partner blocks: nodes in the order the walk starts from them, and the edges
 * followed out of each node (up to parents or down to children: the loops are the same either
 * way; which edge closes a loop depends on the direction and the start order).
 */
export interface DescentGraph<N, E> {
  /** Every node, in the order walks start from them. */
  nodes: Iterable<N>;
  /** The edges out of a node, in the order they are followed. */
  edgesFrom(node: N): readonly E[];
  /** The node an edge leads to. */
  target(edge: E): N;
}

export interface LoopOfDescent<N> {
  /** Everyone caught in the loop (a strongly connected component), in the order of graph.nodes. */
  members: N[];
  /** One way round it, from members' first node found on the walk along the edges back to it (not repeated): [a] for a node that is its own parent. */
  cycle: N[];
}

export interface LoopsOfDescent<N, E> {
  /** Ordered by each loop's first member in graph.nodes. */
  loops: LoopOfDescent<N>[];
  /** The edges that lead back to a node still on the walk; without them the graph has no loop. */
  closingEdges: { from: N; edge: E }[];
  /** Every node in the order its walk finished: reversed, an order in which every kept edge points forwards. */
  finishOrder: N[];
}

interface Frame<N, E> {
  node: N;
  edges: readonly E[];
  next: number;
}

/**
 * One iterative depth-first walk (Tarjan's strongly connected components, plus the walk's
 * back edges), linear in nodes + edges, so deep pedigrees cannot overflow the stack.
 * Nodes reached only as edge targets are walked too.
 */
export function findLoopsOfDescent<N, E>(graph: DescentGraph<N, E>): LoopsOfDescent<N, E> {
  const order = new Map<N, number>();
  for (const node of graph.nodes) if (!order.has(node)) order.set(node, order.size);
  const rank = (node: N) => order.get(node) ?? Number.MAX_SAFE_INTEGER;

  const indexOf = new Map<N, number>();
  const lowLink = new Map<N, number>();
  const onWalk = new Map<N, number>(); // node → its depth on the current walk
  const onComponentStack = new Set<N>();
  const componentStack: N[] = [];
  const walk: Frame<N, E>[] = [];
  const closingEdges: { from: N; edge: E }[] = [];
  const cycleByNode = new Map<N, N[]>();
  const finishOrder: N[] = [];
  const loops: LoopOfDescent<N>[] = [];
  let counter = 0;

  const enter = (node: N) => {
    indexOf.set(node, counter);
    lowLink.set(node, counter);
    counter++;
    componentStack.push(node);
    onComponentStack.add(node);
    onWalk.set(node, walk.length);
    walk.push({ node, edges: graph.edgesFrom(node), next: 0 });
  };

  for (const root of order.keys()) {
    if (indexOf.has(root)) continue;
    enter(root);
    while (walk.length > 0) {
      const frame = walk[walk.length - 1]!;
      if (frame.next < frame.edges.length) {
        const edge = frame.edges[frame.next++]!;
        const to = graph.target(edge);
        if (!indexOf.has(to)) {
          enter(to);
          continue;
        }
        const depth = onWalk.get(to);
        if (depth !== undefined) {
          closingEdges.push({ from: frame.node, edge });
          if (!cycleByNode.has(to)) cycleByNode.set(to, walk.slice(depth).map((f) => f.node));
        }
        if (onComponentStack.has(to)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, indexOf.get(to)!));
        continue;
      }
      walk.pop();
      onWalk.delete(frame.node);
      finishOrder.push(frame.node);
      const below = walk[walk.length - 1];
      if (below) lowLink.set(below.node, Math.min(lowLink.get(below.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) !== indexOf.get(frame.node)) continue;
      const members: N[] = [];
      let member: N;
      do {
        member = componentStack.pop()!;
        onComponentStack.delete(member);
        members.push(member);
      } while (member !== frame.node);
      const selfLoop = members.length === 1 && frame.edges.some((e) => graph.target(e) === frame.node);
      if (members.length === 1 && !selfLoop) continue;
      members.sort((a, b) => rank(a) - rank(b));
      // A component with a loop holds at least one closing edge, whose way round lies inside it.
      const cycle = members.map((m) => cycleByNode.get(m)).find((c) => c !== undefined) ?? members;
      loops.push({ members, cycle });
    }
  }
  loops.sort((a, b) => rank(a.members[0]!) - rank(b.members[0]!));
  return { loops, closingEdges, finishOrder };
}
