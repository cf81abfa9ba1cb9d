import { today } from '../dates/partialDate';
import { DEFAULT_NOTATION, KNOWN_BADGES, type NotationOptions } from '../model/types';
import type {
  GenogramDocument,
  Household,
  Id,
  MultipleBirth,
  ParentLink,
  PartialDate,
  Partnership,
  Person,
  RelationshipLine,
} from '../model/types';
import { publicationLabels } from './roleLabels';
import { sensitiveWords, mentionsAny } from './sensitiveWords';
import { memberPeriods } from '../households/memberPeriods';

export interface AnonymiseOptions {
  /** Keep recorded ethnicity (off by default: it is a sensitive attribute). */
  keepEthnicity?: boolean;
  /** The date roles and ages are worked out at; the document's reference date, or today. */
  asAt?: PartialDate;
  /** Keep the title: only when the author has marked it safe. Otherwise it becomes "Genogram". */
  keepTitle?: boolean;
  /** Keep the caption: only when the author has marked it safe. Otherwise it is left out. */
  keepCaption?: boolean;
  /**
   * Replace every id with an opaque one (for a published JSON file). Off by default so that the
   * copy can be drawn with the original document's layout; ids that contain a name or address
   * word are replaced either way (such a person then has no position in the original layout).
   */
  replaceIds?: boolean;
  /**
   * Keep dates exact, for drawing the publication figure only: the figure shows just years
   * and ages, and with exact dates its ages, presence and couple states at the reference date
   * match the recorded figure (years alone put ages out by one). Never for exported data.
   */
  exactDatesForDrawing?: boolean;
}

/** Only the year survives, with its qualifier ("c. 1998"). */
function yearOnly(d: PartialDate | undefined): PartialDate | undefined {
  if (!d) return undefined;
  return d.qualifier ? { year: d.year, qualifier: d.qualifier } : { year: d.year };
}

/** Sets a property only when the value is present, so absent stays absent. */
function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

/**
 * A copy of the document safe to publish: every person labelled by role relative to the subject
 * ("Child A", "Mother", "Mother's partner 1") or by the label the author set; names, addresses,
 * notes, second lines and sex-at-birth notes removed; dates reduced to years; health conditions,
 * ethnicity (unless asked for) and disability text left out; household labels that mention a
 * name, an address or a number replaced by "Household 1", …; the title replaced unless marked
 * safe. The copy is built field by field from what is known to be safe, so any field this code
 * does not know (from a newer version or a hand-edited file) is dropped, never passed through.
 */
export function anonymise(doc: GenogramDocument, options: AnonymiseOptions = {}): GenogramDocument {
  return anonymiseWithIdMap(doc, options).doc;
}

/**
 * As anonymise, also returning how person ids changed (original → published; only the
 * changed ones), so a layout made for the original can be used with relabelLayout.
 */
export function anonymiseWithIdMap(
  doc: GenogramDocument,
  options: AnonymiseOptions = {},
): { doc: GenogramDocument; personIds: Map<Id, Id> } {
  const asAt = options.asAt ?? doc.settings.asAt ?? today();
  const labels = publicationLabels(doc, asAt);
  const words = sensitiveWords(doc);
  const ids = idMapper(options.replaceIds ?? false, words);
  const dated = options.exactDatesForDrawing ? (d: PartialDate | undefined) => d : yearOnly;

  const persons: Person[] = doc.persons.map((p) => {
    const out: Person = { id: ids('p', p.id), gender: p.gender, label: labels.get(p.id) ?? 'Person' };
    withOptional(out, 'birth', dated(p.birth));
    withOptional(out, 'death', dated(p.death));
    if (p.deceased) out.deceased = true;
    if (p.pregnancy) out.pregnancy = withOptional({ outcome: p.pregnancy.outcome }, 'expected', yearOnly(p.pregnancy.expected));
    if (p.placeholder) out.placeholder = true;
    if (p.subject) out.subject = true;
    if (options.keepEthnicity && p.ethnicity) {
      out.ethnicity = p.ethnicity.status === 'recorded' ? { status: 'recorded', text: p.ethnicity.text } : { status: 'not-recorded' };
    }
    if (p.disability) out.disability = { status: p.disability.status };
    const badges = (p.badges ?? []).filter((b) => Object.hasOwn(KNOWN_BADGES, b));
    if (badges.length > 0) out.badges = badges;
    if (p.pinned) out.pinned = { x: p.pinned.x, y: p.pinned.y };
    // The role stays (it is what the label says); the author's own words about it may name someone.
    if (p.significantOther) out.significantOther = withOptional({ role: p.significantOther.role }, 'of', p.significantOther.of === undefined ? undefined : ids('p', p.significantOther.of));
    return out;
  });

  const partnerships: Partnership[] = doc.partnerships.map((p) => ({
    id: ids('u', p.id),
    a: ids('p', p.a),
    b: ids('p', p.b),
    kind: p.kind,
    events: p.events.map((e) => withOptional({ type: e.type }, 'date', dated(e.date))),
  }));

  const parentLinks: ParentLink[] = doc.parentLinks.map((l) => {
    const out: ParentLink = { id: ids('l', l.id), parent: ids('p', l.parent), child: ids('p', l.child), kind: l.kind };
    withOptional(out, 'from', dated(l.from));
    return withOptional(out, 'to', dated(l.to));
  });

  const multipleBirths: MultipleBirth[] = doc.multipleBirths.map((m) => ({
    id: ids('m', m.id),
    kind: m.kind,
    members: m.members.map((id) => ids('p', id)),
  }));

  const relationships: RelationshipLine[] = doc.relationships.map((r) => ({
    id: ids('r', r.id),
    kind: r.kind,
    from: ids('p', r.from),
    to: ids('p', r.to),
  }));

  const householdLabels = publishedHouseholdLabels(doc, words);
  const households: Household[] = doc.households.map((h) => {
    const label = householdLabels.get(h.id)!;
    const out: Household = {
      id: ids('h', h.id),
      label,
      // The household's own dates are written into each member's period they stand in for.
      members: memberPeriods(h).map((m) => {
        const member: Household['members'][number] = { person: ids('p', m.person) };
        withOptional(member, 'from', dated(m.from));
        withOptional(member, 'to', dated(m.to));
        if (m.visiting) member.visiting = true;
        return member;
      }),
    };
    if (h.emphasised) out.emphasised = true;
    return out;
  });

  const settings: GenogramDocument['settings'] = {
    title: options.keepTitle ? doc.settings.title : 'Genogram',
    notation: safeNotation(doc.settings.notation),
  };
  if (options.keepCaption && doc.settings.caption !== undefined) settings.caption = doc.settings.caption;
  withOptional(settings, 'asAt', dated(doc.settings.asAt));

  const personIds = new Map<Id, Id>();
  for (const p of doc.persons) {
    const next = ids('p', p.id);
    if (next !== p.id) personIds.set(p.id, next);
  }
  const published: GenogramDocument = {
    id: ids('d', doc.id),
    settings,
    persons,
    partnerships,
    parentLinks,
    multipleBirths,
    relationships,
    households,
  };
  return { doc: published, personIds };
}

/**
 * A household's label as published: kept unless it mentions a name or an address word, or a
 * number (a house number), in which case it becomes "Household n" (n its place in the list).
 */
export function publishedHouseholdLabels(doc: GenogramDocument, words: ReadonlySet<string> = sensitiveWords(doc)): Map<Id, string> {
  return new Map(doc.households.map((h, i) => [h.id, mentionsAny(h.label, words) || /\d/.test(h.label) ? `Household ${i + 1}` : h.label]));
}

/** Keeps ids that carry no name or address word; replaces the rest (or all) with "<prefix>_anon<n>". */
function idMapper(replaceAll: boolean, words: ReadonlySet<string>): (prefix: string, id: Id) => Id {
  const mapped = new Map<string, Id>();
  let counter = 0;
  return (prefix, id) => {
    const key = `${prefix}\u0000${id}`;
    const known = mapped.get(key);
    if (known) return known;
    const next = replaceAll || mentionsAny(id, words) ? `${prefix}_anon${++counter}` : id;
    mapped.set(key, next);
    return next;
  };
}

/** The known switches only, each a boolean: anything else in a hand-edited file is dropped. */
function safeNotation(notation: NotationOptions): NotationOptions {
  const out = { ...DEFAULT_NOTATION };
  for (const key of Object.keys(DEFAULT_NOTATION) as (keyof NotationOptions)[]) {
    if (typeof notation?.[key] === 'boolean') out[key] = notation[key];
  }
  return out;
}
