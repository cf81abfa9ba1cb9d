import { loopsOfDescentIn } from '../model/ancestry';
import type { Check } from './finding';
import { finding, listNames, nameOf } from './finding';

export const ownAncestor: Check = (doc) =>
  loopsOfDescentIn(doc).map(({ members: group }) => {
    const names = listNames(group.map((id) => nameOf(doc, id)));
    const message =
      group.length === 1
        ? `${names} is recorded as their own parent.`
        : `${names} are each their own ancestor: their parent links go round in a loop.`;
    return finding('own-ancestor', 'error', message, group);
  });
