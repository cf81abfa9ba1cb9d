import type { GenogramDocument, Id, ParentLink, ParentLinkKind, Partnership, PartnershipEvent, Person } from '../model/types';
import { formatGedcomDate } from './gedcomDate';
import { addToList } from '../model/extremes';
import { isolateBidi, outputText, removeControls } from '../model/textHygiene';

const SEX: Record<Person['gender'], string> = { male: 'M', female: 'F', nonbinary: 'X', unknown: 'U' };

/** Partnership events GEDCOM has a tag for; the rest travel as EVEN with a TYPE the importer reads back. */
const EVENT_TAG: Partial<Record<PartnershipEvent['type'], { tag: string; type?: string }>> = {
  married: { tag: 'MARR' },
  'civil-partnership': { tag: 'MARR', type: 'Civil partnership' },
  engaged: { tag: 'ENGA' },
  divorced: { tag: 'DIV' },
  dissolved: { tag: 'DIV', type: 'Civil partnership dissolution' },
  annulled: { tag: 'ANUL' },
};
const EVEN_TYPE: Record<string, string> = {
  started: 'Relationship started',
  cohabiting: 'Cohabiting',
  separated: 'Separated',
  reconciled: 'Reconciled',
  widowed: 'Widowed',
  ended: 'Relationship ended',
};
const PEDI: Record<Exclude<ParentLinkKind, 'birth'>, { pedi: string; phrase?: string }> = {
  adoptive: { pedi: 'ADOPTED' },
  foster: { pedi: 'FOSTER' },
  kinship: { pedi: 'OTHER', phrase: 'Kinship carer' },
  'special-guardianship': { pedi: 'OTHER', phrase: 'Special guardianship' },
};

interface Family {
  xref: string;
  partnership?: Partnership;
  parents: Id[];
  children: { child: Id; kind: ParentLinkKind; adoptedBy?: 'HUSB' | 'WIFE'; from?: ParentLink['from'] }[];
}

/**
 * The document as GEDCOM 7.0: persons (name, sex, birth, death, notes), each partnership as
 * a FAM with its events, and parent links grouped into families. Parents of a child who are
 * not partners get one-parent families each, so no partnership is invented on import.
 * Left out, since GEDCOM cannot hold them: labels, badges, conditions, households,
 * relationship lines, pins, and link end dates.
 */
export function exportGedcom(doc: GenogramDocument): string {
  const out: string[] = [];
  const line: LineWriter = (level, tag, value, xref) => {
    const head = xref ? `${level} @${xref}@ ${tag}` : `${level} ${tag}`;
    if (value === undefined || value === '') {
      out.push(head);
      return;
    }
    if (typeof value === 'object') {
      out.push(`${head} @${value.pointer}@`);
      return;
    }
    // No control characters but newline (NUL made the file unreadable); bidirectional controls
    // isolated (a NAME's parts each in their own, so the slashes round the surname stay outside).
    const [first, ...rest] = (tag === 'NAME' ? removeControls(value).text : outputText(value)).split('\n');
    out.push(`${head} ${escapeAt(first!)}`);
    for (const more of rest) out.push(more === '' ? `${level + 1} CONT` : `${level + 1} CONT ${escapeAt(more)}`);
  };

  line(0, 'HEAD');
  line(1, 'GEDC');
  line(2, 'VERS', '7.0');
  line(1, 'SCHMA');
  line(2, 'TAG', '_GENOGRAM_KIND https://github.com/genogram-editor/gedcom-extensions#partnership-kind');
  line(1, 'SOUR', 'GENOGRAM-EDITOR');
  line(2, 'NAME', 'Genogram editor');

  const personXref = new Map<Id, string>();
  doc.persons.forEach((p, i) => personXref.set(p.id, `I${i + 1}`));
  const families = groupFamilies(doc);
  const famcOf = new Map<Id, Family[]>();
  const famsOf = new Map<Id, Family[]>();
  for (const f of families) {
    for (const p of f.parents) addToList(famsOf, p, f);
    for (const c of f.children) addToList(famcOf, c.child, f);
  }

  for (const person of doc.persons) {
    line(0, 'INDI', undefined, personXref.get(person.id));
    writeName(person, line);
    line(1, 'SEX', SEX[person.gender]);
    if (person.birth) {
      line(1, 'BIRT');
      line(2, 'DATE', formatGedcomDate(person.birth));
    }
    if (person.death) {
      line(1, 'DEAT');
      line(2, 'DATE', formatGedcomDate(person.death));
    } else if (person.deceased) line(1, 'DEAT', 'Y');
    for (const f of famcOf.get(person.id) ?? []) {
      const entry = f.children.find((c) => c.child === person.id)!;
      if (entry.kind !== 'adoptive') continue;
      line(1, 'ADOP');
      if (entry.from) line(2, 'DATE', formatGedcomDate(entry.from));
      line(2, 'FAMC', { pointer: f.xref });
      line(3, 'ADOP', entry.adoptedBy ?? 'BOTH');
    }
    for (const f of famcOf.get(person.id) ?? []) {
      const entry = f.children.find((c) => c.child === person.id)!;
      line(1, 'FAMC', { pointer: f.xref });
      if (entry.kind !== 'birth') {
        const pedi = PEDI[entry.kind];
        line(2, 'PEDI', pedi.pedi);
        if (pedi.phrase) line(3, 'PHRASE', pedi.phrase);
      }
    }
    for (const f of famsOf.get(person.id) ?? []) line(1, 'FAMS', { pointer: f.xref });
    if (person.notes?.trim()) line(1, 'NOTE', person.notes.trim());
  }

  for (const f of families) {
    line(0, 'FAM', undefined, f.xref);
    const [a, b] = f.parents;
    if (a) line(1, 'HUSB', { pointer: personXref.get(a)! });
    if (b) line(1, 'WIFE', { pointer: personXref.get(b)! });
    if (f.partnership) {
      if (f.partnership.kind === 'transitory') line(1, '_GENOGRAM_KIND', 'transitory');
      for (const event of f.partnership.events) writeEvent(event, line);
    }
    for (const c of f.children) line(1, 'CHIL', { pointer: personXref.get(c.child)! });
    if (f.partnership?.notes?.trim()) line(1, 'NOTE', f.partnership.notes.trim());
  }
  line(0, 'TRLR');
  return `${out.join('\n')}\n`;
}

type LineWriter = (level: number, tag: string, value?: string | { pointer: string }, xref?: string) => void;

function writeName(person: Person, line: LineWriter): void {
  const given = clean(person.givenNames);
  const family = clean(person.familyName);
  if (!given && !family) {
    const label = clean(person.label);
    if (label) line(1, 'NAME', isolateBidi(label));
    return;
  }
  const [shownGiven, shownFamily] = [given && isolateBidi(given), family && isolateBidi(family)];
  line(1, 'NAME', shownFamily ? `${shownGiven ? `${shownGiven} ` : ''}/${shownFamily}/` : shownGiven);
  if (given) line(2, 'GIVN', given);
  if (family) line(2, 'SURN', family);
}

function writeEvent(event: PartnershipEvent, line: LineWriter): void {
  const known = EVENT_TAG[event.type];
  if (known) {
    line(1, known.tag, event.date ? undefined : 'Y');
    if (known.type) line(2, 'TYPE', known.type);
  } else {
    line(1, 'EVEN');
    line(2, 'TYPE', EVEN_TYPE[event.type] ?? event.type);
  }
  if (event.date) line(2, 'DATE', formatGedcomDate(event.date));
}

/**
 * Groups parent links into GEDCOM families. A child whose two parents (of one link kind)
 * are partners goes into that partnership's family; a step-parent adoption (one parent birth,
 * the partner adoptive) also goes there, with ADOP naming the adopter. Everyone else gets a
 * one-parent family per parent.
 */
function groupFamilies(doc: GenogramDocument): Family[] {
  const families: Family[] = [];
  const byPartnership = new Map<Id, Family>();
  let n = 0;
  for (const p of doc.partnerships) {
    const f: Family = { xref: `F${++n}`, partnership: p, parents: [p.a, p.b], children: [] };
    families.push(f);
    byPartnership.set(p.id, f);
  }
  const single = new Map<string, Family>();
  const singleFamily = (parent: Id): Family => {
    let f = single.get(parent);
    if (!f) {
      f = { xref: `F${++n}`, parents: [parent], children: [] };
      single.set(parent, f);
      families.push(f);
    }
    return f;
  };
  const firstPartnership = new Map<string, Partnership>();
  const pair = (x: Id, y: Id) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  for (const p of doc.partnerships) if (!firstPartnership.has(pair(p.a, p.b))) firstPartnership.set(pair(p.a, p.b), p);
  const partnershipOf = (x: Id, y: Id) => firstPartnership.get(pair(x, y));

  const linksByChild = new Map<Id, ParentLink[]>();
  for (const l of doc.parentLinks) addToList(linksByChild, l.child, l);
  for (const [child, links] of linksByChild) {
    const placed = new Set<ParentLink>();
    for (const l of links) {
      if (placed.has(l)) continue;
      const partnerLink = links.find((o) => o !== l && !placed.has(o) && partnershipOf(l.parent, o.parent) !== undefined && compatible(l, o));
      if (partnerLink) {
        const f = byPartnership.get(partnershipOf(l.parent, partnerLink.parent)!.id)!;
        if (f.children.some((c) => c.child === child)) {
          // Already in this family (a second partnership of the same couple): use a one-parent family.
        } else {
          const kinds = [l.kind, partnerLink.kind];
          if (kinds[0] === kinds[1]) {
            f.children.push({ child, kind: l.kind, ...(l.from ? { from: l.from } : {}) });
          } else {
            // Step-parent adoption: PEDI says adopted, ADOP says which partner adopted.
            const adopter = l.kind === 'adoptive' ? l : partnerLink;
            f.children.push({ child, kind: 'adoptive', adoptedBy: adopter.parent === f.parents[0] ? 'HUSB' : 'WIFE', ...(adopter.from ? { from: adopter.from } : {}) });
          }
          placed.add(l);
          placed.add(partnerLink);
          continue;
        }
      }
      singleFamily(l.parent).children.push({ child, kind: l.kind, ...(l.from ? { from: l.from } : {}) });
      placed.add(l);
    }
  }
  return families;
}

/** Two links of a child can share one family if they are of one kind, or birth + adoptive. */
function compatible(a: ParentLink, b: ParentLink): boolean {
  if (a.kind === b.kind) return true;
  const kinds = new Set([a.kind, b.kind]);
  return kinds.has('birth') && kinds.has('adoptive');
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(/[/\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** GEDCOM 7.0: a text value starting with "@" doubles it, so it is never read as a pointer. */
function escapeAt(value: string): string {
  return value.startsWith('@') ? `@${value}` : value;
}
