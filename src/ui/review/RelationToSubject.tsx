import { useMemo } from 'react';
import { relationsToSubject } from '../../core/kinship/relationTo';
import { displayName } from '../../core/model/documentIndex';
import type { Id } from '../../core/model/types';
import { useEditor, useView } from '../EditorStoreContext';
import { withPublicationNames } from './publicationNames';
import { subjectsOf, useAsAt } from './useReviewDoc';

/**
 * "Relationship to Amy: mother's partner", one line per subject child, for the inspector.
 * In publication mode the subject is named by role ("Child A"), as on the figure.
 */
export function RelationToSubject({ personId }: { personId: Id }) {
  const recorded = useEditor((s) => s.doc);
  const publication = useView((s) => s.publication);
  const asAt = useAsAt();
  const doc = useMemo(() => (publication ? withPublicationNames(recorded, asAt) : recorded), [recorded, publication, asAt]);
  const lines = useMemo(
    () =>
      subjectsOf(doc)
        .filter((s) => s !== personId)
        .map((s) => {
          const subject = doc.persons.find((p) => p.id === s);
          return { subject: s, name: (subject && displayName(subject)) || 'the subject child', term: relationsToSubject(doc, s, asAt).get(personId)?.term };
        }),
    [doc, personId, asAt],
  );
  if (lines.length === 0) return null;
  return (
    <dl className="review-relation" data-testid="relation-to-subject">
      {lines.map((l) => (
        <div key={l.subject}>
          <dt>Relationship to {l.name}</dt>
          <dd>{l.term ?? 'no known relation'}</dd>
        </div>
      ))}
    </dl>
  );
}
