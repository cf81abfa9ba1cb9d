import { removeParentLink, updateParentLink } from '../../core/model/operations/parentLinks';
import type { GenogramDocument, ParentLink, ParentLinkKind } from '../../core/model/types';
import { DateField, SelectField } from './fields';
import { ItemLink, personName } from './ItemLink';
import type { DocEdit } from './useDocEdit';

export const LINK_KIND_OPTIONS: { value: ParentLinkKind; label: string }[] = [
  { value: 'birth', label: 'Birth parent' },
  { value: 'adoptive', label: 'Adoptive parent' },
  { value: 'foster', label: 'Foster carer' },
  { value: 'kinship', label: 'Kinship carer' },
  { value: 'special-guardianship', label: 'Special guardian' },
];

/** One parent–child link: its kind and, for carers, when it began and ended. */
export function ParentLinkEditor({ doc, link, edit }: { doc: GenogramDocument; link: ParentLink; edit: DocEdit }) {
  const key = (field: string) => `link:${link.id}:${field}`;
  return (
    <div className="inspector__group" data-testid="parent-link-editor">
      <div className="inspector__group-title">
        <ItemLink id={link.parent}>{personName(doc, link.parent)}</ItemLink> is a parent of{' '}
        <ItemLink id={link.child}>{personName(doc, link.child)}</ItemLink>
      </div>
      <SelectField
        label={`${personName(doc, link.parent)} is`}
        value={link.kind}
        options={LINK_KIND_OPTIONS}
        onChange={(kind) => edit('Edit parent link', (d) => updateParentLink(d, link.id, { kind }), key('kind'))}
      />
      <DateField label="From" value={link.from} onChange={(from) => edit('Edit parent link', (d) => updateParentLink(d, link.id, { from }), key('from'))} />
      <DateField label="To" value={link.to} onChange={(to) => edit('Edit parent link', (d) => updateParentLink(d, link.id, { to }), key('to'))} />
      <button type="button" className="inspector__danger" onClick={() => edit('Remove parent link', (d) => removeParentLink(d, link.id))}>
        Remove this parent link
      </button>
    </div>
  );
}
