import { sortKey, today } from '../dates/partialDate';
import { indexDocument, partnerOf } from '../model/documentIndex';
import type { GenogramDocument, HouseholdMember, Id, PartialDate, PartnershipEventType } from '../model/types';
import { relationTo } from '../kinship/relationTo';
import { toYearFraction } from './timePosition';
import { maxOf, minOf } from '../model/extremes';
import { memberPeriods } from './memberPeriods';

export interface TimelineBar {
  householdId: Id;
  /** The period's edges, clipped to the subject's own time in that household; absent means open. */
  from?: PartialDate;
  to?: PartialDate;
  /** The edges as fractional years; an open edge sits at the end of the timeline's range. */
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
  /** The stretch was a visit (the subject's or the other person's period is visiting), not living together. */
  visiting: boolean;
}

export interface TimelineMark {
  kind: 'birth' | 'death' | 'partnership';
  /** For partnership marks: the event and the other partner. */
  event?: PartnershipEventType;
  partnershipId?: Id;
  partnerId?: Id;
  date: PartialDate;
  at: number;
}

export interface TimelineRow {
  personId: Id;
  /** Relation to the subject at the reference date ("mother's partner"). */
  relation: string;
  bars: TimelineBar[];
  marks: TimelineMark[];
}

export interface HouseholdTimeline {
  subject: Id;
  /** The subject first, then everyone who ever lived with them, by when they first did. */
  rows: TimelineRow[];
  /** Households that appear in a bar, in document order. */
  householdIds: Id[];
  /** The range to draw, as fractional years; covers every dated bar edge, the subject's birth and the reference date. */
  start: number;
  end: number;
  asAt: number;
  /** The subject's birth and death as fractional years, where known: nothing they shared runs outside them. */
  lifeStart?: number;
  lifeEnd?: number;
}

interface Span {
  householdId: Id;
  from?: PartialDate;
  to?: PartialDate;
  visiting: boolean;
}

function later(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return sortKey(a) >= sortKey(b) ? a : b;
}

function earlier(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return sortKey(a) <= sortKey(b) ? a : b;
}

/** The overlap of two periods, if they overlap (edges read as isMemberAt does: from inclusive, to exclusive). */
function overlap(a: HouseholdMember, b: HouseholdMember): { from?: PartialDate; to?: PartialDate } | undefined {
  const from = later(a.from, b.from);
  const to = earlier(a.to, b.to);
  if (from && to && sortKey(from) >= sortKey(to)) return undefined;
  const result: { from?: PartialDate; to?: PartialDate } = {};
  if (from) result.from = from;
  if (to) result.to = to;
  return result;
}

/**
 * The household timeline of a subject child: one row per person who ever lived in a
 * household with the child, a bar for each stretch they shared a household (each period
 * clipped to the child's own periods there and to the person's life), and marks for births, deaths and partnership
 * events within the range. Linear in household periods times the child's periods.
 */
export function householdTimeline(doc: GenogramDocument, subject: Id, asAt?: PartialDate): HouseholdTimeline {
  const at = asAt ?? doc.settings.asAt ?? today();
  const index = indexDocument(doc);
  const spans = new Map<Id, Span[]>([[subject, []]]);
  const addSpan = (person: Id, span: Span) => {
    const list = spans.get(person);
    if (list) list.push(span);
    else spans.set(person, [span]);
  };

  // The subject's own time in each household is clipped to their life first, so nobody is shown
  // as having lived with a child after the child's death (or before the birth).
  const subjectPerson = index.person.get(subject);
  const subjectLife: HouseholdMember = { person: subject };
  if (subjectPerson?.birth && !subjectPerson.pregnancy) subjectLife.from = subjectPerson.birth;
  if (subjectPerson?.death) subjectLife.to = subjectPerson.death;
  for (const household of doc.households) {
    // A period that ends before it starts covers no time at all.
    const own = memberPeriods(household).flatMap((m): HouseholdMember[] => {
      if (m.person !== subject) return [];
      const lived = overlap(m, subjectLife);
      return lived ? [{ person: subject, ...lived, ...(m.visiting ? { visiting: true } : {}) }] : [];
    });
    if (own.length === 0) continue;
    for (const period of own) addSpan(subject, { householdId: household.id, ...edges(period), visiting: !!period.visiting });
    for (const period of memberPeriods(household)) {
      if (period.person === subject) continue;
      for (const mine of own) {
        // Two visitors to a household never shared it: one of the two must live there.
        if (period.visiting && mine.visiting) continue;
        const shared = overlap(period, mine);
        if (shared) addSpan(period.person, { householdId: household.id, ...shared, visiting: !!(period.visiting || mine.visiting) });
      }
    }
  }

  // Nobody lives anywhere before birth or after death: an open-ended period stops at both.
  for (const [person, list] of spans) {
    const p = index.person.get(person);
    if (!p || (!p.birth && !p.death)) continue;
    const life: HouseholdMember = { person };
    if (p.birth && !p.pregnancy) life.from = p.birth;
    if (p.death) life.to = p.death;
    const clipped: Span[] = [];
    for (const s of list) {
      const shared = overlap({ person, ...edges(s) }, life);
      if (shared) clipped.push({ householdId: s.householdId, ...shared, visiting: s.visiting });
    }
    spans.set(person, clipped);
  }

  const positions: number[] = [toYearFraction(at)];
  if (subjectPerson?.birth) positions.push(toYearFraction(subjectPerson.birth));
  for (const list of spans.values()) {
    for (const s of list) {
      if (s.from) positions.push(toYearFraction(s.from));
      if (s.to) positions.push(toYearFraction(s.to));
    }
  }
  let start = minOf(positions);
  let end = maxOf(positions);
  if (end - start < 1) {
    start -= 0.5;
    end += 0.5;
  }

  const order = new Map(doc.persons.map((p, i) => [p.id, i]));
  const firstStart = (list: Span[]) => minOf(list.map((s) => (s.from ? toYearFraction(s.from) : -Infinity)));
  const people = [...spans.keys()]
    .filter((id) => id !== subject && index.person.has(id))
    .sort((a, b) => firstStart(spans.get(a)!) - firstStart(spans.get(b)!) || (order.get(a) ?? 0) - (order.get(b) ?? 0));

  const rows: TimelineRow[] = [subject, ...people].map((personId) => ({
    personId,
    relation: relationTo(doc, subject, personId, at).term,
    bars: (spans.get(personId) ?? []).map((s) => toBar(s, start, end)),
    marks: marksOf(doc, personId, start, end),
  }));
  const used = new Set(rows.flatMap((r) => r.bars.map((b) => b.householdId)));
  const timeline: HouseholdTimeline = {
    subject,
    rows,
    householdIds: doc.households.filter((h) => used.has(h.id)).map((h) => h.id),
    start,
    end,
    asAt: toYearFraction(at),
  };
  if (subjectPerson?.birth && !subjectPerson.pregnancy) timeline.lifeStart = toYearFraction(subjectPerson.birth);
  if (subjectPerson?.death) timeline.lifeEnd = toYearFraction(subjectPerson.death);
  return timeline;
}

/**
 * The range a timeline is drawn over, so that its axis follows the span it shows: from its
 * start to the subject's death (a life of 11 months is drawn over 11 months), or for a living
 * subject to now (or the document's last date, if later), whatever the reference date; and
 * widened to take in the reference date when that lies outside. Fixed while the date moves
 * within it, so a click on the timeline moves the line, not the axis under the pointer.
 */
export function timelineRange(timeline: HouseholdTimeline, now: number, lastDate?: number): { start: number; end: number } {
  const bars = timeline.rows.flatMap((r) => r.bars);
  const horizon = timeline.lifeEnd ?? Math.max(now, lastDate ?? -Infinity);
  const starts = [timeline.asAt, ...bars.filter((b) => !b.openStart).map((b) => b.start)];
  const start = timeline.lifeStart !== undefined ? Math.min(timeline.lifeStart, ...starts) : Math.min(timeline.start, ...starts);
  let end = Math.max(horizon, timeline.asAt, ...bars.filter((b) => !b.openEnd).map((b) => b.end));
  // Never less than a month, so a newborn's few days still have room.
  if (end - start < 1 / 12) end = start + 1 / 12;
  return { start, end };
}

function edges(period: { from?: PartialDate; to?: PartialDate }): { from?: PartialDate; to?: PartialDate } {
  const result: { from?: PartialDate; to?: PartialDate } = {};
  if (period.from) result.from = period.from;
  if (period.to) result.to = period.to;
  return result;
}

function toBar(span: Span, start: number, end: number): TimelineBar {
  const bar: TimelineBar = {
    householdId: span.householdId,
    start: span.from ? toYearFraction(span.from) : start,
    end: span.to ? toYearFraction(span.to) : end,
    openStart: !span.from,
    openEnd: !span.to,
    visiting: span.visiting,
  };
  if (span.from) bar.from = span.from;
  if (span.to) bar.to = span.to;
  return bar;
}

function marksOf(doc: GenogramDocument, personId: Id, start: number, end: number): TimelineMark[] {
  const index = indexDocument(doc);
  const person = index.person.get(personId);
  const marks: TimelineMark[] = [];
  const add = (mark: Omit<TimelineMark, 'at'>) => {
    const at = toYearFraction(mark.date);
    if (at >= start && at <= end) marks.push({ ...mark, at });
  };
  if (person?.birth) add({ kind: 'birth', date: person.birth });
  if (person?.death) add({ kind: 'death', date: person.death });
  for (const p of index.partnershipsOf.get(personId) ?? []) {
    for (const e of p.events) {
      if (e.date) add({ kind: 'partnership', event: e.type, partnershipId: p.id, partnerId: partnerOf(p, personId), date: e.date });
    }
  }
  return marks.sort((a, b) => a.at - b.at);
}
