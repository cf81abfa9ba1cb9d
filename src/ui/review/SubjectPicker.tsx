import { useId } from 'react';
import { displayName } from '../../core/model/documentIndex';
import type { GenogramDocument, Id } from '../../core/model/types';

/** A choice between subject children, shown only when there is more than one. */
export function SubjectPicker({ doc, subjects, value, onChange }: { doc: GenogramDocument; subjects: Id[]; value: Id; onChange: (id: Id) => void }) {
  const id = useId();
  if (subjects.length < 2) return null;
  const nameOf = (pid: Id) => {
    const p = doc.persons.find((x) => x.id === pid);
    return (p && displayName(p)) || pid;
  };
  return (
    <div className="review-subject">
      <label htmlFor={id}>Subject child</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {subjects.map((s) => (
          <option key={s} value={s}>
            {nameOf(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
