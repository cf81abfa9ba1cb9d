import type { ParentLinkKind, PartialDate, PartnershipEvent, PartnershipEventType, PartnershipKind } from '../model/types';
import { compareDates } from '../dates/partialDate';
import type { ImportContext } from './importContext';
import { applyStatusTags } from './readStatus';
import { child, type GedcomNode } from './tokenize';

/** Reads a pedigree value (FAMC.PEDI, _FREL/_MREL, PEDI OTHER's PHRASE) as a link kind. */
export function linkKindOf(
  value: string | undefined,
  phrase: string | undefined,
): { kind: ParentLinkKind; note?: string } | { kind: 'not-a-parent'; note: string } {
  const v = (value ?? '').trim().toLowerCase();
  const p = (phrase ?? '').trim().toLowerCase();
  if (v === '' || v === 'birth' || v === 'natural' || v === 'biological' || v === 'bio') return { kind: 'birth' };
  if (v.startsWith('adopt')) return { kind: 'adoptive' };
  if (v === 'foster') return { kind: 'foster' };
  if (v === 'step' || v === 'stepchild' || v === 'step child') {
    return { kind: 'not-a-parent', note: `pedigree "${value}" (a step-parent is not a parent; the partnership already shows the step relation)` };
  }
  if (v === 'other' || v === 'guardian' || v === 'kinship') {
    const text = `${v} ${p}`;
    if (/special\s*guardian/.test(text)) return { kind: 'special-guardianship' };
    if (/kinship/.test(text)) return { kind: 'kinship' };
    if (/foster/.test(text)) return { kind: 'foster' };
    if (/adopt/.test(text)) return { kind: 'adoptive' };
  }
  // SEALING (a Latter-day Saints ordinance) and OTHER say nothing against birth; keep the link, flag it.
  return { kind: 'birth', note: `pedigree "${value}${phrase ? ` (${phrase})` : ''}" has no equivalent; imported as a birth link — check it` };
}

const EVENT_RANK: Record<PartnershipEventType, number> = {
  started: 0, engaged: 1, cohabiting: 2, married: 3, 'civil-partnership': 3, separated: 4, reconciled: 5,
  divorced: 6, dissolved: 6, annulled: 6, widowed: 7, ended: 7,
};

/** EVEN TYPE texts (ours on export, and common ones from other programs) → event types. */
const EVEN_TYPES: [RegExp, PartnershipEventType][] = [
  [/^civil[- ]?partnership dissol|dissol/i, 'dissolved'],
  [/civil[- ]?(partnership|union)|registered partnership/i, 'civil-partnership'],
  [/separat/i, 'separated'],
  [/reconcil/i, 'reconciled'],
  [/cohabit|living together|common[- ]law/i, 'cohabiting'],
  [/widow/i, 'widowed'],
  [/^(relationship )?(started|begun|began|start)/i, 'started'],
  [/^(relationship )?(ended|end)$/i, 'ended'],
];

/**
 * FAM events → partnership events in time order, with the status lines (_STAT and the like,
 * see readStatus.ts) adding what they say that the events do not.
 */
export function readPartnershipEvents(fam: GedcomNode, ctx: ImportContext, what: string): { events: PartnershipEvent[]; kind?: PartnershipKind } {
  const events: PartnershipEvent[] = [];
  const statusEvents: { node: GedcomNode; text: string }[] = [];
  for (const node of fam.children) {
    let type: PartnershipEventType | undefined;
    const typeNode = child(node, 'TYPE');
    const typeText = typeNode?.value?.trim() ?? '';
    switch (node.tag) {
      case 'MARR':
        // "Civil" alone is a civil marriage (a marriage without religious rites); only a partnership or union is a civil partnership.
        type = /civil\s*(partnership|union)|registered\s*partnership|^partnership$/i.test(typeText)
          ? 'civil-partnership'
          : /common[- ]law|cohabit|unmarried/i.test(typeText)
            ? 'cohabiting'
            : 'married';
        break;
      case 'ENGA':
        type = 'engaged';
        break;
      case 'DIV':
        type = /dissol|civil/i.test(typeText) ? 'dissolved' : 'divorced';
        break;
      case 'ANUL':
        type = 'annulled';
        break;
      case '_SEPR':
        // Brother's Keeper and others: a separation, with its date.
        type = 'separated';
        break;
      case 'EVEN':
        if (/^MYHERITAGE:REL_/i.test(typeText)) {
          // MyHeritage writes the couple's status as an event type: read it as a status.
          ctx.use(node, typeNode);
          statusEvents.push({ node, text: typeText });
          continue;
        }
        type = EVEN_TYPES.find(([re]) => re.test(typeText))?.[1];
        if (!type) ctx.skip(node.line, `${what}: event "${typeText || node.value || 'EVEN'}" has no equivalent; left out`, node);
        break;
      default:
        continue;
    }
    if (!type) continue;
    ctx.use(node, typeNode);
    const { date } = ctx.eventDate(node, `${what} ${node.tag}`);
    events.push(date ? { type, date } : { type });
    ctx.events++;
  }
  const withStatus = applyStatusTags(fam, sortEvents(events), ctx, what, statusEvents);
  return withStatus.kind ? { events: sortEvents(withStatus.events), kind: withStatus.kind } : { events: sortEvents(withStatus.events) };
}

/** Undated events keep a sensible order (engaged before married before divorced); dated ones go by date. */
function sortEvents(events: PartnershipEvent[]): PartnershipEvent[] {
  const byRank = [...events].sort((a, b) => EVENT_RANK[a.type] - EVENT_RANK[b.type]);
  const datedSlots = byRank.map((e, i) => (e.date ? i : -1)).filter((i) => i >= 0);
  const dated = datedSlots.map((i) => byRank[i]!).sort((a, b) => compareDates(a.date as PartialDate, b.date as PartialDate));
  datedSlots.forEach((slot, k) => {
    byRank[slot] = dated[k]!;
  });
  return byRank;
}
