import type { GenogramDocument, MultipleBirth } from '../../core/model/types';
import { SelectField } from './fields';
import { ItemLink, personName } from './ItemLink';
import { leaveMultipleBirth, removeMultipleBirth, updateMultipleBirth } from '../../core/model/operations';
import type { DocEdit } from './useDocEdit';

const KIND_OPTIONS: { value: MultipleBirth['kind']; label: string }[] = [
  { value: 'fraternal', label: 'Fraternal (non-identical)' },
  { value: 'identical', label: 'Identical' },
];

/** Twins, triplets…: identical or not, in birth order. */
export function MultipleBirthEditor({ doc, group, edit }: { doc: GenogramDocument; group: MultipleBirth; edit: DocEdit }) {
  const title = group.members.length === 2 ? 'Twins' : group.members.length === 3 ? 'Triplets' : `Multiple birth of ${group.members.length}`;
  return (
    <div className="inspector__group" data-testid="multiple-birth-editor">
      <div className="inspector__group-title">{title}</div>
      <SelectField
        label="Kind of multiple birth"
        value={group.kind}
        options={KIND_OPTIONS}
        testId="multiple-birth-kind"
        onChange={(kind) => edit('Edit multiple birth', (d) => updateMultipleBirth(d, group.id, { kind }))}
      />
      <ol aria-label="Born together, in birth order">
        {group.members.map((id, i) => (
          <li key={id}>
            <ItemLink id={id}>{personName(doc, id)}</ItemLink>{' '}
            <button
              type="button"
              aria-label={`Move ${personName(doc, id)} earlier in birth order`}
              disabled={i === 0}
              onClick={() => {
                const members = group.members.slice();
                [members[i - 1], members[i]] = [members[i]!, members[i - 1]!];
                edit('Reorder multiple birth', (d) => updateMultipleBirth(d, group.id, { members }));
              }}
            >
              ↑
            </button>{' '}
            <button type="button" aria-label={`Take ${personName(doc, id)} out of this multiple birth`} onClick={() => edit('Leave multiple birth', (d) => leaveMultipleBirth(d, group.id, id))}>
              Take out
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="inspector__danger" onClick={() => edit('Remove multiple birth', (d) => removeMultipleBirth(d, group.id))}>
        Not a multiple birth
      </button>
    </div>
  );
}
