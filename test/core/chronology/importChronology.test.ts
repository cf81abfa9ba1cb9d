import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessEventKind } from '../../../src/core/chronology/eventKind';
import { applyChronologyImport, importChronologyCsv } from '../../../src/core/chronology/importChronology';
import { startCountingIds } from '../../../src/core/model/ids';
import type { GenogramDocument } from '../../../src/core/model/types';
import { DEFAULT_NOTATION } from '../../../src/core/model/types';
import { checkDocumentMeaning } from '../../../src/core/format/semantic';

const family: GenogramDocument = {
  id: 'd',
  settings: { title: 'T', notation: DEFAULT_NOTATION },
  persons: [
    { id: 'beth', givenNames: 'Bethany', familyName: 'Smith', gender: 'female', subject: true, birth: { year: 2014, month: 3 } },
    { id: 'liz', givenNames: 'Elizabeth Ann', familyName: 'Smith', gender: 'female' },
    { id: 'dan', givenNames: 'Daniel', familyName: 'Jones', gender: 'male' },
    { id: 'dan2', givenNames: 'Daniel', familyName: 'Brown', gender: 'male' },
  ],
  partnerships: [],
  parentLinks: [],
  multipleBirths: [],
  relationships: [],
  households: [{ id: 'h1', label: 'Mother\'s home', members: [] }],
};

let stop: () => void;
beforeEach(() => {
  stop = startCountingIds();
});
afterEach(() => stop());

const read = (text: string) => {
  const r = importChronologyCsv(text, family);
  if (!r.ok) throw new Error(r.message);
  return r.import;
};

describe('importChronologyCsv', () => {
  it('matches headings case-insensitively and keeps further columns by name', () => {
    const imp = read('START DATE,end date,Time,Agency,Description,Persons Involved:,Outcome\n01/06/2016,31/08/2016,10:00,Police,Call-out,Bethany Smith,NFA');
    expect(imp.events).toEqual([
      {
        id: 'e_1',
        date: { from: { year: 2016, month: 6, day: 1 }, to: { year: 2016, month: 8, day: 31 } },
        time: '10:00',
        source: 'Police',
        description: 'Call-out',
        kind: 'incident',
        persons: ['beth'],
        columns: { Outcome: 'NFA' },
      },
    ]);
    expect(imp.columns).toEqual(['Outcome']);
  });

  it('matches full names, given names, short forms and labels, and reports the names it cannot match with their lines', () => {
    const imp = read(
      [
        'Date,Source,Event,People',
        '22 May 2016,GP,Seen,Bethany; liz smith',
        '23 May 2016,GP,Seen,Beth; Daniel',
        '24 May 2016,GP,Seen,Mr X; Daniel Jones',
        '25 May 2016,GP,Seen,mr x',
      ].join('\n'),
    );
    expect(imp.events.map((e) => e.persons)).toEqual([['beth', 'liz'], [], ['dan'], []]);
    // "Beth" is a short form of both Bethany and Elizabeth: ambiguous, so reported, never guessed.
    expect(imp.unmatched).toEqual([
      { name: 'Beth', lines: [3], candidates: ['beth', 'liz'] },
      { name: 'Daniel', lines: [3], candidates: ['dan', 'dan2'] },
      { name: 'Mr X', lines: [4, 5], candidates: [] },
    ]);
    expect(imp.events[1]!.otherPersons).toEqual(['Beth', 'Daniel']);
  });

  it('lists every row it cannot read with its line, and reads the rest', () => {
    const imp = read('Date,Event\n22 May 2016,ok\nsoon,bad date\n,no date\n23 May 2016,"a",extra\n24 May 2016,ok too');
    expect(imp.events.map((e) => e.description)).toEqual(['ok', 'ok too']);
    expect(imp.unreadable).toEqual([
      { line: 3, message: expect.stringContaining('"soon" is not a date') },
      { line: 4, message: 'there is no date' },
      { line: 5, message: 'has 3 cells but the heading row has 2 (a comma outside quotes?)' },
    ]);
  });

  it('reads kinds, households and the sensitive mark, and notes what it could not place', () => {
    const imp = read("Date,Kind,Event,Household,Sensitive\n2016,Home visit,Visit,mother's home,yes\n2016,Phone call,Call,Nan's,");
    expect(imp.events[0]).toMatchObject({ kind: 'home-visit', household: 'h1', sensitive: true });
    expect(imp.events[1]).toMatchObject({ kind: 'other' });
    expect(imp.events[1]!.household).toBeUndefined();
    expect(imp.notes).toEqual([
      { line: 3, message: 'the kind "Phone call" is not one this editor knows; read as Other' },
      { line: 3, message: 'no household is labelled "Nan\'s"; the event is kept without one' },
    ]);
  });

  it('refuses a table without a date or description column, or broken CSV, saying where', () => {
    expect(importChronologyCsv('When,Event\n1,2', family)).toEqual({ ok: false, message: expect.stringContaining('Line 1: no date column') });
    expect(importChronologyCsv('Date,Who\n1,2', family)).toEqual({ ok: false, message: expect.stringContaining('no description column') });
    expect(importChronologyCsv('', family)).toEqual({ ok: false, message: expect.stringContaining('empty') });
    expect(importChronologyCsv('Date,Event\n2016,"open', family)).toEqual({ ok: false, message: expect.stringContaining('Line 2') });
  });
});

describe('applyChronologyImport', () => {
  it('adds the events, makes the chosen names new persons and leaves the rest as text', () => {
    const imp = read('Date,Event,People\n2016,Visit,Mr X; Bethany; Aunt May');
    const doc = applyChronologyImport(family, imp, ['Mr X']);
    const added = doc.persons.find((p) => p.givenNames === 'Mr')!;
    expect(added).toMatchObject({ familyName: 'X', gender: 'unknown' });
    expect(doc.chronology!.events[0]).toMatchObject({ persons: ['beth', added.id], otherPersons: ['Aunt May'] });
    expect(checkDocumentMeaning(doc).errors).toEqual([]);
    // The open document is untouched.
    expect(family.chronology).toBeUndefined();
    expect(family.persons).toHaveLength(4);
  });
});

describe('guessEventKind', () => {
  it('reads the kind from the description when no kind is given', () => {
    expect(guessEventKind('Home visit: Leanne and Ellie seen', true)).toBe('child-seen');
    expect(guessEventKind('Home visit, no answer; child not seen', true)).toBe('child-not-seen');
    expect(guessEventKind('Home visit, mother spoken to', true)).toBe('home-visit');
    expect(guessEventKind('Strategy discussion held', true)).toBe('strategy-meeting');
    expect(guessEventKind('Police called out: DA incident', true)).toBe('incident');
    expect(guessEventKind('Phone call to mother', true)).toBe('contact');
    expect(guessEventKind('Mother moved in with Dean', false)).toBe('move-in');
    expect(guessEventKind('Family holiday', false)).toBe('other');
  });
});
