import { useId, useState } from 'react';
import { addParentLink } from '../../core/model/operations/parentLinks';
import type { GenogramDocument, Id, ParentLinkKind } from '../../core/model/types';
import { personName } from './ItemLink';
import { LINK_KIND_OPTIONS } from './ParentLinkEditor';
import type { DocEdit } from './useDocEdit';

/**
 * Links an existing person as a parent or carer of this one (adoptive, foster, kinship, SGO,
 * or a birth parent already in the genogram). Refusals (a third birth parent, a cycle) are told.
 */
export function AddParentLink({ doc, childId, edit }: { doc: GenogramDocument; childId: Id; edit: DocEdit }) {
  const personId = useId();
  const kindId = useId();
  const [parent, setParent] = useState('');
  const [kind, setKind] = useState<ParentLinkKind>('foster');
  return (
    <div className="inspector__group" data-testid="add-parent-link">
      <div className="inspector__field">
        <label htmlFor={personId}>Add a parent or carer from the genogram</label>
        <select id={personId} value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">Choose a person…</option>
          {doc.persons
            .filter((p) => p.id !== childId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {personName(doc, p.id)}
              </option>
            ))}
        </select>
      </div>
      <div className="inspector__field">
        <label htmlFor={kindId}>As</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as ParentLinkKind)}>
          {LINK_KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!parent}
        onClick={() => {
          edit('Add parent link', (d) => addParentLink(d, parent, childId, kind).doc);
          setParent('');
        }}
      >
        Add link
      </button>
    </div>
  );
}
