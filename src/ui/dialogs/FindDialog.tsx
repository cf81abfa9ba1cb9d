import { useId, useMemo, useState } from 'react';
import { displayName } from '../../core/model/documentIndex';
import { formatYear } from '../../core/dates/partialDate';
import type { Person } from '../../core/model/types';
import type { ActionContext } from '../actions/context';
import { findPersons } from './findPersons';
import { Modal } from './Modal';

function describe(p: Person): string {
  const name = displayName(p) || 'Unnamed person';
  return p.birth ? `${name} (b. ${formatYear(p.birth)})` : name;
}

/** Find a person by name; Enter selects the highlighted match and zooms to it. */
export function FindDialog({ ctx, onClose }: { ctx: ActionContext; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const doc = ctx.store.getState().doc;
  const matches = useMemo(() => findPersons(doc, query), [doc, query]);
  const listId = useId();
  const inputId = useId();

  const choose = (person: Person | undefined) => {
    if (!person) return;
    ctx.store.getState().select([person.id], 'replace');
    const view = ctx.view.getState();
    view.set({ zoomTarget: [person.id], zoomRequest: view.zoomRequest + 1 });
    onClose();
  };

  return (
    <Modal title="Find a person" onClose={onClose} testId="find-dialog">
      <label htmlFor={inputId}>Name</label>
      <input
        id={inputId}
        data-autofocus
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(matches[active]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="authoring-find__list">
        {matches.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'authoring-find__match authoring-find__match--active' : 'authoring-find__match'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p);
            }}
          >
            {describe(p)}
          </li>
        ))}
      </ul>
      {query.trim() && matches.length === 0 ? <p role="status">No one is called "{query.trim()}".</p> : null}
    </Modal>
  );
}
