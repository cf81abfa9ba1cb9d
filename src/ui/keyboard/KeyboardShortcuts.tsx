import { useEffect } from 'react';
import { ACTIONS, performAction } from '../actions/actions';
import { useActionContext } from '../actions/useActionContext';
import { flushPendingEdits } from '../inspector/draftText';
import { isMacPlatform } from './platform';
import { actionForKey } from './shortcuts';
import { focusPerson } from './focusMoves';
import type { ActionContext } from '../actions/context';

function zoomTo(ctx: ActionContext, ids: string[]): void {
  const view = ctx.view.getState();
  view.set({ zoomTarget: ids, zoomRequest: view.zoomRequest + 1 });
}

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
      // The focus goes back to the selected person on the figure, where the arrow keys go on from.
      if (event.key === 'Escape' && target instanceof HTMLElement && target.closest('.inspector')) {
        event.preventDefault();
        target.blur();
        const id = ctx.store.getState().selection.at(-1);
        if (id) focusPerson(id, { keepSelection: true, bringIntoView: () => zoomTo(ctx, [id]) });
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
      if (!performAction(ctx, action)) return;
      // Keyboard focus follows the person chosen with the arrow keys, so a screen reader names them.
      if (action.id.startsWith('select-') || action.id.startsWith('extend-')) {
        const id = ctx.store.getState().selection.at(-1);
        if (id) focusPerson(id, { keepSelection: true, bringIntoView: () => zoomTo(ctx, [id]) });
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [ctx]);
  return null;
}
