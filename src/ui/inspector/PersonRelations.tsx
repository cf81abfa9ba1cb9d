import { memberPeriods } from '../../core/households/memberPeriods';
import { formatDate } from '../../core/dates/partialDate';
import { indexDocument, partnerOf } from '../../core/model/documentIndex';
import type { Person } from '../../core/model/types';
import { useEditor } from '../EditorStoreContext';
import { RELATIONSHIP_KIND_LABELS } from '../dialogs/RelationshipKindDialog';
import { AddParentLink } from './AddParentLink';
import { Section } from './fields';
import { ItemLink, personName } from './ItemLink';
import { MultipleBirthEditor } from './MultipleBirthEditor';
import { LINK_KIND_OPTIONS, ParentLinkEditor } from './ParentLinkEditor';
import { PartnershipEditor } from './PartnershipEditor';
import type { DocEdit } from './useDocEdit';

const LINK_KIND_LABEL = new Map(LINK_KIND_OPTIONS.map((o) => [o.value, o.label]));

/** The person's partnerships, parents, children, multiple birth, households and lines. */
export function PersonRelations({ person, edit }: { person: Person; edit: DocEdit }) {
  const doc = useEditor((s) => s.doc);
  const index = indexDocument(doc);
  const partnerships = index.partnershipsOf.get(person.id) ?? [];
  const parentLinks = index.parentLinksOf.get(person.id) ?? [];
  const childLinks = index.childLinksOf.get(person.id) ?? [];
  const group = index.multipleBirthOf.get(person.id);
  const households = index.householdsOf.get(person.id) ?? [];
  const lines = doc.relationships.filter((r) => r.from === person.id || r.to === person.id);
  return (
    <>
      {partnerships.length ? (
        <Section title="Partnerships" testId="person-partnerships">
          {partnerships.map((p) => (
            <PartnershipEditor
              key={p.id}
              doc={doc}
              partnership={p}
              edit={edit}
              heading={
                <>
                  With <ItemLink id={partnerOf(p, person.id)}>{personName(doc, partnerOf(p, person.id))}</ItemLink>
                </>
              }
            />
          ))}
        </Section>
      ) : null}
      <Section title="Parents and carers">
        {parentLinks.map((l) => (
          <ParentLinkEditor key={l.id} doc={doc} link={l} edit={edit} />
        ))}
        <AddParentLink doc={doc} childId={person.id} edit={edit} />
      </Section>
      {childLinks.length ? (
        <Section title="Children">
          <ul>
            {childLinks.map((l) => (
              <li key={l.id}>
                <ItemLink id={l.child}>{personName(doc, l.child)}</ItemLink> ({LINK_KIND_LABEL.get(l.kind)?.toLowerCase()})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {group ? (
        <Section title="Multiple birth">
          <MultipleBirthEditor doc={doc} group={group} edit={edit} />
        </Section>
      ) : null}
      {households.length ? (
        <Section title="Households">
          <ul>
            {households.map((h) => (
              <li key={h.id}>
                <ItemLink id={h.id}>{h.label || 'Household'}</ItemLink>
                {memberPeriods(h)
                  .filter((m) => m.person === person.id && (m.from || m.to))
                  .map((m, i) => (
                    <span key={i}>
                      {' '}
                      ({m.visiting ? 'visiting ' : ''}
                      {m.from ? formatDate(m.from) : '…'} – {m.to ? formatDate(m.to) : 'now'})
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {lines.length ? (
        <Section title="Relationship lines">
          <ul>
            {lines.map((r) => (
              <li key={r.id}>
                <ItemLink id={r.id}>{RELATIONSHIP_KIND_LABELS[r.kind]}</ItemLink> {r.from === person.id ? 'with' : 'from'}{' '}
                {personName(doc, r.from === person.id ? r.to : r.from)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
