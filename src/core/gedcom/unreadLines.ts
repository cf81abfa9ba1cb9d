import type { ImportContext } from './importContext';
import type { GedcomNode } from './tokenize';

/** What common tags hold, to say in plain words what was left out. */
const MEANING: Record<string, string> = {
  ADDR: 'address', AGE: 'age', ALIA: 'alias', ASSO: 'association', BAPM: 'baptism', BIRT: 'birth', BURI: 'burial', CAUS: 'cause',
  CENS: 'census', CHAN: 'change date', CHR: 'christening', CONF: 'confirmation', CREM: 'cremation', DATE: 'date', DEAT: 'death',
  DSCR: 'physical description', EDUC: 'education', EMAIL: 'email address', EMIG: 'emigration', EVEN: 'event', FACT: 'fact',
  GRAD: 'graduation', IDNO: 'identity number', IMMI: 'immigration', NAME: 'name', NATI: 'nationality', NATU: 'naturalisation',
  NCHI: 'number of children', NICK: 'nickname', NMR: 'number of marriages', NOTE: 'note', NPFX: 'name prefix', NSFX: 'name suffix',
  OBJE: 'media', OCCU: 'occupation', PHON: 'phone number', PLAC: 'place', PROB: 'probate', PROP: 'property', QUAY: 'source quality',
  REFN: 'reference number', RELI: 'religion', REPO: 'repository', RESN: 'restriction', RETI: 'retirement', RIN: 'record number',
  SOUR: 'source', SPFX: 'surname prefix', SSN: 'social security number', SUBM: 'submitter', SUBN: 'submission', TITL: 'title',
  TYPE: 'type', UID: 'unique id', _UID: 'unique id', WILL: 'will', WWW: 'web address', _MARNM: 'married name', _AKA: 'also known as',
  FAM: 'family', INDI: 'person', SNOTE: 'shared note', _PHOTO: 'photo', DIVF: 'divorce filed', MARB: 'marriage banns',
  MARC: 'marriage contract', MARL: 'marriage licence', MARS: 'marriage settlement', FAX: 'fax number', AGNC: 'agency', SDATE: 'sort date',
  TIME: 'time', PHRASE: 'phrase', MAP: 'map position', DESI: 'descendants-interest flag', ANCI: 'ancestors-interest flag', ADOP: 'adoption',
  FAMC: 'child-of-family link', FAMS: 'partner-in-family link', HUSB: 'husband', WIFE: 'wife', CHIL: 'child', LANG: 'language', EXID: 'external id',
  ORDN: 'ordination', BARM: 'bar mitzvah', BASM: 'bat mitzvah', BLES: 'blessing', FCOM: 'first communion', ADR1: 'address line',
  ADR2: 'address line', ADR3: 'address line', CITY: 'city', STAE: 'county or state', POST: 'postcode', CTRY: 'country',
};

/** Line numbers listed in a message before "and n more". */
const LINES_LISTED = 12;

function meaning(tag: string): string | undefined {
  return MEANING[tag] ?? (tag.startsWith('_') ? 'program-specific data' : undefined);
}

/**
 * A line with no value and nothing under it but more such lines ("1 BIRT", "2 DATE", "2 PLAC"),
 * or lines already reported ("1 BIRT" whose unreadable date was skipped with its reason), has no
 * data left to lose.
 */
function nothingLeft(node: GedcomNode, ctx: ImportContext): boolean {
  // A walk with its own stack: a file may nest lines thousands of levels deep.
  const stack = [node];
  for (let here = stack.pop(); here !== undefined; here = stack.pop()) {
    if (here.value?.trim()) return false;
    for (const c of here.children) if (ctx.fateOf(c) !== 'reported') stack.push(c);
  }
  return true;
}

function lines(list: number[]): string {
  const shown = list.slice(0, LINES_LISTED).join(', ');
  return list.length > LINES_LISTED ? `lines ${shown} and ${list.length - LINES_LISTED} more` : list.length === 1 ? `line ${shown}` : `lines ${shown}`;
}

/**
 * Lists under "Skipped" every record and every line the import did not carry into the document
 * and did not already report: grouped by where they stand ("INDI BIRT PLAC": every birth
 * place), each group once with all its lines. A line's own sub-lines go with it. The header
 * (file metadata) and the trailer are not data about the family, and lines with no value
 * hold nothing to lose: neither is listed.
 */
export function reportUnread(records: readonly GedcomNode[], ctx: ImportContext): void {
  const groups = new Map<string, { what: string | undefined; lines: number[]; record: boolean }>();
  const add = (path: string[], node: GedcomNode, record: boolean) => {
    const key = path.join(' ');
    const group = groups.get(key) ?? { what: meaning(node.tag), lines: [], record };
    group.lines.push(node.line);
    groups.set(key, group);
  };
  const walk = (node: GedcomNode, path: string[]) => {
    for (const sub of node.children) {
      const here = [...path, sub.tag];
      const fate = ctx.fateOf(sub);
      if (fate === undefined) {
        if (!nothingLeft(sub, ctx)) add(here, sub, false);
      }
      else if (fate === 'carried') walk(sub, here);
    }
  };
  for (const record of records) {
    if (record.tag === 'HEAD' || record.tag === 'TRLR') continue;
    const fate = ctx.fateOf(record);
    if (fate === undefined) add([record.tag], record, true);
    else if (fate === 'carried') walk(record, [record.tag]);
  }
  for (const [path, group] of groups) {
    const count = group.lines.length;
    const records = `record${count === 1 ? '' : 's'}`;
    // The issue carries the first line; a group of several lists them all.
    const where = count > 1 ? `: ${lines(group.lines)}` : '';
    const message = group.record
      ? `${count} ${group.what ? `${group.what} ${records} (${path})` : `${path} ${records}`} not carried into the document${where}`
      : `${group.what ? `${group.what} (${path})` : path} not carried into the document${where}`;
    ctx.skip(group.lines[0], message);
  }
}
