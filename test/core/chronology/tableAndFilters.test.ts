import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { derivedEvents } from '../../../src/core/chronology/derivedEvents';
import { chronologyCsv } from '../../../src/core/chronology/exportChronology';
import { filterEvents, sortEvents, sourcesOf } from '../../../src/core/chronology/filterEvents';
import { applyChronologyImport, importChronologyCsv } from '../../../src/core/chronology/importChronology';
import { forgetRemoved } from '../../../src/core/chronology/operations';
import type { ChronologyEvent } from '../../../src/core/chronology/types';
import { isDerived } from '../../../src/core/chronology/types';
import { exampleFamily } from '../../../src/core/example/exampleFamily';
import { documentDates } from '../../../src/core/households/documentDates';
import { startCountingIds } from '../../../src/core/model/ids';
import { removeObjects } from '../../../src/core/model/operations';

let stop: () => void;
beforeEach(() => {
  stop = startCountingIds();
});
afterEach(() => stop());

const family = exampleFamily();
const csv = [
  'Date,Time,Agency,Kind,Event,People,Household,Sensitive,Outcome',
  '22/05/2016,10:00,Police,Incident,"Call-out, neighbours heard shouting",Leanne Walsh; Jason Carter,Leanne\'s household,,NFA',
  '?3 Mar 2021,,Health visiting,Child seen,Ellie seen at home,Ellie,,yes,',
  'Jun 2016 – Aug 2016,,School,,Kayden late most days,Kayden; Mr X,,,Letter sent',
].join('\n');

function imported() {
  const r = importChronologyCsv(csv, family);
  if (!r.ok) throw new Error(r.message);
  return applyChronologyImport(family, r.import);
}

describe('the chronology table', () => {
  it('exports what import reads back: the same events', () => {
    const doc = imported();
    const again = importChronologyCsv(chronologyCsv(doc), family);
    if (!again.ok) throw new Error(again.message);
    const strip = (events: ChronologyEvent[]) => events.map(({ id: _id, ...rest }) => rest);
    const byDate = [...doc.chronology!.events].sort((a, b) => a.date.from.year - b.date.from.year || (a.date.from.month ?? 0) - (b.date.from.month ?? 0));
    expect(strip(again.import.events)).toEqual(strip(byDate));
    expect(again.import.columns).toEqual(['Outcome']);
  });

  it('filters by person, source, kind and words, and sorts by any column', () => {
    const events = imported().chronology!.events;
    expect(filterEvents(events, { persons: ['p_leanne'] }).map((e) => e.source)).toEqual(['Police']);
    expect(filterEvents(events, { source: 'school' }).map((e) => e.source)).toEqual(['School']);
    expect(filterEvents(events, { kind: 'child-seen' }).map((e) => e.source)).toEqual(['Health visiting']);
    expect(filterEvents(events, { text: 'shouting NEIGHBOURS' }).map((e) => e.source)).toEqual(['Police']);
    expect(filterEvents(events, { text: 'mr x' }).map((e) => e.source)).toEqual(['School']);
    expect(filterEvents(events, { text: 'letter' }).map((e) => e.source)).toEqual(['School']);
    expect(sortEvents(events).map((e) => e.source)).toEqual(['Police', 'School', 'Health visiting']);
    expect(sortEvents(events, 'date', true).map((e) => e.source)).toEqual(['Health visiting', 'School', 'Police']);
    expect(sortEvents(events, 'source').map((e) => e.source)).toEqual(['Health visiting', 'Police', 'School']);
    expect(sourcesOf(events)).toEqual(['Health visiting', 'Police', 'School']);
  });

  it('derives births, deaths, partnership events and moves from the family, each marked derived', () => {
    const derived = derivedEvents(family);
    expect(derived.every(isDerived)).toBe(true);
    expect(derived.find((e) => e.id === 'derived:birth:p_ellie')).toMatchObject({ kind: 'birth', date: { from: { year: 2020, month: 11, day: 4 } }, persons: ['p_ellie'], description: 'Ellie Carter born' });
    expect(derived.some((e) => e.kind === 'death' && e.persons[0] === 'p_brenda')).toBe(true);
    expect(derived.some((e) => e.kind === 'move-in' && e.household)).toBe(true);
    expect(derived.some((e) => e.description.includes('separated'))).toBe(true);
    // Never saved: the document's chronology is untouched.
    expect(family.chronology).toBeUndefined();
  });

  it('removing a person keeps their name on their events; removing a household drops it from them', () => {
    const doc = imported();
    const household = doc.chronology!.events.find((e) => e.household)!.household!;
    const next = removeObjects(doc, ['p_jason', household]);
    const call = next.chronology!.events.find((e) => e.source === 'Police')!;
    expect(call.persons).toEqual(['p_leanne']);
    expect(call.otherPersons).toEqual(['Jason Carter']);
    expect(call.household).toBeUndefined();
    expect(forgetRemoved(doc, doc, new Set(['nobody']))).toBe(doc);
  });
});

describe('stepping through the chronology', () => {
  it('the reference-date steps stop at every chronology event', () => {
    const dates = documentDates(imported());
    expect(dates).toContainEqual({ year: 2016, month: 5, day: 22 });
    expect(dates).toContainEqual({ year: 2021, month: 3, day: 3 });
    expect(documentDates(family)).not.toContainEqual({ year: 2016, month: 5, day: 22 });
  });
});
