import { flushPendingEdits } from '../inspector/draftText';
import { useEffect, useRef } from 'react';
import { ACTIONS, performAction } from '../actions/actions';
import type { ActionContext } from '../actions/context';
import { useActionStateVersion } from '../actions/useActionContext';
import { ariaKeyShortcuts, describeChord } from '../keyboard/keys';
import { isMacPlatform } from '../keyboard/platform';

/** The right-click menu on a person: the actions table's context-menu entries that apply. */
export function PersonContextMenu({ ctx, x, y, onClose }: { ctx: ActionContext; x: number; y: number; onClose: () => void }) {
  useActionStateVersion();
  const ref = useRef<HTMLDivElement>(null);
  const items = ACTIONS.filter((a) => a.contextMenu && a.predicate(ctx));
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away, true);
    return () => window.removeEventListener('mousedown', away, true);
  }, [onClose]);
  const move = (delta: number) => {
    const list = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = list.indexOf(document.activeElement as HTMLElement);
    list[(i + delta + list.length) % list.length]?.focus();
  };
  return (
    <div
      ref={ref}
      role="menu"
      aria-label="Actions on the selection"
      className="authoring-menu"
      data-testid="person-context-menu"
      style={{ left: Math.min(x, window.innerWidth - 240), top: Math.min(y, window.innerHeight - items.length * 30 - 10) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'ArrowDown') {
          e.preventDefault();
          move(1);
        } else if (e.key === 'ArrowUp') {
          e.preventDefault();
          move(-1);
        }
      }}
    >
      {items.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          className="authoring-menu__item"
          aria-keyshortcuts={ariaKeyShortcuts(action.kbd, isMacPlatform())}
          onClick={() => {
            onClose();
            flushPendingEdits();
            performAction(ctx, action);
          }}
        >
          <span>{action.label}</span>
          {action.kbd?.[0] ? (
            <kbd className="authoring-menu__key" aria-hidden="true">
              {describeChord(action.kbd[0], isMacPlatform())}
            </kbd>
          ) : null}
        </button>
      ))}
    </div>
  );
}
