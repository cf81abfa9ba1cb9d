// Undo and redo as a property: for any sequence of user commands (with undos,
// redos and typing bursts mixed in), undoing everything gives back the first
// document and redoing everything gives back the last.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StoreApi } from 'zustand/vanilla';
import { createEditorStore, COALESCE_MS, HISTORY_LIMIT, type EditorState } from '../../src/editor/editorStore';
import * as commands from '../../src/editor/commands';
import { addPartnershipEvent, updateSettings } from '../../src/core/model/operations';
import { updatePerson } from '../../src/core/model/operations/persons';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { notationSheet } from '../../src/core/example/notationSheet';
import type { GenogramDocument, Id, PregnancyOutcome, RelationshipKind } from '../../src/core/model/types';

type Store = StoreApi<EditorState>;

/** A command chosen by the generator; `pick` values choose among whatever exists when it runs. */
type Step =
  | { kind: 'addPerson'; gender: 'female' | 'male' | 'nonbinary' | 'unknown' }
  | { kind: 'addParents'; pick: number; which: 'mother' | 'father' | 'both' | 'unknown' }
  | { kind: 'addPartner'; pick: number }
  | { kind: 'addChild'; pick: number; pick2: number; two: boolean }
  | { kind: 'addChildOfPartnership'; pick: number }
  | { kind: 'addSibling'; pick: number }
  | { kind: 'addPregnancy'; pick: number; outcome: PregnancyOutcome }
  | { kind: 'rename'; pick: number; text: string; burst: boolean }
  | { kind: 'setBirth'; pick: number; year: number }
  | { kind: 'delete'; picks: number[] }
  | { kind: 'move'; pick: number; x: number; y: number }
  | { kind: 'releasePins' }
  | { kind: 'relationshipLine'; pick: number; pick2: number; line: RelationshipKind }
  | { kind: 'household'; picks: number[]; label: string }
  | { kind: 'twins'; picks: number[] }
  | { kind: 'partnershipEvent'; pick: number; year: number }
  | { kind: 'asAt'; year: number | undefined }
  | { kind: 'title'; text: string; burst: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' };

const pick = fc.nat({ max: 10_000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('addPerson' as const), gender: fc.constantFrom('female' as const, 'male' as const, 'nonbinary' as const, 'unknown' as const) }),
  fc.record({ kind: fc.constant('addParents' as const), pick, which: fc.constantFrom('mother' as const, 'father' as const, 'both' as const, 'unknown' as const) }),
  fc.record({ kind: fc.constant('addPartner' as const), pick }),
  fc.record({ kind: fc.constant('addChild' as const), pick, pick2: pick, two: fc.boolean() }),
  fc.record({ kind: fc.constant('addChildOfPartnership' as const), pick }),
  fc.record({ kind: fc.constant('addSibling' as const), pick }),
  fc.record({ kind: fc.constant('addPregnancy' as const), pick, outcome: fc.constantFrom('ongoing' as const, 'miscarriage' as const, 'termination' as const, 'stillbirth' as const) }),
  fc.record({ kind: fc.constant('rename' as const), pick, text: fc.string({ maxLength: 12 }), burst: fc.boolean() }),
  fc.record({ kind: fc.constant('setBirth' as const), pick, year: fc.integer({ min: 1900, max: 2030 }) }),
  fc.record({ kind: fc.constant('delete' as const), picks: fc.array(pick, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('move' as const), pick, x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
  fc.record({ kind: fc.constant('releasePins' as const) }),
  fc.record({ kind: fc.constant('relationshipLine' as const), pick, pick2: pick, line: fc.constantFrom<RelationshipKind>('close', 'distant', 'conflict', 'cut-off', 'abuse-domestic') }),
  fc.record({ kind: fc.constant('household' as const), picks: fc.array(pick, { minLength: 1, maxLength: 4 }), label: fc.string({ maxLength: 10 }) }),
  fc.record({ kind: fc.constant('twins' as const), picks: fc.array(pick, { minLength: 2, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('partnershipEvent' as const), pick, year: fc.integer({ min: 1950, max: 2030 }) }),
  fc.record({ kind: fc.constant('asAt' as const), year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('title' as const), text: fc.string({ maxLength: 20 }), burst: fc.boolean() }),
  fc.constant<Step>({ kind: 'undo' }),
  fc.constant<Step>({ kind: 'redo' }),
);

function choose<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

function personIds(doc: GenogramDocument): Id[] {
  return doc.persons.map((p) => p.id);
}

function selectPersons(store: Store, picks: number[]): Id[] {
  const ids = personIds(store.getState().doc);
  const chosen = [...new Set(picks.map((n) => choose(ids, n)).filter((id): id is Id => id !== undefined))];
  store.getState().select(chosen, 'replace');
  return chosen;
}

function perform(store: Store, s: Step): void {
  const doc = store.getState().doc;
  const persons = personIds(doc);
  const person = 'pick' in s ? choose(persons, s.pick) : undefined;
  switch (s.kind) {
    case 'addPerson':
      commands.addPersonCommand(store, { gender: s.gender });
      return;
    case 'addParents':
      if (person) commands.addParentsCommand(store, person, s.which);
      return;
    case 'addPartner':
      if (person) commands.addPartnerCommand(store, person);
      return;
    case 'addChild': {
      const other = choose(persons, s.pick2);
      if (person) commands.addChildCommand(store, s.two && other && other !== person ? [person, other] : [person]);
      return;
    }
    case 'addChildOfPartnership': {
      const partnership = choose(doc.partnerships, s.pick);
      if (partnership) commands.addChildCommand(store, { partnershipId: partnership.id });
      return;
    }
    case 'addSibling':
      if (person) commands.addSiblingCommand(store, person);
      return;
    case 'addPregnancy':
      if (person) commands.addPregnancyCommand(store, [person], s.outcome);
      return;
    case 'rename':
      if (person) commands.runCommand(store, 'Edit person', (d) => ({ doc: updatePerson(d, person, { givenNames: s.text }) }), `person:${person}:givenNames`);
      return;
    case 'setBirth':
      if (person) commands.runCommand(store, 'Edit person', (d) => ({ doc: updatePerson(d, person, { birth: { year: s.year } }) }), `person:${person}:birth`);
      return;
    case 'delete':
      if (selectPersons(store, s.picks).length) commands.deleteSelectionCommand(store);
      return;
    case 'move':
      if (person) commands.movePersonsCommand(store, new Map([[person, { x: s.x, y: s.y }]]));
      return;
    case 'releasePins':
      commands.releasePinsCommand(store);
      return;
    case 'relationshipLine':
      if (selectPersons(store, [s.pick, s.pick2]).length === 2) commands.makeRelationshipLineCommand(store, s.line);
      return;
    case 'household':
      if (selectPersons(store, s.picks).length) commands.makeHouseholdCommand(store, s.label || 'Household');
      return;
    case 'twins':
      if (selectPersons(store, s.picks).length >= 2) commands.makeMultipleBirthCommand(store, 'fraternal');
      return;
    case 'partnershipEvent': {
      const partnership = choose(doc.partnerships, s.pick);
      if (partnership) commands.runCommand(store, 'Add partnership event', (d) => ({ doc: addPartnershipEvent(d, partnership.id, { type: 'separated', date: { year: s.year } }) }));
      return;
    }
    case 'asAt':
      commands.setAsAtCommand(store, s.year === undefined ? undefined : { year: s.year });
      return;
    case 'title':
      commands.runCommand(store, 'Edit title', (d) => ({ doc: updateSettings(d, { title: s.text }) }), 'settings:title');
      return;
    case 'undo':
      store.getState().undo();
      return;
    case 'redo':
      store.getState().redo();
      return;
  }
}

/** Typing bursts arrive within the coalescing window; other steps come after a pause. */
function isBurst(s: Step): boolean {
  return (s.kind === 'rename' || s.kind === 'title') && s.burst;
}

function runSequence(initial: GenogramDocument, steps: Step[]) {
  let clock = 0;
  const store = createEditorStore(initial, { now: () => clock });
  for (const s of steps) {
    clock += isBurst(s) ? 100 : COALESCE_MS + 1;
    perform(store, s);
  }
  return store;
}

function undoAll(store: Store): number {
  let count = 0;
  while (store.getState().past.length > 0) {
    store.getState().undo();
    count++;
  }
  return count;
}

function redoAll(store: Store): number {
  let count = 0;
  while (store.getState().future.length > 0) {
    store.getState().redo();
    count++;
  }
  return count;
}

describe('undo and redo over random command sequences', () => {
  const starts = [
    { name: 'an empty document', make: () => emptyDocument('Property test') },
    { name: 'the notation sheet', make: () => notationSheet() },
  ];
  for (const start of starts) {
    it(`undo all returns the first document and redo all the last, from ${start.name}`, () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
          const first = start.make();
          const store = runSequence(first, steps);
          const last = store.getState().doc;
          const lastSnapshot = structuredClone(last);
          const undone = undoAll(store);
          expect(store.getState().doc).toStrictEqual(first);
          expect(store.getState().past).toHaveLength(0);
          // Redoing as many steps as were undone comes back to where the session was
          // (steps the session itself had undone stay available beyond that).
          const futureBefore = store.getState().future.length;
          for (let i = 0; i < undone; i++) store.getState().redo();
          expect(store.getState().doc).toStrictEqual(lastSnapshot);
          expect(redoAll(store) + undone).toBe(futureBefore);
          // Undo then redo must not have changed any document in place.
          expect(last).toStrictEqual(lastSnapshot);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('never records more steps than commands that changed the document, and never an empty step', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const store = runSequence(emptyDocument('Steps'), steps.filter((s) => s.kind !== 'undo' && s.kind !== 'redo'));
        const { past } = store.getState();
        expect(past.length).toBeLessThanOrEqual(steps.length);
        const docs = [...past.map((e) => e.doc), store.getState().doc];
        for (let i = 1; i < docs.length; i++) expect(docs[i]).not.toBe(docs[i - 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps history bounded on very long sessions', () => {
    const store = runSequence(emptyDocument('Long'), Array.from({ length: HISTORY_LIMIT + 50 }, () => ({ kind: 'addPerson', gender: 'unknown' }) as Step));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().doc.persons).toHaveLength(HISTORY_LIMIT + 50);
  });
});
