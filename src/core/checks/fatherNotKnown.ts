import { ageAt } from '../dates/partialDate';
import { indexDocument } from '../model/documentIndex';
import type { Person } from '../model/types';
import type { Check, Finding } from './finding';
import { finding, nameOf } from './finding';

const SAYS_WHY = /father|paternity|dad\b|donor|conceived|not known|unknown/i;

/**
 * A child with no known father and no note saying why: a subject child, or any child under 18
 * with a birth parent recorded. Known means a birth parent other than the mother who is not an
 * unknown ("?") person. A note on the child, or on the unknown parent, that speaks of the father
 * (or of paternity, a donor, the father not being known) answers it.
 */
export const fatherNotKnown: Check = (doc, asAt) => {
  const { person, parentLinksOf } = indexDocument(doc);
  const out: Finding[] = [];
  for (const child of doc.persons) {
    if (child.pregnancy) continue;
    const parents = (parentLinksOf.get(child.id) ?? []).filter((l) => l.kind === 'birth').map((l) => person.get(l.parent)).filter((p): p is Person => !!p);
    const young = child.birth !== undefined && (ageAt(child.birth, asAt) ?? Infinity) < 18;
    if (!child.subject && !(young && parents.length > 0)) continue;
    if (parents.some((p) => p.gender !== 'female' && !p.placeholder)) continue;
    const notes = [child.notes, ...parents.filter((p) => p.placeholder).map((p) => p.notes)].filter((n): n is string => !!n?.trim());
    const unknownWithNote = parents.some((p) => p.placeholder && p.notes?.trim());
    if (unknownWithNote || notes.some((n) => SAYS_WHY.test(n))) continue;
    const mother = parents.find((p) => p.gender === 'female' && !p.placeholder);
    const ids = [child.id, ...parents.map((p) => p.id)];
    out.push(
      finding(
        'father-not-known',
        'warning',
        `${nameOf(doc, child.id)} has no known father${mother ? ` (mother ${nameOf(doc, mother.id)})` : ''} and no note saying why: add the father, or a note (on the child or on an unknown "?" father) saying what is known.`,
        ids,
      ),
    );
  }
  return out;
};
