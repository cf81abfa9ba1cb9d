import { ACTIONS, GROUP_LABELS, type ActionGroup } from '../actions/actions';
import { describeChord } from '../keyboard/keys';
import { isMacPlatform } from '../keyboard/platform';
import { Modal } from './Modal';

/**
 * Every action, read from the same actions table that drives them: its keys, or, for the few
 * without one, where the keyboard reaches it (its toolbar button).
 */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const mac = isMacPlatform();
  const groups = [...new Set(ACTIONS.map((a) => a.group))] as ActionGroup[];
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="help-dialog" wide>
      {groups.map((group) => {
        const rows = ACTIONS.filter((a) => a.group === group);
        if (rows.length === 0) return null;
        return (
          <section key={group}>
            <h3 className="authoring-help__group">{GROUP_LABELS[group]}</h3>
            <table className="authoring-help__table">
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td>{a.label}</td>
                    <td>
                      {a.kbd?.length ? null : <span className="authoring-help__toolbar">toolbar button “{a.short ?? a.label}” (Tab to it)</span>}
                      {(a.kbd ?? []).map((k, i) => (
                        <span key={k}>
                          {i > 0 ? ' or ' : null}
                          <kbd>{describeChord(k, mac)}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="authoring-help__note">
        On the figure: <kbd>Tab</kbd> enters it once, at the selected person; the arrow keys move between people (along the row, or to the
        next row up or down) and select whom they reach; <kbd>Shift</kbd> with an arrow adds them to the selection; the relative keys act on
        the selected person. Lines, sibling groups, twins and household outlines are selected by clicking them, or from the inspector of a
        person they belong to. Right-click (or <kbd>Shift+F10</kbd>) for the same commands. Drag a .genogram.json or .ged file onto the
        window to open it.
      </p>
    </Modal>
  );
}
