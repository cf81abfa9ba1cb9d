import { useEffect, useRef } from 'react';
import { useEditor } from '../EditorStoreContext';
import { useUi } from '../actions/useActionContext';
import { DocumentSettingsEditor } from './DocumentSettingsEditor';
import { Section } from './fields';
import { HouseholdEditor } from './HouseholdEditor';
import { ItemLink, personName } from './ItemLink';
import { MultipleBirthEditor } from './MultipleBirthEditor';
import { ParentLinkEditor } from './ParentLinkEditor';
import { PartnershipEditor } from './PartnershipEditor';
import { PersonEditor } from './PersonEditor';
import { RelationshipEditor } from './RelationshipEditor';
import { findItem, type SelectedItem } from './selectedItem';
import { useDocEdit } from './useDocEdit';

/** Parent links only, of one kind, from the same parents: the links a sibling group on the figure selects. */
function sameSibship(items: SelectedItem[]): boolean {
  const links = items.flatMap((x) => (x.kind === 'parent-link' ? [x.item] : []));
  if (links.length !== items.length) return false;
  const parentsOf = new Map<string, Set<string>>();
  for (const l of links) parentsOf.set(l.child, (parentsOf.get(l.child) ?? new Set()).add(l.parent));
  const sets = [...parentsOf.values()].map((set) => [...set].sort().join('+'));
  return new Set(sets).size === 1 && new Set(links.map((l) => l.kind)).size === 1;
}

const FIRST_FIELD = 'input:not([type="hidden"]), select, textarea';

/** The side panel's editor for whatever is selected, or the document settings when nothing is. */
export function Inspector() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const edit = useDocEdit();
  const root = useRef<HTMLDivElement>(null);
  const focusName = useUi((s) => s.focusNameRequest);
  const focusFirst = useUi((s) => s.focusInspectorRequest);

  useEffect(() => {
    if (focusName === 0) return;
    // The request comes after the edit that selected the new person, so its editor is rendered.
    const field = root.current?.querySelector<HTMLInputElement>('[data-inspector-name]') ?? root.current?.querySelector<HTMLElement>(FIRST_FIELD);
    field?.focus();
    if (field instanceof HTMLInputElement) field.select();
  }, [focusName]);
  useEffect(() => {
    if (focusFirst === 0) return;
    root.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, [focusFirst]);

  const items = selection.map((id) => findItem(doc, id)).filter((x) => x !== undefined);
  let body: React.ReactNode;
  if (items.length === 0) {
    body = <DocumentSettingsEditor doc={doc} edit={edit} />;
  } else if (items.length > 1 && sameSibship(items)) {
    // A sibling group picked on the figure: each child's link to the parents.
    const links = items.flatMap((x) => (x.kind === 'parent-link' ? [x.item] : []));
    const parents = [...new Set(links.map((l) => l.parent))];
    body = (
      <Section title={`Sibling group of ${parents.map((id) => personName(doc, id)).join(' and ')}`}>
        <div data-testid="sibling-group-editor">
          {links.map((link) => (
            <ParentLinkEditor key={link.id} doc={doc} link={link} edit={edit} />
          ))}
        </div>
      </Section>
    );
  } else if (items.length > 1) {
    body = (
      <Section title={`${items.length} selected`}>
        <ul>
          {items.map(({ kind, item }) => (
            <li key={item.id}>
              <ItemLink id={item.id}>{kind === 'person' ? personName(doc, item.id) : kind === 'household' ? item.label : kind.replace('-', ' ')}</ItemLink>
            </li>
          ))}
        </ul>
        <p className="inspector__hint">Two people: L makes a relationship line, Shift+R a partnership. Several: H makes a household, Shift+T a multiple birth.</p>
      </Section>
    );
  } else {
    const selected = items[0]!;
    switch (selected.kind) {
      case 'person':
        body = <PersonEditor key={selected.item.id} person={selected.item} edit={edit} />;
        break;
      case 'partnership':
        body = <PartnershipEditor key={selected.item.id} doc={doc} partnership={selected.item} edit={edit} />;
        break;
      case 'parent-link':
        body = <ParentLinkEditor key={selected.item.id} doc={doc} link={selected.item} edit={edit} />;
        break;
      case 'multiple-birth':
        body = <MultipleBirthEditor key={selected.item.id} doc={doc} group={selected.item} edit={edit} />;
        break;
      case 'relationship':
        body = <RelationshipEditor key={selected.item.id} doc={doc} line={selected.item} edit={edit} />;
        break;
      case 'household':
        body = <HouseholdEditor key={selected.item.id} doc={doc} household={selected.item} edit={edit} />;
        break;
    }
  }
  return (
    <div ref={root} className="inspector" role="form" aria-label="Inspector" data-testid="inspector">
      {body}
    </div>
  );
}
