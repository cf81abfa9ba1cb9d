import type { StoreApi } from 'zustand/vanilla';
import { indexDocument } from '../core/model/documentIndex';
import { OperationError } from '../core/model/operationError';
import {
  addChild,
  addHousehold,
  addParentLink,
  addParents,
  addPartner,
  addPartnershipEvent,
  addPerson,
  addPregnancy,
  addRelationshipLine,
  addSibling,
  releasePins,
  removeObjects,
  removePartnershipEvent,
  setMultipleBirth,
  setPinned,
  updateHousehold,
  updateParentLink,
  updatePartnership,
  updatePartnershipEvent,
  updatePerson,
  updateRelationshipLine,
  updateSettings,
  type NewPersonFields,
  type ParentRole,
  type ParentsSpec,
  type Patch,
  type SettingsPatch,
} from '../core/model/operations';
import type {
  GenogramDocument,
  Household,
  Id,
  MultipleBirth,
  ParentLink,
  ParentLinkKind,
  PartialDate,
  Partnership,
  PartnershipEvent,
  Person,
  PregnancyOutcome,
  RelationshipKind,
  RelationshipLine,
} from '../core/model/types';
import type { EditorState } from './editorStore';

/**
 * What a command did: ok with the ids it created (and a note worth showing), or refused with a
 * message for the user. A refused command changes nothing.
 */
export type CommandResult = { ok: true; ids: Id[]; note?: string } | { ok: false; message: string };

type Store = StoreApi<EditorState>;

/**
 * Runs one edit as one undo step. Operation errors (a third birth parent, an unknown id) become
 * a refused result; anything else is a bug and is thrown.
 */
function run(
  store: Store,
  label: string,
  edit: (doc: GenogramDocument) => { doc: GenogramDocument; ids?: Id[]; select?: Id[]; note?: string },
  coalesceKey?: string,
): CommandResult {
  const state = store.getState();
  let outcome: ReturnType<typeof edit>;
  try {
    outcome = edit(state.doc);
  } catch (error) {
    if (error instanceof OperationError) return { ok: false, message: error.message };
    throw error;
  }
  const options: { coalesceKey?: string; select?: Id[] } = {};
  if (coalesceKey !== undefined) options.coalesceKey = coalesceKey;
  if (outcome.select) options.select = outcome.select;
  state.apply(label, () => outcome.doc, options);
  const ids = outcome.ids ?? [];
  return outcome.note ? { ok: true, ids, note: outcome.note } : { ok: true, ids };
}

function selectedPersons(store: Store): Id[] {
  const { doc, selection } = store.getState();
  const persons = indexDocument(doc).person;
  return selection.filter((id) => persons.has(id));
}

const patchKey = (patch: object) => Object.keys(patch).sort().join(',');

export function addPersonCommand(store: Store, fields: NewPersonFields = {}): CommandResult {
  return run(store, 'Add person', (doc) => {
    const r = addPerson(doc, fields);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

const PARENT_LABELS: Record<ParentRole, string> = {
  mother: 'Add mother',
  father: 'Add father',
  both: 'Add parents',
  unknown: 'Add unknown parent',
};

export function addParentsCommand(store: Store, childId: Id, which: ParentRole): CommandResult {
  return run(store, PARENT_LABELS[which], (doc) => {
    const r = addParents(doc, childId, which);
    return { doc: r.doc, ids: r.parentIds, select: r.parentIds };
  });
}

export function addPartnerCommand(store: Store, personId: Id, fields: NewPersonFields = {}): CommandResult {
  return run(store, 'Add partner', (doc) => {
    const r = addPartner(doc, personId, fields);
    return { doc: r.doc, ids: [r.id, r.partnershipId], select: [r.id] };
  });
}

export function addChildCommand(store: Store, of: ParentsSpec, fields: NewPersonFields = {}): CommandResult {
  return run(store, 'Add child', (doc) => {
    const r = addChild(doc, of, fields);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/** The result's note says when the person had no recorded parents to share. */
export function addSiblingCommand(store: Store, personId: Id, fields: NewPersonFields = {}): CommandResult {
  return run(store, 'Add sibling', (doc) => {
    const r = addSibling(doc, personId, fields);
    return r.note !== undefined
      ? { doc: r.doc, ids: [r.id], select: [r.id], note: r.note }
      : { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function addPregnancyCommand(store: Store, of: ParentsSpec, outcome: PregnancyOutcome): CommandResult {
  return run(store, outcome === 'ongoing' ? 'Add pregnancy' : 'Add pregnancy loss', (doc) => {
    const r = addPregnancy(doc, of, outcome);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/** Deletes everything selected; persons take their links, partnerships and memberships with them. */
export function deleteSelectionCommand(store: Store): CommandResult {
  const { selection } = store.getState();
  if (selection.length === 0) return { ok: false, message: 'Nothing is selected' };
  return run(store, selection.length === 1 ? 'Delete' : `Delete ${selection.length} items`, (doc) => ({
    doc: removeObjects(doc, selection),
    select: [],
  }));
}

/** Typing in one field of one person merges into one undo step. */
export function updatePersonCommand(store: Store, id: Id, patch: Patch<Person>): CommandResult {
  return run(store, 'Edit person', (doc) => ({ doc: updatePerson(doc, id, patch) }), `person:${id}:${patchKey(patch)}`);
}

export function updatePartnershipCommand(store: Store, id: Id, patch: Patch<Partnership>): CommandResult {
  return run(store, 'Edit partnership', (doc) => ({ doc: updatePartnership(doc, id, patch) }), `partnership:${id}:${patchKey(patch)}`);
}

export function addPartnershipEventCommand(store: Store, partnershipId: Id, event: PartnershipEvent): CommandResult {
  return run(store, 'Add partnership event', (doc) => ({ doc: addPartnershipEvent(doc, partnershipId, event) }));
}

export function updatePartnershipEventCommand(
  store: Store,
  partnershipId: Id,
  index: number,
  patch: Patch<PartnershipEvent>,
): CommandResult {
  return run(
    store,
    'Edit partnership event',
    (doc) => ({ doc: updatePartnershipEvent(doc, partnershipId, index, patch) }),
    `event:${partnershipId}:${index}:${patchKey(patch)}`,
  );
}

export function removePartnershipEventCommand(store: Store, partnershipId: Id, index: number): CommandResult {
  return run(store, 'Remove partnership event', (doc) => ({ doc: removePartnershipEvent(doc, partnershipId, index) }));
}

export function addParentLinkCommand(store: Store, parent: Id, child: Id, kind: ParentLinkKind): CommandResult {
  return run(store, kind === 'birth' ? 'Link parent' : 'Add carer', (doc) => {
    const r = addParentLink(doc, parent, child, kind);
    return { doc: r.doc, ids: [r.id] };
  });
}

export function updateParentLinkCommand(store: Store, id: Id, patch: Patch<ParentLink>): CommandResult {
  return run(store, 'Edit parent link', (doc) => ({ doc: updateParentLink(doc, id, patch) }), `link:${id}:${patchKey(patch)}`);
}

/** Pins dragged persons where they were dropped (one undo step per drag). */
export function movePersonsCommand(store: Store, positions: ReadonlyMap<Id, { x: number; y: number }>): CommandResult {
  return run(store, positions.size === 1 ? 'Move person' : 'Move persons', (doc) => ({ doc: setPinned(doc, positions) }));
}

/** Releases the pins of the given persons, or of everyone. */
export function releasePinsCommand(store: Store, ids?: Id[]): CommandResult {
  return run(store, 'Release pinned positions', (doc) => ({ doc: releasePins(doc, ids) }));
}

/** A relationship line from the first selected person to the second (for abuse: harming → harmed). */
export function makeRelationshipLineCommand(store: Store, kind: RelationshipKind): CommandResult {
  const persons = selectedPersons(store);
  if (persons.length !== 2) return { ok: false, message: 'Select exactly two people to draw a relationship line between them' };
  const [from, to] = persons as [Id, Id];
  return run(store, 'Add relationship line', (doc) => {
    const r = addRelationshipLine(doc, from, to, kind);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function updateRelationshipLineCommand(store: Store, id: Id, patch: Patch<RelationshipLine>): CommandResult {
  return run(store, 'Edit relationship line', (doc) => ({ doc: updateRelationshipLine(doc, id, patch) }), `line:${id}:${patchKey(patch)}`);
}

/** A household of the selected persons, from the document's reference date when one is set. */
export function makeHouseholdCommand(store: Store, label: string): CommandResult {
  const persons = selectedPersons(store);
  if (persons.length === 0) return { ok: false, message: 'Select the people who live together first' };
  return run(store, 'Add household', (doc) => {
    const r = addHousehold(doc, label, persons, doc.settings.asAt);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function updateHouseholdCommand(store: Store, id: Id, patch: Patch<Household>): CommandResult {
  return run(store, 'Edit household', (doc) => ({ doc: updateHousehold(doc, id, patch) }), `household:${id}:${patchKey(patch)}`);
}

/** The selected persons, in selection order, become one multiple birth. */
export function makeMultipleBirthCommand(store: Store, kind: MultipleBirth['kind']): CommandResult {
  const persons = selectedPersons(store);
  if (persons.length < 2) return { ok: false, message: 'Select the twins (or triplets) first' };
  return run(store, kind === 'identical' ? 'Mark identical multiple birth' : 'Mark multiple birth', (doc) => {
    const r = setMultipleBirth(doc, persons, kind);
    return { doc: r.doc, ids: [r.id] };
  });
}

/** The reference ("as at") date; undefined means today. */
export function setAsAtCommand(store: Store, date: PartialDate | undefined): CommandResult {
  return run(store, 'Set reference date', (doc) => ({ doc: updateSettings(doc, { asAt: date }) }), 'settings:asAt');
}

export function updateSettingsCommand(store: Store, patch: SettingsPatch): CommandResult {
  const keys = [...Object.keys(patch).filter((k) => k !== 'notation'), ...Object.keys(patch.notation ?? {})];
  return run(store, 'Change settings', (doc) => ({ doc: updateSettings(doc, patch) }), `settings:${keys.sort().join(',')}`);
}
