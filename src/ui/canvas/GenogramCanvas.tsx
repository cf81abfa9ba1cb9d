import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { addPersonCommand, movePersonsCommand, toggleHouseholdMemberCommand } from '../../editor/commands';
import { uiStore } from '../actions/uiState';
import { focusKeepsSelection } from '../keyboard/focusMoves';
import { reportCommand } from '../actions/actions';
import { useActionContext, useUi } from '../actions/useActionContext';
import type { Scene } from '../../core/drawing/scene';
import { DEFAULT_NOTATION } from '../../core/model/types';
import { CanvasKey } from './CanvasKey';
import { fitViewport, type ScreenRect } from './fitViewport';
import { objectTargets, type ObjectTarget } from './objectTargets';
import { ObjectTargetsSvg } from './ObjectTargetsSvg';
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
const FIT_LIMITS = { minZoom: 0.05, maxZoom: 1 };
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

  // One tab stop for the whole figure (a roving tabindex): the person last selected, or the
  // top-left person; the arrow keys move from there.
  const rovingId = useMemo(() => {
    if (!layout) return undefined;
    const drawn = (id: string) => layout.boxes.has(id) && drawnIds.has(shownIds.get(id) ?? id);
    const last = [...selection].reverse().find(drawn);
    if (last) return last;
    let first: { id: string; x: number; y: number } | undefined;
    for (const box of layout.boxes.values()) {
      if (!drawn(box.id)) continue;
      if (!first || box.y < first.y || (box.y === first.y && box.x < first.x)) first = box;
    }
    return first?.id;
  }, [layout, selection, drawnIds, shownIds]);

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
        ariaRole: 'button',
        // React Flow's own node keys (Enter selects, arrows nudge) are off: the actions table's keys apply.
        focusable: false,
        domAttributes: { tabIndex: box.id === rovingId ? 0 : -1, 'aria-pressed': selected.has(box.id) },
      });
    }
    return out;
  }, [layout, personById, shownIds, drawnIds, selected, rovingId]);

  // Focus is selection: a person reached with Tab is selected (the arrow keys select as they move).
  // Focus given back by a closing dialog is not a choice, and must not undo the dialog's selection.
  const tabbing = useRef(false);
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.key === 'Tab') tabbing.current = true;
    };
    const up = () => {
      tabbing.current = false;
    };
    window.addEventListener('keydown', down, true);
    window.addEventListener('keyup', up, true);
    return () => {
      window.removeEventListener('keydown', down, true);
      window.removeEventListener('keyup', up, true);
    };
  }, []);
  const onFocus = useCallback(
    (event: React.FocusEvent) => {
      const node = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.react-flow__node[data-id]') : null;
      const id = node?.dataset.id;
      if (!id || !tabbing.current || focusKeepsSelection()) return;
      const state = store.getState();
      if (!state.selection.includes(id)) state.select([id], 'replace');
    },
    [store],
  );

  const ctx = useActionContext();
  const publication = useView((s) => s.publication);
  const doc = useEditor((s) => s.doc);
  // Lines and outlines can be picked on the recorded figure (publication mode shows no inspector).
  const targets = useMemo(() => (scene && !publication ? objectTargets(doc, scene) : []), [doc, scene, publication]);
  const onPickObject = useCallback(
    (target: ObjectTarget, event: React.MouseEvent, menu: boolean) => {
      const state = store.getState();
      const toggle = !menu && (event.shiftKey || event.metaKey || event.ctrlKey);
      if (toggle) state.select(target.ids, 'toggle');
      else if (!menu || !target.ids.every((id) => state.selection.includes(id))) state.select(target.ids, 'replace');
      if (menu) ctx.ui.getState().openContextMenu(event.clientX, event.clientY);
    },
    [store, ctx],
  );
  const showKey = !!scene && scene.legend.length > 0 && (shownDoc.settings.notation?.showLegend ?? DEFAULT_NOTATION.showLegend);
  const empty = doc.persons.length === 0;

  const onNodeClick: NodeMouseHandler<PersonFlowNode> = useCallback(
    (event, node) => {
      // Choosing a household's members: the click adds or removes the person; the household stays selected.
      const picking = uiStore.getState().householdPick;
      if (picking) {
        const result = toggleHouseholdMemberCommand(store, picking, node.id);
        if (!result.ok) uiStore.getState().notify(result.message, 'error');
        return;
      }
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
    <div className="canvas" aria-label="Genogram canvas" role="region" data-layout={busy ? 'busy' : message ? 'failed' : 'ready'} onFocus={onFocus}>
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onPaneClick={onPaneClick}
        minZoom={FIT_LIMITS.minZoom}
        maxZoom={4}
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
        <ViewportPortal>
          {scene ? <SceneSvg scene={scene} selectedIds={selectedAsShown} highlightedIds={highlightedAsShown} /> : null}
          {targets.length ? <ObjectTargetsSvg targets={targets} bounds={scene!.bounds} selection={selected} onPick={onPickObject} /> : null}
        </ViewportPortal>
        <ViewportRequests scene={scene} />
      </ReactFlow>
      {showKey ? <CanvasKey scene={scene} /> : null}
      <HouseholdPickBanner />
      {empty ? <EmptyHint onAdd={() => reportCommand(ctx, addPersonCommand(ctx.store, { subject: true }), true)} /> : null}
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

/** The canvas's figure as it stands when a fit is asked for (the request may come before the render that draws it). */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

function rectOf(el: Element): ScreenRect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * Answers "fit the figure" and "zoom to these persons" requests from the toolbar and find.
 * Fitting fits the Scene's bounds (every symbol, name, line and household outline), not just
 * the person targets, into the part of the canvas the key does not cover, with a margin.
 */
function ViewportRequests({ scene }: { scene: Scene | undefined }) {
  const flow = useReactFlow();
  const { view } = useTheEditor();
  const fitRequest = useView((s) => s.fitRequest);
  const zoomRequest = useView((s) => s.zoomRequest);
  const latest = useLatest(scene);
  const [pending, setPending] = useState(0);
  useEffect(() => {
    if (fitRequest === 0) return;
    // React Flow takes the new nodes in on its next frame; fit after that.
    const frame = requestAnimationFrame(() => setPending((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest]);
  useEffect(() => {
    if (pending === 0) return;
    const figure = latest.current?.bounds;
    const canvas = document.querySelector('.canvas .react-flow');
    if (!figure || !canvas) return;
    const covers = [...document.querySelectorAll('.canvas-key')].map(rectOf);
    void flow.setViewport(fitViewport(figure, rectOf(canvas), covers, FIT_LIMITS), { duration: 200 });
  }, [pending, flow, latest]);
  useEffect(() => {
    if (zoomRequest === 0) return;
    const ids = view.getState().zoomTarget;
    if (ids.length) void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, duration: 200, maxZoom: 1.5 });
  }, [zoomRequest, flow, view]);
  return null;
}

/** While a household's members are picked on the figure: what clicking does, and the way out. */
function HouseholdPickBanner() {
  const picking = useUi((u) => u.householdPick);
  const label = useEditor((s) => s.doc.households.find((h) => h.id === picking)?.label);
  const selection = useEditor((s) => s.selection);
  // Selecting anything but the household (or the household going) ends the picking.
  useEffect(() => {
    if (picking && (label === undefined || selection.length !== 1 || selection[0] !== picking)) uiStore.getState().setHouseholdPick(null);
  }, [picking, label, selection]);
  if (!picking || label === undefined) return null;
  return (
    <div className="canvas-pick" role="status">
      Click people to add them to “{label || 'the household'}” (click a member to take them out).{' '}
      <button type="button" onClick={() => uiStore.getState().setHouseholdPick(null)}>
        Done
      </button>
    </div>
  );
}

/** A new, empty document: what to do first, and a button that does it. */
function EmptyHint({ onAdd }: { onAdd: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Nothing else to do on an empty canvas: the button takes the focus (unless the author is typing somewhere), so Enter adds the child.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.canvas, .topbar')) button.current?.focus();
  }, []);
  return (
    <div className="canvas-empty" role="note" aria-label="Getting started">
      <p>
        <strong>Start with the subject child.</strong> Add them, type their name, then add relatives from the selected person with one key:
        <kbd>M</kbd> mother, <kbd>F</kbd> father, <kbd>P</kbd> both parents, <kbd>R</kbd> partner, <kbd>C</kbd> child, <kbd>S</kbd> sibling.
        Press <kbd>?</kbd> for every key.
      </p>
      <button ref={button} type="button" onClick={onAdd} data-testid="add-first-person">
        Add the subject child
      </button>
    </div>
  );
}
