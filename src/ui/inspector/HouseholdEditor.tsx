import { useEffect, useId, useRef } from 'react';
import { formatDate } from '../../core/dates/partialDate';
import { useUi } from '../actions/useActionContext';
import { uiStore } from '../actions/uiState';
import type { GenogramDocument, Household } from '../../core/model/types';
import { CheckboxField, DateField, TextField, textOrUndefined } from './fields';
import { ItemLink, personName } from './ItemLink';
import { addHouseholdMember, removeHousehold, removeHouseholdMember, updateHousehold, updateHouseholdMember } from '../../core/model/operations';
import type { DocEdit } from './useDocEdit';

/** A household: label, address, and each member's period of living there (or visiting). */
export function HouseholdEditor({ doc, household, edit }: { doc: GenogramDocument; household: Household; edit: DocEdit }) {
  const h = household;
  const addId = useId();
  const key = (field: string) => `household:${h.id}:${field}`;
  const outside = doc.persons.filter((p) => !h.members.some((m) => m.person === p.id));
  const picking = useUi((u) => u.householdPick === h.id);
  const list = useRef<HTMLUListElement>(null);
  const added = useRef(false);
  // After a member is added from the list, the cursor goes to their first date.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLElement>('li:last-child input[type="text"]')?.focus();
  }, [h.members.length]);
  const inherited = (own: unknown, date: typeof h.from, edge: 'from' | 'until') =>
    own || !date ? undefined : `The household's date (${edge} ${formatDate(date)}) applies unless one is typed here.`;
  return (
    <div className="inspector__group" data-testid="household-editor">
      <TextField label="Household name" value={h.label} testId="household-label" onChange={(label) => edit('Edit household', (d) => updateHousehold(d, h.id, { label }), key('label'))} />
      <TextField label="Address" value={h.address} onChange={(v) => edit('Edit household', (d) => updateHousehold(d, h.id, { address: textOrUndefined(v) }), key('address'))} />
      <DateField
        label="The household began (everyone lived here from)"
        value={h.from}
        testId="household-from"
        onChange={(from) => edit('Edit household', (d) => updateHousehold(d, h.id, { from }), key('from'))}
      />
      <DateField
        label="The household ended (everyone lived here until)"
        value={h.to}
        testId="household-to"
        onChange={(to) => edit('Edit household', (d) => updateHousehold(d, h.id, { to }), key('to'))}
      />
      <CheckboxField
        label="Emphasise (e.g. the subject child's household)"
        checked={!!h.emphasised}
        onChange={(v) => edit('Edit household', (d) => updateHousehold(d, h.id, { emphasised: v || undefined }))}
      />
      <ul ref={list} className="inspector__members" aria-label="Members and when they lived here">
        {h.members.map((m, i) => {
          const name = personName(doc, m.person);
          return (
            <li key={`${m.person}-${i}`} className="inspector__member" data-testid="household-member">
              <ItemLink id={m.person}>{name}</ItemLink>
              <DateField
                label={`${name} lived here from`}
                value={m.from}
                hint={inherited(m.from, h.from, 'from')}
                onChange={(from) => edit('Edit household member', (d) => updateHouseholdMember(d, h.id, i, { from }), key(`m${i}from`))}
              />
              <DateField
                label={`${name} lived here until`}
                value={m.to}
                hint={inherited(m.to, h.to, 'until')}
                onChange={(to) => edit('Edit household member', (d) => updateHouseholdMember(d, h.id, i, { to }), key(`m${i}to`))}
              />
              <CheckboxField
                label="Visiting, not living here (counted in the table, not inside the outline)"
                checked={!!m.visiting}
                testId="household-member-visiting"
                onChange={(visiting) => edit('Edit household member', (d) => updateHouseholdMember(d, h.id, i, { visiting: visiting || undefined }))}
              />
              <button type="button" onClick={() => edit('Remove household member', (d) => removeHouseholdMember(d, h.id, i))}>
                Remove {name} from this household
              </button>
            </li>
          );
        })}
      </ul>
      <div className="inspector__field">
        <label htmlFor={addId}>Add a member (or another period for someone)</label>
        <select
          id={addId}
          value=""
          onChange={(e) => {
            const person = e.target.value;
            if (!person) return;
            added.current = true;
            edit('Add household member', (d) => addHouseholdMember(d, h.id, person));
          }}
        >
          <option value="">Choose a person…</option>
          {[...outside, ...doc.persons.filter((p) => !outside.includes(p))].map((p) => (
            <option key={p.id} value={p.id}>
              {personName(doc, p.id)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        aria-pressed={picking}
        data-testid="household-pick"
        onClick={() => uiStore.getState().setHouseholdPick(picking ? null : h.id)}
      >
        {picking ? 'Done adding members' : 'Add members by clicking them on the figure'}
      </button>
      <button type="button" className="inspector__danger" onClick={() => edit('Remove household', (d) => removeHousehold(d, h.id))}>
        Remove this household
      </button>
    </div>
  );
}
