import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  ReactFlow,
  ViewportPortal,
  Background,
  BackgroundVariant,
  Controls,
  useReactFlow,
  useStoreApi,
  type NodeChange,
  type NodeMouseHandler,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEditor, useTheEditor, useView } from '../EditorStoreContext';
import { movePersonsCommand } from '../../editor/commands';
import { displayName } from '../../core/model/documentIndex';
import { SYMBOL_SIZE } from '../../core/metrics/figureSizes';
import { SceneSvg } from './SceneSvg';
import { PersonNode, type PersonFlowNode } from './PersonNode';
import { useFigure } from './useFigure';

const nodeTypes = { person: PersonNode };
/**
 * Fitting the whole figure never zooms in beyond its natural size: a new document's first
 * person was otherwise shown at four times, and the relatives added next fell off the screen.
 */
const FIT_WHOLE = { padding: 0.15, maxZoom: 1 };
/** The clickable area around a symbol reaches a little beyond it. */
const HIT_PAD = 6;

export function GenogramCanvas() {
  const selection = useEditor((s) => s.selection);
  const { store, view } = useTheEditor();
  const { scene, shownDoc, shownIds, layout } = useFigure();
  const busy = useView((s) => s.layoutBusy);
  const message = useView((s) => s.layoutMessage);

  const selected = useMemo(() => new Set(selection), [selection]);
  const selectedAsShown = useMemo(() => new Set(selection.map((id) => shownIds.get(id) ?? id)), [selection, shownIds]);
  const highlighted = useView((s) => s.highlighted);
  const highlightedAsShown = useMemo(() => new Set(highlighted.map((id) => shownIds.get(id) ?? id)), [highlighted, shownIds]);
  // Nodes keep the document's ids (selection, commands); names come from the figure as shown.
  const personById = useMemo(() => new Map(shownDoc.persons.map((p) => [p.id, p])), [shownDoc]);

  // Only persons the figure draws get a node: someone not yet born at the reference date has none.
  const drawnIds = useMemo(
    () => new Set(scene?.groups.filter((g) => g.kind === 'person' && g.refId).map((g) => g.refId!) ?? []),
    [scene],
  );

  const nodes: PersonFlowNode[] = useMemo(() => {
    if (!layout) return [];
    const out: PersonFlowNode[] = [];
    for (const box of layout.boxes.values()) {
      const shownId = shownIds.get(box.id) ?? box.id;
      const person = personById.get(shownId);
      if (!person || !drawnIds.has(shownId)) continue;
      const name = displayName(person) || 'Unnamed person';
      out.push({
        id: box.id,
        type: 'person',
        position: { x: box.x - HIT_PAD, y: box.y - HIT_PAD },
        width: box.size + 2 * HIT_PAD,
        height: box.size + 2 * HIT_PAD,
        data: { label: name, description: name },
        selected: selected.has(box.id),
        ariaLabel: name,
      });
    }
    return out;
  }, [layout, personById, shownIds, drawnIds, selected]);

  const onNodeClick: NodeMouseHandler<PersonFlowNode> = useCallback(
    (event, node) => {
      const mode = event.shiftKey || event.metaKey || event.ctrlKey ? 'toggle' : 'replace';
      store.getState().select([node.id], mode);
    },
    [store],
  );

  const flowStore = useStoreApi();
  const onSelectionChange: OnSelectionChangeFunc = useCallback(
    ({ nodes: picked }) => {
      // Box selection reports here; clicks are handled in onNodeClick. React Flow also reports
      // every selection it is given, one render late: taken as a new selection, that report
      // undid a Shift+click made in between (the household of four made with three).
      if (!flowStore.getState().userSelectionActive) return;
      if (picked.length > 1) store.getState().select(picked.map((n) => n.id), 'replace');
    },
    [store, flowStore],
  );

  const dragged = useRef(new Map<string, { x: number; y: number }>());
  const onNodesChange = useCallback(
    (changes: NodeChange<PersonFlowNode>[]) => {
      let moved = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          dragged.current.set(change.id, { x: change.position.x + HIT_PAD, y: change.position.y + HIT_PAD });
          moved = true;
        }
      }
      // While dragging, only the view moves; the document changes once, on drop.
      if (moved) view.getState().set({ moving: new Map(dragged.current) });
    },
    [view],
  );

  const onNodeDragStop = useCallback(() => {
    if (dragged.current.size === 0) return;
    movePersonsCommand(store, new Map(dragged.current));
    // The document now pins them where they were dropped, and the shown layout follows its pins.
    view.getState().set({ moving: undefined });
    dragged.current.clear();
  }, [store, view]);

  const onPaneClick = useCallback(() => store.getState().select([], 'replace'), [store]);

  return (
    <div className="canvas" aria-label="Genogram canvas" role="region" data-layout={busy ? 'busy' : message ? 'failed' : 'ready'}>
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onPaneClick={onPaneClick}
        minZoom={0.05}
        maxZoom={4}
        fitView
        fitViewOptions={FIT_WHOLE}
        selectionOnDrag
        panOnDrag={[1, 2]}
        selectionKeyCode={null}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={null}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={SYMBOL_SIZE / 2} size={1} />
        <Controls showInteractive={false} />
        <ViewportPortal>{scene ? <SceneSvg scene={scene} selectedIds={selectedAsShown} highlightedIds={highlightedAsShown} /> : null}</ViewportPortal>
        <ViewportRequests />
      </ReactFlow>
      {busy ? (
        <div className="canvas__status" role="status">
          Laying out…
        </div>
      ) : null}
      {message ? (
        <div className="canvas__status canvas__status--error" role="alert">
          {message}
        </div>
      ) : null}
    </div>
  );
}

/** Answers "fit the figure" and "zoom to these persons" requests from the toolbar and find. */
function ViewportRequests() {
  const flow = useReactFlow();
  const { view } = useTheEditor();
  const fitRequest = useView((s) => s.fitRequest);
  const zoomRequest = useView((s) => s.zoomRequest);
  useEffect(() => {
    if (fitRequest === 0) return;
    // React Flow takes the new nodes in on its next frame; fit after that.
    const frame = requestAnimationFrame(() => void flow.fitView({ ...FIT_WHOLE, duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow]);
  useEffect(() => {
    if (zoomRequest === 0) return;
    const ids = view.getState().zoomTarget;
    if (ids.length) void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, duration: 200, maxZoom: 1.5 });
  }, [zoomRequest, flow, view]);
  return null;
}
