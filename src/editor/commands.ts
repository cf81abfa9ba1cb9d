import { OperationError } from '../core/model/operationError';
import {
  addChild,
  addHousehold,
  addHouseholdMember,
  removeHouseholdMember,
  addParents,
  addPartner,
  addPartnership,
  addPerson,
  addPregnancy,
  addRelationshipLine,
  addSibling,
  addTwin,
  releasePins,
  removeObjects,
  setMultipleBirth,
  setPinned,
  updateSettings,
  type NewPersonFields,
  type ParentRole,
  type ParentsSpec,
} from '../core/model/operations';
import type { GenogramDocument, Id, MultipleBirth, PartialDate, PregnancyOutcome, RelationshipKind } from '../core/model/types';
import type { EditorState } from './editorStore';

/**
 * What a command did: ok with the ids it created, or refused with a message for the user.
 * A refused command changes nothing.
 */
export type CommandResult = { ok: true; ids: Id[] } | { ok: false; message: string };

/**
 * The part of the editor store commands use, written structurally so the real store and the
 * UI's view of it (src/ui/actions/context.ts) both fit.
 */
export interface CommandStore {
  getState(): Pick<EditorState, 'doc' | 'selection' | 'apply'>;
}

/** One edit: the next document, the ids it created, and what to select afterwards. */
export type Edit = (doc: GenogramDocument) => { doc: GenogramDocument; ids?: Id[]; select?: Id[] };

/**
 * Runs one edit as one undo step. Operation errors (a third birth parent, an unknown id) become
 * a refused result; anything else is a bug and is thrown. Edits with the same coalesceKey in
 * quick succession merge into one step (a typing burst).
 */
export function runCommand(store: CommandStore, label: string, edit: Edit, coalesceKey?: string): CommandResult {
  const state = store.getState();
  let outcome: ReturnType<Edit>;
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
  return { ok: true, ids: outcome.ids ?? [] };
}

/** The selected persons, in selection order (partnerships, households and the like left out). */
export function selectedPersonIds(state: { doc: GenogramDocument; selection: readonly Id[] }): Id[] {
  const persons = new Set(state.doc.persons.map((p) => p.id));
  return state.selection.filter((id) => persons.has(id));
}


/** A person with nothing known yet: gender unknown, selected for naming. */
export function addPersonCommand(store: CommandStore, fields: NewPersonFields = {}): CommandResult {
  return runCommand(store, 'Add person', (doc) => {
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

/** Selects the first new parent (the mother, for both), the one the author names next. */
export function addParentsCommand(store: CommandStore, childId: Id, which: ParentRole): CommandResult {
  return runCommand(store, PARENT_LABELS[which], (doc) => {
    const r = addParents(doc, childId, which);
    return { doc: r.doc, ids: r.parentIds, select: r.parentIds.slice(0, 1) };
  });
}

export function addPartnerCommand(store: CommandStore, personId: Id, fields: NewPersonFields = {}): CommandResult {
  return runCommand(store, 'Add partner', (doc) => {
    const r = addPartner(doc, personId, fields);
    return { doc: r.doc, ids: [r.id, r.partnershipId], select: [r.id] };
  });
}

export function addChildCommand(store: CommandStore, of: ParentsSpec, fields: NewPersonFields = {}): CommandResult {
  return runCommand(store, 'Add child', (doc) => {
    const r = addChild(doc, of, fields);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function addSiblingCommand(store: CommandStore, personId: Id, fields: NewPersonFields = {}): CommandResult {
  return runCommand(store, 'Add sibling', (doc) => {
    const r = addSibling(doc, personId, fields);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function addTwinCommand(store: CommandStore, personId: Id): CommandResult {
  return runCommand(store, 'Add twin', (doc) => {
    const r = addTwin(doc, personId);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

export function addPregnancyCommand(store: CommandStore, of: ParentsSpec, outcome: PregnancyOutcome): CommandResult {
  return runCommand(store, outcome === 'ongoing' ? 'Add pregnancy' : 'Add pregnancy loss', (doc) => {
    const r = addPregnancy(doc, of, outcome);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/** Deletes everything selected; persons take their links, partnerships and memberships with them. */
export function deleteSelectionCommand(store: CommandStore): CommandResult {
  const { selection } = store.getState();
  if (selection.length === 0) return { ok: false, message: 'Nothing is selected' };
  return runCommand(store, selection.length === 1 ? 'Delete' : `Delete ${selection.length} items`, (doc) => ({
    doc: removeObjects(doc, selection),
    select: [],
  }));
}

/** Pins dragged persons where they were dropped (one undo step per drag). */
export function movePersonsCommand(store: CommandStore, positions: ReadonlyMap<Id, { x: number; y: number }>): CommandResult {
  return runCommand(store, positions.size === 1 ? 'Move person' : 'Move persons', (doc) => ({ doc: setPinned(doc, positions) }));
}

/** Releases the pins of the given persons, or of everyone, so the layout places them again. */
export function releasePinsCommand(store: CommandStore, ids?: Id[]): CommandResult {
  return runCommand(store, 'Release pinned positions', (doc) => ({ doc: releasePins(doc, ids) }));
}

/** The two selected persons become partners; the new partnership is selected. */
export function makePartnershipCommand(store: CommandStore): CommandResult {
  const persons = selectedPersonIds(store.getState());
  if (persons.length !== 2) return { ok: false, message: 'Select exactly two people to make them partners' };
  const [a, b] = persons as [Id, Id];
  return runCommand(store, 'Make partnership', (doc) => {
    const r = addPartnership(doc, a, b);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/**
 * A relationship line between two persons (for abuse: harming → harmed), by default from the
 * first selected person to the second. The new line is selected.
 */
export function makeRelationshipLineCommand(store: CommandStore, kind: RelationshipKind, between?: readonly [Id, Id]): CommandResult {
  const persons = between ?? selectedPersonIds(store.getState());
  if (persons.length !== 2) return { ok: false, message: 'Select exactly two people to draw a relationship line between them' };
  const [from, to] = persons as [Id, Id];
  return runCommand(store, 'Add relationship line', (doc) => {
    const r = addRelationshipLine(doc, from, to, kind);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/** A household of the selected persons (numbered when no label is given), then selected. */
export function makeHouseholdCommand(store: CommandStore, label?: string): CommandResult {
  const persons = selectedPersonIds(store.getState());
  if (persons.length === 0) return { ok: false, message: 'Select the people who live together first' };
  return runCommand(store, 'Add household', (doc) => {
    const r = addHousehold(doc, label, persons);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/**
 * A person picked on the figure while a household's members are being chosen: added to the
 * household (with no dates of their own, so the household's apply), or, if they already live
 * there in one undated period only, taken out again.
 */
export function toggleHouseholdMemberCommand(store: CommandStore, householdId: Id, personId: Id): CommandResult {
  const household = store.getState().doc.households.find((h) => h.id === householdId);
  if (!household) return { ok: false, message: 'That household is no longer in the document' };
  const periods = household.members.flatMap((m, i) => (m.person === personId ? [i] : []));
  const only = periods.length === 1 ? household.members[periods[0]!] : undefined;
  if (only && !only.from && !only.to) {
    return runCommand(store, 'Remove household member', (doc) => ({ doc: removeHouseholdMember(doc, householdId, periods[0]!) }));
  }
  if (periods.length > 0) return { ok: false, message: 'This person already has dated periods in this household: change them in the inspector' };
  return runCommand(store, 'Add household member', (doc) => ({ doc: addHouseholdMember(doc, householdId, personId) }));
}

/** The selected persons, in selection order, become one multiple birth, then selected. */
export function makeMultipleBirthCommand(store: CommandStore, kind: MultipleBirth['kind']): CommandResult {
  const persons = selectedPersonIds(store.getState());
  if (persons.length < 2) return { ok: false, message: 'Select two or more people born together' };
  return runCommand(store, kind === 'identical' ? 'Mark identical multiple birth' : 'Mark multiple birth', (doc) => {
    const r = setMultipleBirth(doc, persons, kind);
    return { doc: r.doc, ids: [r.id], select: [r.id] };
  });
}

/** The reference ("as at") date; undefined means today. A burst of slider moves is one undo step. */
export function setAsAtCommand(store: CommandStore, date: PartialDate | undefined): CommandResult {
  return runCommand(store, date ? 'Set reference date' : 'Reference date: today', (doc) => ({ doc: updateSettings(doc, { asAt: date }) }), 'settings:asAt');
}
