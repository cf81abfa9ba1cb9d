import type { GenogramDocument, RelationshipKind, RelationshipLine } from '../../core/model/types';
import { RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS } from '../dialogs/RelationshipKindDialog';
import { SelectField, TextField, textOrUndefined } from './fields';
import { ItemLink, personName } from './ItemLink';
import { removeRelationshipLine, updateRelationshipLine } from '../../core/model/operations';
import type { DocEdit } from './useDocEdit';

const KIND_OPTIONS = RELATIONSHIP_KINDS.map((value) => ({ value, label: RELATIONSHIP_KIND_LABELS[value] }));

/** An emotional or abusive relationship line; for abuse, who harms whom. */
export function RelationshipEditor({ doc, line, edit }: { doc: GenogramDocument; line: RelationshipLine; edit: DocEdit }) {
  const abuse = line.kind.startsWith('abuse-');
  return (
    <div className="inspector__group" data-testid="relationship-editor">
      <div className="inspector__group-title">
        {RELATIONSHIP_KIND_LABELS[line.kind]}: <ItemLink id={line.from}>{personName(doc, line.from)}</ItemLink>
        {abuse ? ' towards ' : ' and '}
        <ItemLink id={line.to}>{personName(doc, line.to)}</ItemLink>
      </div>
      <SelectField
        label="Kind of relationship line"
        value={line.kind}
        options={KIND_OPTIONS}
        onChange={(kind: RelationshipKind) => edit('Edit relationship line', (d) => updateRelationshipLine(d, line.id, { kind }))}
      />
      {abuse ? (
        <button type="button" onClick={() => edit('Swap relationship direction', (d) => updateRelationshipLine(d, line.id, { from: line.to, to: line.from }))}>
          Swap who harms whom
        </button>
      ) : null}
      <TextField
        label="Relationship notes"
        multiline
        value={line.notes}
        onChange={(v) => edit('Edit relationship notes', (d) => updateRelationshipLine(d, line.id, { notes: textOrUndefined(v) }), `relationship:${line.id}:notes`)}
      />
      <button type="button" className="inspector__danger" onClick={() => edit('Remove relationship line', (d) => removeRelationshipLine(d, line.id))}>
        Remove this line
      </button>
    </div>
  );
}
