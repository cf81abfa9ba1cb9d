// The written description of a family: the text a published figure needs beside it (a short
// alternative text and a full description, as the public-sector accessibility rules ask), in
// plain British English, generated from the document at its reference date so the report can
// never contradict its own genogram. In publication mode it names people by their role labels
// only ("Child A", "Mother", "Mother's partner 1") and gives years, never full dates.
import { formatAge } from '../dates/age';
import { compareDates, formatDate, formatMonthYear, sortKey } from '../dates/partialDate';
import { isBornBy, isDeadBy } from '../drawing/presence';
import { householdsOf, visitorsAt, isMemberAt } from '../households/membershipAt';
import { relationsToSubject } from '../kinship/relationTo';
import { assignGenerations } from '../layout/generations';
import { analyseFamilies } from '../layout/layoutFamilies';
import { displayName, indexDocument, partnerOf } from '../model/documentIndex';
import { referenceDate } from '../model/referenceDate';
import type { Gender, GenogramDocument, Id, ParentLink, PartialDate, Partnership, PartnershipEvent, Person } from '../model/types';
import { publishedHouseholdLabels } from '../publication/anonymise';
import { publicationLabels } from '../publication/roleLabels';

export interface DescribeOptions {
  /** The subject child (the first marked subject unless given). */
  subject?: Id;
  /** The date described (the document's reference date unless given). */
  asAt?: PartialDate;
  /** Role labels instead of names, years instead of dates, no household labels that name anyone. */
  publication?: boolean;
}

/** One kind of sentence, so tests (and a reader of the code) can find each part. */
export type SentenceKind = 'overview' | 'subject' | 'household' | 'parent' | 'siblings' | 'carers' | 'deaths' | 'unknowns';

export interface FamilyDescription {
  /** One or two sentences: the image's alternative text. */
  alt: string;
  /** The long description, one paragraph per kind of sentence, in reading order. */
  paragraphs: { kind: SentenceKind; text: string }[];
  /** The date described, as written in the text ("12 Mar 2025"; "Mar 2025" when published). */
  asAtLabel: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "one", "twelve", "13": words up to twelve, as house style writes counts. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${numberWord(n)} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Ellie's", "James's" (British usage adds 's to names ending in s). */
function possessive(name: string): string {
  return `${name}'s`;
}

function pronoun(gender: Gender | undefined): { subj: string; poss: string; has: string; lives: string } {
  if (gender === 'female') return { subj: 'she', poss: 'her', has: 'has', lives: 'lives' };
  if (gender === 'male') return { subj: 'he', poss: 'his', has: 'has', lives: 'lives' };
  return { subj: 'they', poss: 'their', has: 'have', lives: 'live' };
}

/**
 * Describes the family at the date. Pure: the same document, subject, date and mode always
 * give the same text.
 */
export function describeFamily(doc: GenogramDocument, options: DescribeOptions = {}): FamilyDescription {
  const at = options.asAt ?? referenceDate(doc);
  const publication = options.publication ?? false;
  const index = indexDocument(doc);
  const person = (id: Id) => index.person.get(id);
  const subjectId = options.subject ?? doc.persons.find((p) => p.subject)?.id;
  const subject = subjectId ? person(subjectId) : undefined;
  // Role labels are given from the first marked subject: the chosen child is marked for them.
  const labelled = subject && !subject.subject ? { ...doc, persons: doc.persons.map((p) => (p.id === subject.id ? { ...p, subject: true } : p)) } : doc;
  const labels = publicationLabels(labelled, at);
  const relations = subject ? relationsToSubject(doc, subject.id, at) : undefined;
  const householdLabel = publication ? publishedHouseholdLabels(doc) : new Map(doc.households.map((h) => [h.id, h.label]));

  const asAtLabel = publication ? formatMonthYear(at) : formatDate(at);
  /** A date as the text writes it: the year alone when published. */
  const dateText = (d: PartialDate): string => {
    if (publication) return `${d.qualifier === 'about' ? 'about ' : d.qualifier === 'before' ? 'before ' : d.qualifier === 'after' ? 'after ' : ''}${d.year}`;
    const { qualifier: _q, ...plain } = d;
    return `${d.qualifier === 'about' ? 'about ' : d.qualifier === 'before' ? 'before ' : d.qualifier === 'after' ? 'after ' : ''}${formatDate(plain)}`;
  };
  /** "in 2001", "on 3 May 2001", "in about 2001", "before 2001". */
  const inDate = (d: PartialDate): string => {
    const text = dateText(d);
    if (/^(before|after) /.test(text)) return text;
    return !publication && d.day !== undefined && !d.qualifier ? `on ${text}` : `in ${text}`;
  };
  const fromDate = (d: PartialDate): string => `from ${dateText(d)}`;

  /** How the text names a person: their name, or their role label when published. */
  const ref = (id: Id): string => {
    const p = person(id);
    if (!p) return 'someone not in the figure';
    if (publication) return labels.get(id) ?? 'a person';
    const name = displayName(p);
    if (p.placeholder || !name || name === '?') return `an unknown person${relationOf(id) ? ` (${relationOf(id)})` : ''}`;
    return name;
  };
  /** The subject after the first mention: the first given name (the role label when published). */
  const shortName = (id: Id): string => {
    const p = person(id);
    const first = p?.givenNames?.trim().split(/\s+/)[0];
    return publication || p?.label?.trim() || !first ? ref(id) : first;
  };
  /** The relation to the subject, lower case, kinship only ("maternal half-brother"). */
  const relationOf = (id: Id): string | undefined => {
    const term = relations?.get(id)?.term;
    return term && term !== 'no known relation' ? term : undefined;
  };
  /** "her mother Leanne Walsh" (a relation, then the name); published: the role label alone. */
  const relRef = (id: Id, poss: string): string => {
    const term = relationOf(id);
    if (publication || !term || person(id)?.placeholder) return ref(id);
    // A role outside the family ("lodger", "household member") is not the child's own.
    const own = relations?.get(id)?.kind !== 'role' || term.includes("'s ");
    return `${own ? poss : 'the'} ${term} ${ref(id)}`;
  };
  const age = (p: Person): string | undefined => {
    if (!p.birth) return undefined;
    if (isDeadBy(p, at)) return p.death ? formatAge(p.birth, p.death) : undefined;
    return formatAge(p.birth, at);
  };
  const aged = (p: Person): string => {
    const a = age(p);
    const rough = p.birth?.qualifier === 'about' || (isDeadBy(p, at) && p.death?.qualifier === 'about');
    return a === undefined ? '' : `aged ${rough ? 'about ' : ''}${a}`;
  };

  const shown = doc.persons.filter((p) => isBornBy(p, at));
  const people = shown.filter((p) => !p.pregnancy);
  const pregnancies = shown.filter((p) => p.pregnancy);
  const generations = generationCount(doc, new Set(people.map((p) => p.id)));
  const paragraphs: FamilyDescription['paragraphs'] = [];
  const say = (kind: SentenceKind, sentences: string[]) => {
    const text = sentences.filter(Boolean).join(' ');
    if (text) paragraphs.push({ kind, text });
  };

  // Overview: how many people, over how many generations.
  const ongoing = pregnancies.filter((p) => p.pregnancy!.outcome === 'ongoing').length;
  const losses = pregnancies.length - ongoing;
  const extra = [ongoing ? count(ongoing, 'pregnancy', 'pregnancies') : '', losses ? count(losses, 'pregnancy loss', 'pregnancy losses') : ''].filter(Boolean);
  say('overview', [
    `The genogram shows the family as at ${asAtLabel}: ${count(people.length, 'person', 'people')} over ${count(generations, 'generation')}${extra.length ? `, and ${listAnd(extra)}` : ''}.`,
    subject ? '' : 'No subject child is marked.',
  ]);

  const alt: string[] = [];
  if (subject) {
    const pr = pronoun(subject.gender);
    const fullName = ref(subject.id);
    const sName = shortName(subject.id);
    const born = subject.birth ? `born ${dateText(subject.birth)}` : 'date of birth not known';
    const dead = isDeadBy(subject, at);
    const subjectAge = aged(subject);
    say('subject', [
      `The subject child is ${fullName}${subjectAge || born ? ` (${[dead ? `died${subject.death ? ` ${inDate(subject.death)}` : ''}${subjectAge ? ` ${subjectAge}` : ''}` : subjectAge, born].filter(Boolean).join(', ')})` : ''}.`,
    ]);

    // Household on the date.
    const homes = householdsOf(doc, subject.id, at);
    const household: string[] = [];
    const livesWith: Id[] = [];
    for (const h of homes) {
      const others = [...new Set(h.members.filter((m) => !m.visiting && m.person !== subject.id && isMemberAt(m, at)).map((m) => m.person))].filter((id) => {
        const p = person(id);
        return p && isBornBy(p, at) && !p.pregnancy && !isDeadBy(p, at);
      });
      livesWith.push(...others);
      const visitors = visitorsAt(h, at).filter((id) => id !== subject.id && person(id) && isBornBy(person(id)!, at));
      const label = householdLabel.get(h.id) ?? h.label;
      const where = label ? ` (${label})` : '';
      household.push(
        others.length
          ? `As at ${asAtLabel}, ${sName} ${pr.lives} with ${listAnd(others.map((id) => relRef(id, pr.poss)))}${where}.`
          : `As at ${asAtLabel}, ${sName} is the only member of ${pr.poss} household recorded${where}.`,
      );
      if (visitors.length) household.push(`${capitalise(listAnd(visitors.map((id) => relRef(id, pr.poss))))} ${visitors.length === 1 ? 'visits' : 'visit'} the household.`);
    }
    if (!homes.length) household.push(`No household is recorded for ${sName} as at ${asAtLabel}.`);
    say('household', household);

    const terms = livesWith.map((id) => relationOf(id) ?? (publication ? labels.get(id) : undefined) ?? 'another person');
    alt.push(
      `Genogram of ${possessive(fullName)} family as at ${asAtLabel}: ${count(people.length, 'person', 'people')} over ${count(generations, 'generation')}.`,
      livesWith.length ? `${sName} ${pr.lives} with ${pr.poss} ${listAnd(collapseTerms(terms))}.` : homes.length ? '' : `No household is recorded for ${sName}.`,
    );

    // Parents, each with their partnerships in time order and the children of each.
    const parentLinks = (index.parentLinksOf.get(subject.id) ?? []).filter((l) => l.kind === 'birth' || l.kind === 'adoptive');
    for (const link of parentLinks) {
      const parent = person(link.parent);
      if (!parent) continue;
      say('parent', [describeParent(parent, link)]);
    }
    if (!parentLinks.some((l) => l.kind === 'birth')) say('parent', [`No birth parent of ${sName} is recorded.`]);

    // Siblings and half-siblings, with their sides.
    const siblings = people
      .filter((p) => p.id !== subject.id && /^(?:(?:maternal|paternal) )?(?:twin |step-|adoptive )?(?:half-)?(?:sister|brother|sibling)$/.test(relationOf(p.id) ?? ''))
      .sort(byBirth);
    if (siblings.length) {
      const items = siblings.map((p) => {
        const bits = [relationOf(p.id)!, aged(p)].filter(Boolean);
        if (isDeadBy(p, at)) bits.push('died');
        return `${ref(p.id)} (${bits.join(', ')})`;
      });
      say('siblings', [`${sName} ${pr.has} ${count(siblings.length, 'sibling')}: ${listAnd(items)}.`]);
    } else say('siblings', [`${sName} ${pr.has} no siblings recorded.`]);

    // Carers: foster, kinship, special guardianship (and the history of adoption).
    const careLinks = (index.parentLinksOf.get(subject.id) ?? []).filter((l) => l.kind !== 'birth');
    const carers: string[] = [];
    for (const l of careLinks) {
      const kind = CARE_WORD[l.kind];
      const current = (!l.from || compareDates(l.from, at) <= 0) && (!l.to || compareDates(l.to, at) > 0);
      if (l.from && compareDates(l.from, at) > 0) continue;
      // A published label that is the care role itself ("Foster carer") says it once.
      const selfNamed = publication && ref(l.parent).toLowerCase().startsWith(kind);
      if (current && selfNamed) carers.push(`${sName} has ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}, ${ref(l.parent)}${l.from ? ` (${fromDate(l.from)})` : ''}.`);
      else if (current) carers.push(`${capitalise(ref(l.parent))} ${l.kind === 'adoptive' ? `is ${possessive(sName)} adoptive parent` : `is ${possessive(sName)} ${kind}`}${l.from ? ` (${fromDate(l.from)})` : ''}.`);
      else carers.push(`${capitalise(ref(l.parent))} was ${possessive(sName)} ${kind}${l.from ? ` ${fromDate(l.from)}` : ''}${l.to ? ` until ${dateText(l.to)}` : ''}.`);
    }
    if (carers.length) {
      const home = homes.map((h) => householdLabel.get(h.id) ?? h.label).filter(Boolean);
      if (home.length) carers.push(`${sName} ${pr.lives} in ${listAnd(home)}.`);
    }
    say('carers', carers);
  }

  // Deaths: each near relative (up to great-grandparents, aunts and uncles) by name; the
  // more distant ones, which a large family tree holds by the dozen, counted.
  const allDeaths = people.filter((p) => isDeadBy(p, at) && p.id !== subject?.id).sort(byBirth);
  const near = (p: Person) => !relations || (relations.get(p.id)?.path.length ?? 0) <= MAX_NAMED_PATH;
  const deaths = allDeaths.filter(near);
  const distant = allDeaths.length - deaths.length;
  say('deaths', [
    ...deaths.map((p) => {
      const rel = relationOf(p.id);
      const who = publication || !rel || p.placeholder ? ref(p.id) : `${ref(p.id)}, ${subject ? possessive(shortName(subject.id)) : 'the'} ${rel},`;
      const a = aged(p);
      return `${capitalise(who)} died${p.death ? ` ${inDate(p.death)}` : ''}${a ? ` ${a}` : ''}.`;
    }),
    distant ? `The figure also shows ${count(distant, 'more distant relative', 'more distant relatives')} who ${distant === 1 ? 'has' : 'have'} died.` : '',
  ]);

  // What is not known: unknown people, and equality data the checks flag.
  const unknowns: string[] = [];
  for (const p of people) {
    if (!p.placeholder) continue;
    const rel = relationOf(p.id);
    unknowns.push(rel && subject ? `${capitalise(possessive(shortName(subject.id)))} ${rel} is not known.` : publication ? `${ref(p.id)} is not known.` : `One person in the figure is not known.`);
  }
  const flagged = new Map<Id, Person>();
  for (const p of doc.persons) {
    if (!p.subject && p.id !== subject?.id) continue;
    flagged.set(p.id, p);
    for (const link of index.parentLinksOf.get(p.id) ?? []) {
      const parent = person(link.parent);
      if ((link.kind === 'birth' || link.kind === 'adoptive') && parent) flagged.set(parent.id, parent);
    }
  }
  const missing = { 'not recorded': new Map<string, string[]>(), 'not entered': new Map<string, string[]>() };
  for (const p of flagged.values()) {
    if (p.placeholder || p.pregnancy || !isBornBy(p, at)) continue;
    const add = (state: 'not recorded' | 'not entered', what: string) => {
      const list = missing[state].get(what) ?? [];
      list.push(ref(p.id));
      missing[state].set(what, list);
    };
    if (!p.ethnicity) add('not entered', 'ethnicity');
    else if (p.ethnicity.status === 'not-recorded') add('not recorded', 'ethnicity');
    if (!p.disability) add('not entered', 'disability');
    else if (p.disability.status === 'not-recorded') add('not recorded', 'disability');
  }
  for (const state of ['not recorded', 'not entered'] as const) {
    for (const [what, who] of missing[state]) {
      unknowns.push(`${capitalise(what)} is ${state} for ${listAnd(who)}.`);
    }
  }
  say('unknowns', unknowns);

  if (!subject) alt.push(`Genogram of a family as at ${asAtLabel}: ${count(people.length, 'person', 'people')} over ${count(generations, 'generation')}. No subject child is marked.`);
  return { alt: alt.filter(Boolean).join(' '), paragraphs, asAtLabel };

  function byBirth(a: Person, b: Person): number {
    if (a.birth && b.birth) return compareDates(a.birth, b.birth);
    return a.birth ? -1 : b.birth ? 1 : 0;
  }

  function describeParent(parent: Person, link: ParentLink): string {
    const s = subject!;
    const sName = shortName(s.id);
    const role = relationOf(parent.id) ?? (link.kind === 'adoptive' ? 'adoptive parent' : 'parent');
    if (parent.placeholder) return `${capitalise(possessive(sName))} ${role} is not known.`;
    const pp = pronoun(parent.gender);
    const dead = isDeadBy(parent, at);
    const a = [dead ? `died${parent.death ? ` ${inDate(parent.death)}` : ''}` : '', aged(parent)].filter(Boolean).join(' ');
    const head = publication ? `${ref(parent.id)}${a ? ` (${a})` : ''}` : `${capitalise(possessive(sName))} ${role}, ${ref(parent.id)}${a ? ` (${a})` : ''},`;
    const had = dead ? 'had' : 'has had';
    const partnerships = (index.partnershipsOf.get(parent.id) ?? []).filter((p) => p.a !== p.b && startedBy(p)).sort(byStart);
    const childrenWith = (other: Id | undefined): Person[] =>
      (index.childLinksOf.get(parent.id) ?? [])
        .filter((l) => l.kind === 'birth' || l.kind === 'adoptive')
        .map((l) => person(l.child)!)
        .filter((c) => c && isBornBy(c, at) && !c.pregnancy)
        .filter((c) => {
          const others = otherParents(c.id);
          return other === undefined ? others.length === 0 : others.includes(other);
        })
        .sort(byBirth);
    const otherParents = (child: Id): Id[] =>
      (index.parentLinksOf.get(child) ?? []).filter((l) => (l.kind === 'birth' || l.kind === 'adoptive') && l.parent !== parent.id).map((l) => l.parent);
    /** The parent's other co-parents who are not partners of theirs (an unknown father with no couple recorded). */
    const coParents = [
      ...new Set(
        (index.childLinksOf.get(parent.id) ?? [])
          .filter((l) => (l.kind === 'birth' || l.kind === 'adoptive') && person(l.child) && isBornBy(person(l.child)!, at) && !person(l.child)!.pregnancy)
          .flatMap((l) => otherParents(l.child)),
      ),
    ].filter((o) => !partnerships.some((p) => partnerOf(p, parent.id) === o));
    const kids = (list: Person[]) => (list.length ? `${count(list.length, 'child', 'children')}, ${listAnd(list.map((c) => ref(c.id)))}` : 'no children');
    /** "one child (Leo)", for a group named by whom they were had with. */
    const kidsBracketed = (list: Person[]) => `${count(list.length, 'child', 'children')} (${listAnd(list.map((c) => ref(c.id)))})`;
    const withOthers = coParents.map((o) => `${kidsBracketed(childrenWith(o))} with ${person(o)?.placeholder ? 'an unknown parent' : ref(o)}`);
    const hasVerb = dead ? 'had' : pp.has;
    if (!partnerships.length) {
      const own = childrenWith(undefined);
      const all = [...withOthers, ...(own.length ? [`${kidsBracketed(own)} with no other parent recorded`] : [])];
      return `${head} has no partnership recorded${all.length ? `; ${pp.subj} ${hasVerb} ${listAnd(all)}` : ''}.`;
    }
    const parts = partnerships.map((p, i) => {
      const other = partnerOf(p, parent.id);
      const otherRel = relationOf(other);
      const who = publication || !otherRel || person(other)?.placeholder ? ref(other) : `${ref(other)} (${possessive(sName)} ${otherRel})`;
      const history = eventsText(p);
      return `${i === 0 ? '' : i === partnerships.length - 1 ? 'and then ' : 'then '}with ${who}${p.kind === 'transitory' ? ', a short-term relationship' : ''}${history ? `, ${history}` : ''}, with ${kids(childrenWith(other))}`;
    });
    const own = childrenWith(undefined);
    const rest = [...withOthers, ...(own.length ? [`${kidsBracketed(own)} with no other parent recorded`] : [])];
    const alone = rest.length ? ` ${capitalise(pp.subj)} also ${hasVerb} ${listAnd(rest)}.` : '';
    return `${head} ${had} ${count(partnerships.length, 'partnership')}: ${parts.join('; ')}.${alone}`;
  }

  function startedBy(p: Partnership): boolean {
    return !p.events.length || p.events.some((e) => !e.date || compareDates(e.date, at) <= 0);
  }

  function byStart(x: Partnership, y: Partnership): number {
    const first = (p: Partnership) => p.events.find((e) => e.date)?.date;
    const a = first(x);
    const b = first(y);
    if (a && b) return sortKey(a) - sortKey(b);
    return a ? -1 : b ? 1 : 0;
  }

  /** The partnership's history up to the date: "together from 2013, living together from Mar 2015, separated in Aug 2022". */
  function eventsText(p: Partnership): string {
    const out: string[] = [];
    for (const e of p.events) {
      if (e.date && compareDates(e.date, at) > 0) break;
      const text = eventText(e);
      if (text) out.push(text);
    }
    return out.join(', ');
  }

  function eventText(e: PartnershipEvent): string {
    const d = e.date;
    const inD = d ? ` ${inDate(d)}` : '';
    const fromD = d ? ` ${fromDate(d)}` : '';
    switch (e.type) {
      case 'started':
        // An undated start says nothing the partnership itself does not.
        return d ? `together${fromD}` : '';
      case 'engaged':
        return `engaged${inD}`;
      case 'cohabiting':
        return `living together${fromD}`;
      case 'married':
        return `married${inD}`;
      case 'civil-partnership':
        return `in a civil partnership${fromD}`;
      case 'separated':
        return `separated${inD}`;
      case 'divorced':
        return `divorced${inD}`;
      case 'dissolved':
        return `civil partnership dissolved${inD}`;
      case 'annulled':
        return `marriage annulled${inD}`;
      case 'reconciled':
        return `reconciled${inD}`;
      case 'widowed':
        return `widowed${inD}`;
      case 'ended':
        return `ended${inD}`;
    }
  }
}

/** People named one by one among the deaths: their relation runs through at most this many people, the subject included (a great-grandparent, an aunt). */
const MAX_NAMED_PATH = 4;

const CARE_WORD: Record<ParentLink['kind'], string> = {
  birth: 'parent',
  adoptive: 'adoptive parent',
  foster: 'foster carer',
  kinship: 'kinship carer',
  'special-guardianship': 'special guardian',
};

/** "two half-brothers" for two of the same term; terms in the order met. */
function collapseTerms(terms: string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n === 1 ? t : `${numberWord(n)} ${plural(t)}`));
}

function plural(term: string): string {
  if (/child$/.test(term)) return `${term}ren`;
  if (/'s /.test(term)) return `${term}s`;
  return `${term}s`;
}

/** Generations the figure draws its people over: the layout's own rows for them. */
function generationCount(doc: GenogramDocument, people: ReadonlySet<Id>): number {
  if (!people.size) return 0;
  const { rowOf } = assignGenerations(doc, analyseFamilies(doc));
  return new Set([...people].map((id) => rowOf.get(id)).filter((r) => r !== undefined)).size;
}

/** The description as plain text: the alternative text, then the paragraphs, each after a blank line. */
export function descriptionText(description: FamilyDescription): string {
  return [`Alternative text: ${description.alt}`, '', ...description.paragraphs.flatMap((p) => [p.text, ''])].join('\n');
}
