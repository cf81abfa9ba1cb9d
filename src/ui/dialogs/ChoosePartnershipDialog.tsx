import { displayName, indexDocument, partnerOf } from '../../core/model/documentIndex';
import { describePartnershipHistory } from '../inspector/partnershipText';
import { addChildWithin, partnershipsOf } from '../actions/actions';
import type { ActionContext } from '../actions/context';
import { Modal } from './Modal';

/** Which of the person's partnerships a new child (or pregnancy) belongs to, or none. */
export function ChoosePartnershipDialog({
  ctx,
  personId,
  purpose,
  onClose,
}: {
  ctx: ActionContext;
  personId: string;
  purpose: 'child' | 'pregnancy';
  onClose: () => void;
}) {
  const doc = ctx.store.getState().doc;
  const index = indexDocument(doc);
  const person = index.person.get(personId);
  const name = (person && displayName(person)) || 'this person';
  const choose = (partnershipId: string | null) => {
    onClose();
    addChildWithin(ctx, personId, partnershipId, purpose);
  };
  return (
    <Modal title={purpose === 'child' ? `Child of ${name} with…` : `Pregnancy of ${name} with…`} onClose={onClose} testId="choose-partnership-dialog">
      <ul className="authoring-choice__list">
        {partnershipsOf(ctx, personId).map((p) => {
          const partner = index.person.get(partnerOf(p, personId));
          const partnerName = (partner && displayName(partner)) || 'unnamed partner';
          const history = describePartnershipHistory(p);
          return (
            <li key={p.id}>
              <button type="button" className="authoring-choice__button" onClick={() => choose(p.id)}>
                {partnerName}
                {history ? <span className="authoring-choice__detail"> — {history}</span> : null}
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" className="authoring-choice__button" onClick={() => choose(null)}>
            No partner (other parent not recorded)
          </button>
        </li>
      </ul>
    </Modal>
  );
}
