import { useId } from 'react';
import type { Person, SignificantOther, SignificantOtherRole } from '../../core/model/types';
import { useEditor } from '../EditorStoreContext';
import { personName } from './ItemLink';
import { Section, SelectField, TextField, textOrUndefined } from './fields';
import { SIGNIFICANT_OTHER_OPTIONS } from './personOptions';

/**
 * Whether the person is an adult outside the family who matters to the child (a partner who
 * visits, a friend, a lodger, someone else living in or visiting the household), whose partner or
 * friend they are, and the role in the author's words. Their periods of living in or visiting a
 * household are set on the household.
 */
export function SignificantOtherEditor({ person, set }: { person: Person; set: (field: string, patch: { significantOther: SignificantOther | undefined }, label: string) => void }) {
  const doc = useEditor((s) => s.doc);
  const role = person.significantOther;
  const ofId = useId();
  const change = (next: { role?: SignificantOtherRole | 'none'; of?: string | undefined; text?: string | undefined }) => {
    const roleNow = 'role' in next ? next.role : role?.role;
    if (!roleNow || roleNow === 'none') {
      set('significantOther', { significantOther: undefined }, 'Edit role outside the family');
      return;
    }
    const of = 'of' in next ? next.of : role?.of;
    const text = 'text' in next ? next.text : role?.text;
    const out: SignificantOther = { role: roleNow };
    if (of) out.of = of;
    if (text) out.text = text;
    set('significantOther', { significantOther: out }, 'Edit role outside the family');
  };
  const others = doc.persons.filter((p) => p.id !== person.id && !p.pregnancy);
  return (
    <Section title="Outside the family" testId="significant-other">
      <SelectField
        label="Role in the child's life"
        value={role?.role ?? 'none'}
        options={SIGNIFICANT_OTHER_OPTIONS}
        testId="significant-other-role"
        onChange={(value) => change({ role: value })}
      />
      {role && (role.role === 'partner' || role.role === 'friend' || role.role === 'other') ? (
        <div className="inspector__field">
          <label htmlFor={ofId}>{role.role === 'partner' ? 'Partner of' : role.role === 'friend' ? 'Friend of' : 'Known through'}</label>
          <select id={ofId} value={role.of ?? ''} data-testid="significant-other-of" onChange={(e) => change({ of: e.target.value || undefined })}>
            {/* Nobody chose one yet: "not entered", as the ethnicity and disability choices say; "not recorded" means the records do not say. */}
            <option value="">Not entered</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {personName(doc, p.id)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {role ? (
        <TextField label="Role in your words (e.g. neighbour, mother's cousin's partner)" value={role.text} onChange={(text) => change({ text: textOrUndefined(text) })} />
      ) : null}
      {role ? <p className="inspector__hint">When they lived in or visited the household is set on the household.</p> : null}
    </Section>
  );
}
