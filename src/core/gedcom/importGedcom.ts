import { DEFAULT_NOTATION, type GenogramDocument, type Id, type ParentLink, type ParentLinkKind, type Partnership, type Person } from '../model/types';
import { checkDocumentMeaning } from '../format/semantic';
import { breakAncestryCycles } from './breakCycles';
import { decodeGedcomBytes, type DecodeResult } from './decode';
import { ImportContext } from './importContext';
import { suggestHouseholds, suggestMultipleBirths } from './importSuggestions';
import { DEFAULT_MAX_BYTES, type ImportOptions, type ImportResult } from './importTypes';
import { linkKindOf, readPartnershipEvents } from './readFamily';
import { readPerson, readResidence, type Residence } from './readPerson';
import { reportUnread } from './unreadLines';
import { child, childrenTagged, pointerOf, tokenizeGedcom, type GedcomNode } from './tokenize';
import { addToList, pushAll } from '../model/extremes';
import { longNameWarning } from '../model/longText';

export type { ImportOptions, ImportResult } from './importTypes';

/**
 * Reads a GEDCOM 5.5, 5.5.1 or 7.0 file into a new document. Never throws: bad input
 * gives `{ ok: false, errors }` with line numbers where there are lines to blame.
 */
export function importGedcom(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(input, options);
  } catch (error) {
    // A bug or an input shape nobody foresaw must still end in a message, not a crash.
    return { ok: false, errors: [{ message: `The GEDCOM file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function importUnsafe(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    return { ok: false, errors: [{ message: `The file is ${megabytes(size)} MB; files over ${megabytes(maxBytes)} MB are refused.` }] };
  }
  const decoded: DecodeResult = typeof input === 'string' ? { ok: true, text: input, encoding: 'UTF-8', warnings: [] } : decodeGedcomBytes(input);
  if (!decoded.ok) return { ok: false, errors: [decoded.line === undefined ? { message: decoded.message } : { line: decoded.line, message: decoded.message }] };

  const firstLine = decoded.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const headless = !/^\s*0\s+HEAD\s*$/i.test(firstLine);
  // Records with their header lost (a file cut from a larger one) are still GEDCOM: read them, and say so.
  if (headless && !/^\s*0\s+(?:@[^@]+@\s+)?(?:INDI|FAM|NOTE|SOUR|OBJE|REPO|SUBM|SNOTE)\b/i.test(firstLine)) {
    return { ok: false, errors: [{ line: 1, message: `This is not a GEDCOM file: the first line should be "0 HEAD" but is ${JSON.stringify(firstLine.slice(0, 40))}.` }] };
  }
  const tokens = tokenizeGedcom(decoded.text);
  if (!tokens.ok) return { ok: false, errors: tokens.errors };

  const ctx = new ImportContext();
  decoded.warnings.forEach((w) => ctx.warn(undefined, w));
  tokens.warnings.forEach((w) => ctx.warn(w.line, w.message));
  tokens.unreadable.forEach((u) => ctx.skip(u.line, u.message));
  const records = tokens.records;
  if (headless) ctx.warn(1, 'The file has no header ("0 HEAD"), so nothing says which GEDCOM version it is: its records were read as GEDCOM 5.5.1.');
  const head = headless ? undefined : records[0];
  const version = head ? child(child(head, 'GEDC') ?? head, 'VERS')?.value?.trim() : undefined;
  const trailer = records[records.length - 1];
  if (!trailer || trailer.tag !== 'TRLR') {
    ctx.warn(tokens.lineCount, `The file does not end with "0 TRLR": it may be truncated after line ${tokens.lineCount}; everything before was read.`);
  }

  // Index the records; a second record with the same xref is left out.
  const indis = new Map<string, GedcomNode>();
  const fams = new Map<string, GedcomNode>();
  const personNodes: GedcomNode[] = [];
  const famNodes: GedcomNode[] = [];
  for (const record of records) {
    if (record.tag === 'NOTE' || record.tag === 'SNOTE') {
      if (record.xref) ctx.sharedNotes.set(record.xref, record);
      continue;
    }
    if (record.tag !== 'INDI' && record.tag !== 'FAM') continue;
    const table = record.tag === 'INDI' ? indis : fams;
    if (record.xref && table.has(record.xref)) {
      ctx.skip(record.line, `${record.tag} @${record.xref}@ appears twice (first on line ${table.get(record.xref)!.line}); the second was left out`, record);
      continue;
    }
    ctx.use(record);
    if (record.xref) table.set(record.xref, record);
    (record.tag === 'INDI' ? personNodes : famNodes).push(record);
  }

  // Persons.
  const ids = new IdMaker();
  const personIdOf = new Map<string, Id>();
  const persons: Person[] = [];
  const residences: Residence[] = [];
  for (const node of personNodes) {
    const id = ids.make('p', node.xref ?? `line${node.line}`);
    if (node.xref) personIdOf.set(node.xref, id);
    const read = readPerson(node, id, ctx);
    const nameLine = child(node, 'NAME')?.line ?? node.line;
    const long = longNameWarning(read.person, `line ${nameLine}`);
    if (long) ctx.warn(nameLine, long);
    persons.push(read.person);
    pushAll(residences, read.residences);
  }
  const personById = new Map(persons.map((p) => [p.id, p]));

  // What each person says about the families they are a child of: FAMC.PEDI and ADOP.
  const famcOf = new Map<string, { pedi?: string; phrase?: string; line: number }>();
  const adoptionOf = new Map<string, { by: 'HUSB' | 'WIFE' | 'BOTH'; from?: Person['birth']; line: number }>();
  const famcChildren = new Map<string, { xref: string; line: number }[]>();
  const famsPartners = new Map<string, { xref: string; line: number }[]>();
  for (const node of personNodes) {
    if (!node.xref) continue;
    const what = `person @${node.xref}@`;
    for (const famc of childrenTagged(node, 'FAMC')) {
      const pointer = pointerOf(famc.value);
      if (pointer.kind !== 'pointer') continue;
      if (!fams.has(pointer.xref)) {
        ctx.skip(famc.line, `${what}: FAMC points to @${pointer.xref}@, which is not a family in the file`, famc);
        continue;
      }
      const key = `${node.xref}|${pointer.xref}`;
      const pediNode = child(famc, 'PEDI');
      const phraseNode = pediNode ? child(pediNode, 'PHRASE') : undefined;
      ctx.use(famc, pediNode, phraseNode);
      const pedi = pediNode?.value?.trim();
      const phrase = phraseNode?.value;
      const previous = famcOf.get(key);
      // Several FAMC lines to one family: an explicit non-birth pedigree wins over a bare one.
      if (!previous || (!previous.pedi && pedi)) famcOf.set(key, { ...(pedi ? { pedi } : {}), ...(phrase ? { phrase } : {}), line: pediNode?.line ?? famc.line });
      const list = famcChildren.get(pointer.xref) ?? [];
      if (!list.some((c) => c.xref === node.xref)) list.push({ xref: node.xref, line: famc.line });
      famcChildren.set(pointer.xref, list);
    }
    for (const famsLine of childrenTagged(node, 'FAMS')) {
      const pointer = pointerOf(famsLine.value);
      if (pointer.kind !== 'pointer') continue;
      if (!fams.has(pointer.xref)) {
        ctx.skip(famsLine.line, `${what}: FAMS points to @${pointer.xref}@, which is not a family in the file`, famsLine);
        continue;
      }
      ctx.use(famsLine);
      const list = famsPartners.get(pointer.xref) ?? [];
      if (!list.some((p) => p.xref === node.xref)) list.push({ xref: node.xref, line: famsLine.line });
      famsPartners.set(pointer.xref, list);
    }
    for (const adop of childrenTagged(node, 'ADOP')) {
      ctx.events++;
      const famc = child(adop, 'FAMC');
      const pointer = pointerOf(famc?.value);
      if (pointer.kind !== 'pointer') {
        ctx.skip(adop.line, `${what}: an adoption that names no family: it says nothing about who adopted, so no link was made`, adop);
        continue;
      }
      if (!fams.has(pointer.xref)) {
        ctx.skip(famc!.line, `${what}: adoption by family @${pointer.xref}@, which is not in the file`, adop);
        continue;
      }
      const byNode = child(famc!, 'ADOP');
      ctx.use(adop, famc, byNode);
      const byText = byNode?.value?.trim().toUpperCase();
      const by = byText === 'HUSB' || byText === 'WIFE' ? byText : 'BOTH';
      const { date } = ctx.eventDate(adop, `${what} adoption`);
      adoptionOf.set(`${node.xref}|${pointer.xref}`, { by, ...(date ? { from: date } : {}), line: adop.line });
      // The adoption names the family even when neither FAMC nor CHIL does: the child belongs to it.
      const list = famcChildren.get(pointer.xref) ?? [];
      if (!list.some((c) => c.xref === node.xref)) list.push({ xref: node.xref, line: adop.line });
      famcChildren.set(pointer.xref, list);
    }
  }

  // Families → partnerships and parent links.
  const partnerships: Partnership[] = [];
  const links: (ParentLink & { line: number; family: string })[] = [];
  const linkKeys = new Map<string, number>();
  const birthParentsOf = new Map<Id, { parent: Id; family: string }[]>();
  const xrefOfPerson = new Map([...personIdOf].map(([xref, id]) => [id, xref]));
  const familyChildren: { xref: string; children: Id[] }[] = [];
  let linkCount = 0;
  for (const fam of famNodes) {
    const famXref = fam.xref ?? `line${fam.line}`;
    const what = `family @${famXref}@`;
    const partner = (tag: 'HUSB' | 'WIFE'): { id: Id; xref: string } | undefined => {
      const nodes = childrenTagged(fam, tag);
      let found: { id: Id; xref: string } | undefined;
      for (const node of nodes) {
        ctx.use(node);
        const pointer = pointerOf(node.value);
        if (pointer.kind === 'void') continue;
        if (pointer.kind === 'none') {
          ctx.skip(node.line, `${what}: ${tag} "${node.value ?? ''}" is not a pointer to a person`);
          continue;
        }
        const id = personIdOf.get(pointer.xref);
        if (!id) ctx.skip(node.line, `${what}: ${tag} points to @${pointer.xref}@, which is not a person in the file`);
        else if (found) ctx.skip(node.line, `${what}: a second ${tag} (@${pointer.xref}@) was left out`);
        else found = { id, xref: pointer.xref };
      }
      return found;
    };
    let husb = partner('HUSB');
    let wife = partner('WIFE');
    if (husb && wife && husb.id === wife.id) {
      ctx.skip(fam.line, `${what}: @${husb.xref}@ is both partners; kept once`);
      wife = undefined;
    }
    // Files often fill only one side: a person whose FAMS names this family is a partner in it.
    for (const s of famsPartners.get(famXref) ?? []) {
      if (husb?.xref === s.xref || wife?.xref === s.xref) continue;
      const entry = { id: personIdOf.get(s.xref)!, xref: s.xref };
      if (!husb) husb = entry;
      else if (!wife) wife = entry;
      else {
        ctx.skip(s.line, `${what}: @${s.xref}@ names it with FAMS but it already has two partners; left out`);
        continue;
      }
      ctx.warn(s.line, `${what}: @${s.xref}@ names it with FAMS but the family does not list them; taken as a partner`);
    }
    const parents = [husb, wife].filter((p): p is { id: Id; xref: string } => p !== undefined);
    if (husb && wife) {
      const read = readPartnershipEvents(fam, ctx, what);
      const partnership: Partnership = { id: ids.make('u', famXref), a: husb.id, b: wife.id, kind: read.kind ?? 'partnership', events: read.events };
      const kindNode = child(fam, '_GENOGRAM_KIND');
      ctx.use(kindNode);
      if (kindNode?.value?.trim().toLowerCase() === 'transitory') partnership.kind = 'transitory';
      const notes = ctx.notesOf(fam, what);
      if (notes) partnership.notes = notes;
      partnerships.push(partnership);
    } else {
      const { events } = readPartnershipEvents(fam, ctx, what);
      if (events.length > 0) ctx.skip(fam.line, `${what}: ${events.length} partnership event(s) left out: the family has ${parents.length === 0 ? 'no partners' : 'one partner'}`);
      const notes = ctx.notesOf(fam, what);
      if (notes) ctx.skip(fam.line, `${what}: family note left out: the family has no couple to hold it`);
    }

    // Children: CHIL lines, plus persons whose FAMC names this family (files often fill only one side).
    const childXrefs: { xref: string; line: number; chil?: GedcomNode }[] = [];
    for (const chil of childrenTagged(fam, 'CHIL')) {
      ctx.use(chil);
      const pointer = pointerOf(chil.value);
      if (pointer.kind === 'void') continue;
      if (pointer.kind === 'none') {
        ctx.skip(chil.line, `${what}: CHIL "${chil.value ?? ''}" is not a pointer to a person`);
        continue;
      }
      if (!personIdOf.has(pointer.xref)) {
        ctx.skip(chil.line, `${what}: CHIL points to @${pointer.xref}@, which is not a person in the file`);
        continue;
      }
      if (childXrefs.some((c) => c.xref === pointer.xref)) {
        ctx.skip(chil.line, `${what}: child @${pointer.xref}@ is listed twice; kept once`);
        continue;
      }
      childXrefs.push({ xref: pointer.xref, line: chil.line, chil });
    }
    for (const c of famcChildren.get(famXref) ?? []) {
      if (!childXrefs.some((x) => x.xref === c.xref)) childXrefs.push(c);
    }
    const birthChildren: Id[] = [];
    for (const c of childXrefs) {
      const childId = personIdOf.get(c.xref)!;
      const famc = famcOf.get(`${c.xref}|${famXref}`);
      const adoption = adoptionOf.get(`${c.xref}|${famXref}`);
      let allBirth = parents.length > 0;
      for (const [i, parent] of parents.entries()) {
        const role = parent === husb ? 'HUSB' : 'WIFE';
        const relNode = c.chil ? child(c.chil, role === 'HUSB' ? '_FREL' : '_MREL') : undefined;
        ctx.use(relNode);
        const reading = linkKindOf(famc?.pedi ?? relNode?.value, famc?.phrase);
        const readingLine = famc?.pedi ? famc.line : (relNode?.line ?? famc?.line ?? c.line);
        let kind: ParentLinkKind | 'not-a-parent' = reading.kind;
        let from: Person['birth'];
        if (adoption && (adoption.by === 'BOTH' || adoption.by === role)) {
          kind = 'adoptive';
          from = adoption.from;
        } else if (adoption && kind === 'adoptive') {
          // PEDI says adopted but ADOP names the other partner: a step-parent adoption, this one is the birth parent.
          kind = 'birth';
        }
        if (kind === 'not-a-parent') {
          ctx.skip(readingLine, `${what}: link of @${c.xref}@ to @${parent.xref}@ left out: ${reading.note}`);
          allBirth = false;
          continue;
        }
        if (reading.note && kind === reading.kind && i === 0) ctx.warn(readingLine, `${what}, child @${c.xref}@: ${reading.note}`);
        if (parent.id === childId) {
          ctx.skip(c.line, `${what}: @${c.xref}@ is listed as their own parent; that link was left out`);
          allBirth = false;
          continue;
        }
        if (kind !== 'birth') allBirth = false;
        const key = `${parent.id}|${childId}`;
        const earlier = linkKeys.get(key);
        if (earlier !== undefined) {
          const first = links[earlier]!;
          ctx.skip(c.line, `${what}: @${parent.xref}@ is already a parent of @${c.xref}@ (${first.kind}, family @${first.family}@); the second link (${kind}) was left out`);
          continue;
        }
        if (kind === 'birth') {
          const birthParents = birthParentsOf.get(childId) ?? [];
          if (birthParents.length >= 2) {
            const named = birthParents.map((l) => `@${xrefOfPerson.get(l.parent)}@ (family @${l.family}@)`).join(' and ');
            ctx.skip(c.line, `${what}: @${c.xref}@ already has two birth parents, ${named}; the birth link to @${parent.xref}@ was left out`);
            continue;
          }
        }
        const link: ParentLink & { line: number; family: string } = { id: `l_gedcom${++linkCount}`, parent: parent.id, child: childId, kind, line: c.line, family: famXref };
        if (from) link.from = from;
        linkKeys.set(key, links.length);
        links.push(link);
        if (kind === 'birth') addToList(birthParentsOf, childId, link);
      }
      if (parents.length === 0) {
        ctx.skip(c.line, `${what}: child @${c.xref}@ has no parent in this family, so no link was made`);
      }
      if (allBirth) birthChildren.push(childId);
    }
    familyChildren.push({ xref: famXref, children: birthChildren });
    // A family's residence is where its partners lived (its children have their own).
    for (const resi of childrenTagged(fam, 'RESI')) {
      if (parents.length === 0) {
        ctx.skip(resi.line, `${what} residence left out: the family has no partners to place there`, resi);
        continue;
      }
      const read = readResidence(resi, parents[0]!.id, `${what} residence`, ctx);
      if (read) for (const p of parents) residences.push({ ...read, personId: p.id });
    }
  }

  // A person who is their own ancestor: break the link that closes the loop.
  const { kept, removed } = breakAncestryCycles(persons.map((p) => p.id), links);
  for (const link of removed as (ParentLink & { line: number; family: string })[]) {
    const parentName = nameFor(personById.get(link.parent));
    const childName = nameFor(personById.get(link.child));
    ctx.skip(link.line, `family @${link.family}@: the link making ${childName} a child of ${parentName} was left out: it made someone their own ancestor`);
  }
  const parentLinks: ParentLink[] = (kept as (ParentLink & { line: number; family: string })[]).map(({ line: _line, family: _family, ...l }) => l);

  // Whatever was not carried into the document, nor reported already, is listed with its lines.
  reportUnread(records, ctx);

  const multipleBirths = suggestMultipleBirths(familyChildren, personById);
  const households = suggestHouseholds(residences, personById);

  const fileName = head ? child(head, 'FILE')?.value?.trim() : undefined;
  const document: GenogramDocument = {
    id: `doc_gedcom${hash(decoded.text)}`,
    settings: { title: options.title ?? (fileName ? fileName.replace(/\.ged$/i, '') : 'Imported family'), notation: { ...DEFAULT_NOTATION } },
    persons,
    partnerships,
    parentLinks,
    multipleBirths: [],
    relationships: [],
    households: options.applyHouseholds ? households.map((h) => h.household) : [],
  };
  // The format's own meaning checks are the last word: an import the editor would refuse to open is a failure.
  const meaning = checkDocumentMeaning(document);
  if (meaning.errors.length > 0) {
    return { ok: false, errors: meaning.errors.map((e) => ({ message: `The imported family breaks a rule of the format at ${e.path}: ${e.message}` })) };
  }
  meaning.warnings.forEach((w) => ctx.warn(undefined, w));
  const summary = {
    ...(version ? { version } : {}),
    encoding: decoded.encoding,
    lines: tokens.lineCount,
    read: { persons: persons.length, families: famNodes.length, partnerships: partnerships.length, parentLinks: parentLinks.length, events: ctx.events, notes: ctx.notes },
    skipped: ctx.skipped,
    warnings: ctx.warnings,
  };
  return { ok: true, document, summary, suggestions: { multipleBirths, households } };
}

function nameFor(p: Person | undefined): string {
  if (!p) return 'someone';
  const name = [p.givenNames, p.familyName].filter(Boolean).join(' ');
  return name ? `${name} (${p.id})` : p.id;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** FNV-1a, so the same file always gets the same document id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Ids built from xrefs ("p_I12"), made unique when two xrefs clean up to the same text. */
class IdMaker {
  private readonly used = new Set<string>();
  make(prefix: string, xref: string): Id {
    const clean = xref.replace(/[^A-Za-z0-9]/g, '') || 'x';
    let id = `${prefix}_${clean}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}_${clean}n${n}`;
    this.used.add(id);
    return id;
  }
}
