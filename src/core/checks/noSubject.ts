import type { Check } from './finding';
import { finding } from './finding';

export const noSubject: Check = (doc) =>
  doc.persons.some((p) => p.subject)
    ? []
    : [finding('no-subject', 'warning', 'No subject child is set: mark the child (or children) the review is about.', [])];
