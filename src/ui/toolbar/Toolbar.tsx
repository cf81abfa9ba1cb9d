import { flushPendingEdits } from '../inspector/draftText';
import { ACTIONS, GROUP_LABELS, performAction, type Action, type ActionGroup } from '../actions/actions';
import { useActionContext, useActionStateVersion } from '../actions/useActionContext';
import { ariaKeyShortcuts, describeChord } from '../keyboard/keys';
import { isMacPlatform } from '../keyboard/platform';

const TOOLBAR_GROUPS: ActionGroup[] = ['document', 'history', 'relatives', 'edit', 'view', 'help'];

export function shortcutHint(action: Action): string {
  const first = action.kbd?.[0];
  return first ? `${action.label} (${describeChord(first, isMacPlatform())})` : action.label;
}

/** Buttons for the actions table, grouped; each is enabled only when its action applies. */
export function Toolbar() {
  const ctx = useActionContext();
  useActionStateVersion();
  return (
    <div className="authoring-toolbar" role="toolbar" aria-label="Editing tools">
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group} className="authoring-toolbar__group" role="group" aria-label={GROUP_LABELS[group]}>
          {group === 'relatives' ? (
            <span className="authoring-toolbar__caption" aria-hidden="true">
              Add
            </span>
          ) : null}
          {ACTIONS.filter((a) => a.toolbar && a.group === group).map((action) => (
            <button
              key={action.id}
              type="button"
              className="authoring-toolbar__button"
              data-testid={`action-${action.id}`}
              title={shortcutHint(action)}
              aria-label={action.label}
              aria-keyshortcuts={ariaKeyShortcuts(action.kbd, isMacPlatform())}
              disabled={!action.predicate(ctx)}
              onClick={() => {
                flushPendingEdits();
                performAction(ctx, action);
              }}
            >
              {action.short ?? action.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
