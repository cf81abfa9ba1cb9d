import type { Action } from '../actions/actions';
import { matchesChord, type KeyPress } from './keys';

/**
 * The action a key press asks for. In a text field only the actions marked `inTextFields`
 * (undo, save, find…) fire, so typing "M" in a name never adds a mother.
 */
export function actionForKey(
  actions: readonly Action[],
  press: KeyPress,
  options: { inTextField: boolean; isMac?: boolean },
): Action | undefined {
  for (const action of actions) {
    if (options.inTextField && !action.inTextFields) continue;
    if (action.kbd?.some((k) => matchesChord(k, press, options.isMac))) return action;
  }
  return undefined;
}
