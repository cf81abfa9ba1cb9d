import { useEffect } from 'react';
import { ACTIONS } from '../actions/actions';
import { useActionContext } from '../actions/useActionContext';
import { flushPendingEdits } from '../inspector/draftText';
import { isMacPlatform } from './platform';
import { actionForKey } from './shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
  return false;
}

/** Keys that buttons and links answer themselves. */
function isActivationOfControl(event: KeyboardEvent): boolean {
  const t = event.target;
  return (event.key === 'Enter' || event.key === ' ') && t instanceof HTMLElement && !!t.closest('button, a, [role="menuitem"], summary');
}

/**
 * Keyboard focus follows the person chosen with the arrow keys, so a screen reader names them;
 * a person outside the visible canvas is brought into view.
 */
function followSelection(id: string | undefined, bringIntoView: () => void): void {
  if (!id) return;
  // The node becomes the figure's tab stop once React Flow has taken in the new selection: try for a few frames.
  let tries = 0;
  const attempt = () => {
    const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    const canvas = document.querySelector<HTMLElement>('.react-flow');
    if (!node) return;
    node.focus({ preventScroll: true });
    if (document.activeElement !== node && ++tries < 10) {
      requestAnimationFrame(attempt);
      return;
    }
    if (!canvas) return;
    const n = node.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    if (n.left < c.left || n.right > c.right || n.top < c.top || n.bottom > c.bottom) bringIntoView();
  };
  requestAnimationFrame(attempt);
}

/**
 * One keydown listener for the actions table's shortcuts. It listens in the capture phase so
 * arrow keys choose persons instead of nudging them on the canvas.
 */
export function KeyboardShortcuts() {
  const ctx = useActionContext();
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const ui = ctx.ui.getState();
      // An open dialog or menu owns the keyboard (it handles Escape itself).
      if (ui.dialog || ui.contextMenu) return;
      if (isActivationOfControl(event)) return;
      const target = event.target;
      // Escape leaves a side-panel field, so the next keys reach the canvas shortcuts again.
      if (event.key === 'Escape' && target instanceof HTMLElement && target.closest('.inspector')) {
        event.preventDefault();
        target.blur();
        return;
      }
      if (target instanceof HTMLElement && target.closest('[role="dialog"], [role="menu"]')) return;
      // In the side panel every key belongs to its controls (Backspace on a checkbox must never
      // delete the person being edited); only the shortcuts meant for text fields apply there.
      const inTextField = isTextField(target) || (target instanceof HTMLElement && !!target.closest('.sidepanel, .inspector'));
      const action = actionForKey(ACTIONS, event, { inTextField, isMac: mac });
      if (!action) return;
      // Enter in the side panel belongs to its own controls.
      if (event.key === 'Enter' && target instanceof HTMLElement && target.closest('.inspector')) return;
      event.preventDefault();
      event.stopPropagation();
      // Text still waiting for its typing pause is stored first, so undo, save and the rest see it.
      flushPendingEdits();
      if (!action.predicate(ctx)) return;
      action.perform(ctx);
      if (action.id.startsWith('select-') || action.id.startsWith('extend-')) followSelection(ctx.store.getState().selection.at(-1), () => {
        const view = ctx.view.getState();
        view.set({ zoomTarget: ctx.store.getState().selection, zoomRequest: view.zoomRequest + 1 });
      });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [ctx]);
  return null;
}
