import { useId, useState } from 'react';
import { displayName, indexDocument } from '../../core/model/documentIndex';
import { ABUSE_KINDS, type RelationshipKind } from '../../core/model/types';
import { makeRelationshipLineCommand } from '../../editor/commands';
import { reportCommand } from '../actions/actions';
import type { ActionContext } from '../actions/context';
import { Modal } from './Modal';

export const RELATIONSHIP_KIND_LABELS: Record<RelationshipKind, string> = {
  close: 'Close',
  distant: 'Distant',
  conflict: 'Conflict',
  'cut-off': 'Cut off',
  'abuse-domestic': 'Domestic abuse',
  'abuse-physical': 'Physical abuse',
  'abuse-emotional': 'Emotional abuse',
  'abuse-sexual': 'Sexual abuse',
  'abuse-neglect': 'Neglect',
};

export const RELATIONSHIP_KINDS: RelationshipKind[] = ['close', 'distant', 'conflict', 'cut-off', ...ABUSE_KINDS.map((k) => `abuse-${k}` as const)];

/** Chooses the kind of a new relationship line and, for abuse, who harms whom. */
export function RelationshipKindDialog({ ctx, from, to, onClose }: { ctx: ActionContext; from: string; to: string; onClose: () => void }) {
  const doc = ctx.store.getState().doc;
  const index = indexDocument(doc);
  const nameOf = (id: string) => {
    const p = index.person.get(id);
    return (p && displayName(p)) || 'Unnamed person';
  };
  const [kind, setKind] = useState<RelationshipKind>('close');
  const [reversed, setReversed] = useState(false);
  const kindId = useId();
  const directionId = useId();
  const [a, b] = reversed ? [to, from] : [from, to];
  const isAbuse = kind.startsWith('abuse-');
  const make = () => {
    onClose();
    reportCommand(ctx, makeRelationshipLineCommand(ctx.store, kind, [a, b]));
  };
  return (
    <Modal title={`Relationship between ${nameOf(from)} and ${nameOf(to)}`} onClose={onClose} testId="relationship-kind-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          make();
        }}
      >
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} data-autofocus value={kind} onChange={(e) => setKind(e.target.value as RelationshipKind)}>
          {RELATIONSHIP_KINDS.map((k) => (
            <option key={k} value={k}>
              {RELATIONSHIP_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {isAbuse ? (
          <>
            <label htmlFor={directionId}>Who causes harm</label>
            <select id={directionId} value={reversed ? 'reversed' : 'forward'} onChange={(e) => setReversed(e.target.value === 'reversed')}>
              <option value="forward">
                {nameOf(from)} harms {nameOf(to)}
              </option>
              <option value="reversed">
                {nameOf(to)} harms {nameOf(from)}
              </option>
            </select>
          </>
        ) : null}
        <div className="authoring-modal__actions">
          <button type="submit">Make line</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
