import { ACTIONS, GROUP_LABELS, type ActionGroup } from '../actions/actions';
import { describeChord } from '../keyboard/keys';
import { isMacPlatform } from '../keyboard/platform';
import { Modal } from './Modal';

/** Every shortcut, read from the same actions table that drives them. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const mac = isMacPlatform();
  const groups = [...new Set(ACTIONS.map((a) => a.group))] as ActionGroup[];
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="help-dialog" wide>
      {groups.map((group) => {
        const rows = ACTIONS.filter((a) => a.group === group && a.kbd?.length);
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
                      {a.kbd!.map((k, i) => (
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
      <p className="authoring-help__note">Right-click a person for the same commands. Drag a .genogram.json or .ged file onto the window to open it.</p>
    </Modal>
  );
}
