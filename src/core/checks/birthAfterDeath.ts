import type { Check } from './finding';
import { before, certain, finding, nameOf, stated, when } from './finding';

export const birthAfterDeath: Check = (doc) =>
  doc.persons.flatMap((p) => {
    if (!p.birth || !p.death) return [];
    const name = nameOf(doc, p.id);
    const dates = `born ${when(p.birth)}, died ${when(p.death)}`;
    if (before(certain, p.death, p.birth)) return [finding('birth-after-death', 'error', `${name} is recorded as born after their death (${dates}).`, [p.id])];
    if (before(stated, p.death, p.birth)) {
      return [finding('birth-after-death', 'warning', `${name} was possibly born after their death (${dates}).`, [p.id])];
    }
    return [];
  });
