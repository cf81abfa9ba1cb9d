import { describe, expect, it } from 'vitest';
import { importChronologyCsv } from '../../src/core/chronology/importChronology';
import { emptyDocument } from '../../src/core/model/emptyDocument';
import { addPerson } from '../../src/core/model/operations';
import { addEventCommand, chooseEvent, importChronologyCommand, removeEventsCommand, setNotSeenDaysCommand, updateEventCommand } from '../../src/editor/chronologyCommands';
import { deleteSelectionCommand } from '../../src/editor/commands';
import { createEditorStore } from '../../src/editor/editorStore';
import { createViewStore } from '../../src/editor/viewState';

function setup() {
  const { doc, id } = addPerson(emptyDocument(), { givenNames: 'Kim', familyName: 'Hart', gender: 'female', subject: true });
  let t = 0;
  const clock = { now: () => t, advance: (ms: number) => (t += ms) };
  return { store: createEditorStore(doc, { now: clock.now }), view: createViewStore(), kim: id, clock };
}

const visit = (kim: string) => ({ date: { from: { year: 2016, month: 5, day: 22 } }, description: 'Home visit', kind: 'home-visit' as const, persons: [kim] });

describe('chronology commands', () => {
  it('add, edit and delete are one undo step each; a typing burst is one', () => {
    const { store, kim, clock } = setup();
    const added = addEventCommand(store, visit(kim));
    expect(added.ok).toBe(true);
    const id = added.ok ? added.ids[0]! : '';
    updateEventCommand(store, id, { description: 'Home visit, child' });
    clock.advance(100);
    updateEventCommand(store, id, { description: 'Home visit, child seen' });
    expect(store.getState().doc.chronology!.events[0]!.description).toBe('Home visit, child seen');
    removeEventsCommand(store, [id]);
    expect(store.getState().doc.chronology!.events).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.chronology!.events[0]!.description).toBe('Home visit, child seen');
    store.getState().undo();
    expect(store.getState().doc.chronology!.events[0]!.description).toBe('Home visit');
    store.getState().undo();
    expect(store.getState().doc.chronology).toBeUndefined();
  });

  it('refuses an event naming someone not in the document, changing nothing', () => {
    const { store } = setup();
    const before = store.getState().doc;
    expect(addEventCommand(store, visit('p_ghost'))).toEqual({ ok: false, message: 'No person with id "p_ghost"' });
    expect(store.getState().doc).toBe(before);
    expect(setNotSeenDaysCommand(store, 0).ok).toBe(false);
    expect(setNotSeenDaysCommand(store, 10).ok).toBe(true);
    expect(store.getState().doc.chronology!.notSeenDays).toBe(10);
  });

  it('an import is one undo step, and deleting a person keeps their name on the events', () => {
    const { store, kim } = setup();
    const imp = importChronologyCsv('Date,Event,People\n2016,Seen,Kim Hart\n2017,Seen,Kim; Mr X', store.getState().doc);
    if (!imp.ok) throw new Error(imp.message);
    importChronologyCommand(store, imp.import, ['Mr X']);
    const doc = store.getState().doc;
    expect(doc.chronology!.events).toHaveLength(2);
    expect(doc.persons).toHaveLength(2);
    store.getState().select([kim]);
    deleteSelectionCommand(store);
    expect(store.getState().doc.chronology!.events[0]).toMatchObject({ persons: [], otherPersons: ['Kim Hart'] });
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.chronology).toBeUndefined();
    expect(store.getState().doc.persons).toHaveLength(1);
  });

  it('choosing an event moves the reference date to it and highlights its persons', () => {
    const { store, view, kim } = setup();
    const added = addEventCommand(store, visit(kim));
    const event = store.getState().doc.chronology!.events[0]!;
    chooseEvent(store, view, event);
    expect(store.getState().doc.settings.asAt).toEqual({ year: 2016, month: 5, day: 22 });
    expect(view.getState()).toMatchObject({ selectedEventId: added.ok && added.ids[0], highlighted: [kim] });
    chooseEvent(store, view, undefined);
    expect(view.getState()).toMatchObject({ selectedEventId: undefined, highlighted: [] });
  });
});
