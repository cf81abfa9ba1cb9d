import type { PartnershipEvent, PartnershipEventType, PartnershipKind } from '../model/types';
import type { ImportContext } from './importContext';
import { childrenTagged, type GedcomNode } from './tokenize';

/**
 * What a couple's status says, as written by common programs: Family Tree Maker and others
 * ("_STAT Divorced", "_STAT Partners"), Brother's Keeper ("_MSTAT Partners", "_MARRIED N",
 * "_NMR" never married), GEDCOM-L ("_STAT NEVER MARRIED"), GEDCOM 7.0 ("NO MARR") and
 * MyHeritage ("EVEN" with "TYPE MYHERITAGE:REL_PARTNERS").
 */
export type CoupleStatus = { events: PartnershipEventType[]; kind?: PartnershipKind; neverMarried?: boolean; words: string } | undefined;

const STATUS: [RegExp, Exclude<CoupleStatus, undefined>][] = [
  [/^(never|not|un)\s*married$|^no marr(iage)?$/, { events: [], neverMarried: true, words: 'a couple who never married' }],
  [/^(civil partnership )?dissolved$|^dissolution$/, { events: ['civil-partnership', 'dissolved'], words: 'civil partners, then dissolved' }],
  [/^civil (partners?(hip)?|union)$|^registered partner(s|ship)?$/, { events: ['civil-partnership'], words: 'civil partners' }],
  [/^divorced?$/, { events: ['married', 'divorced'], words: 'married, then divorced' }],
  [/^annul(led|ment)?$/, { events: ['married', 'annulled'], words: 'married, then annulled' }],
  [/^widow(ed|er)?$/, { events: ['married', 'widowed'], words: 'married, then widowed' }],
  [/^married$|^marriage$|^spouses?$|^husband and wife$/, { events: ['married'], words: 'married' }],
  [/^separated?$|^separation$/, { events: ['separated'], words: 'separated' }],
  [/^engaged?$|^engagement$/, { events: ['engaged'], words: 'engaged' }],
  [/^(cohabit(ing|ation)?|living together|lived together|live together|common[ -]?law( marriage)?|de facto|unmarried (couple|partners))$/, { events: ['cohabiting'], words: 'living together' }],
  [/^(ended|relationship ended|split( up)?|broken up)$/, { events: ['ended'], words: 'a relationship that ended' }],
  [/^(friends?|dating|boy ?friend|girl ?friend|casual|short[ -]?term|affair|transitory)$/, { kind: 'transitory', events: ['started'], words: 'a short-term relationship (friends, dating)' }],
  [/^(partners?|partnership|in a relationship|relationship|together|couple)$/, { events: [], words: 'partners, with no marriage or living together stated' }],
];

/** Reads one status text; undefined when it says nothing this editor can hold ("Single", "Unknown", "Private", "Other"). */
export function readCoupleStatus(text: string): CoupleStatus {
  const key = text.trim().toLowerCase().replace(/^myheritage:rel_/, '').replace(/[_.]+/g, ' ').replace(/\s+/g, ' ');
  return STATUS.find(([re]) => re.test(key))?.[1];
}

const STATUS_TAGS = ['_STAT', '_MSTAT', '_MARRIED', '_NMR', 'NO'];

/**
 * The status lines of a family and what they add to its events: only what the events do not
 * already say (a "Divorced" status beside a dated MARR adds an undated divorce, nothing more).
 * Every status line is either carried (with a warning saying exactly what was added) or listed
 * as skipped with its line.
 */
export function applyStatusTags(
  fam: GedcomNode,
  events: PartnershipEvent[],
  ctx: ImportContext,
  what: string,
  extra: { node: GedcomNode; text: string }[] = [],
): { events: PartnershipEvent[]; kind?: PartnershipKind } {
  const lines = [
    ...childrenTagged(fam, ...STATUS_TAGS).map((node) => ({ node, text: statusText(node) })),
    ...extra,
  ];
  let kind: PartnershipKind | undefined;
  const out = [...events];
  for (const { node, text } of lines) {
    const written = `${node.tag}${node.value ? ` ${node.value.trim()}` : ''}`;
    if (text === undefined) {
      // "NO DIV", "NO ENGA": an assertion that an event did not happen; nothing to add or take away.
      ctx.use(node);
      continue;
    }
    const status = readCoupleStatus(text);
    if (!status) {
      ctx.skip(node.line, `${what}: status "${written}" has no equivalent; the couple is kept with the events recorded`, node);
      continue;
    }
    ctx.use(node);
    if (status.neverMarried) {
      const married = out.some((e) => e.type === 'married' || e.type === 'civil-partnership');
      if (married) ctx.warn(node.line, `${what}: "${written}" says never married, but the family records a marriage; the marriage was kept`);
      continue;
    }
    const added = status.events.filter((type) => !out.some((e) => e.type === type));
    for (const type of added) out.push({ type });
    if (status.kind === 'transitory' && !out.some((e) => e.type === 'married' || e.type === 'civil-partnership' || e.type === 'cohabiting')) kind = 'transitory';
    if (added.length > 0 || kind) {
      ctx.events += added.length;
      const addedWords = added.map((t) => EVENT_WORDS[t]).join(' and ');
      ctx.warn(
        node.line,
        `${what}: "${written}" read as ${status.words}: ${added.length ? `${addedWords} added with no date` : 'no event added'}${kind ? ', drawn as a short-term relationship' : ''}`,
      );
    }
  }
  return kind ? { events: out, kind } : { events: out };
}

const EVENT_WORDS: Record<PartnershipEventType, string> = {
  started: 'a start', engaged: 'an engagement', cohabiting: 'living together', married: 'a marriage', 'civil-partnership': 'a civil partnership',
  separated: 'a separation', divorced: 'a divorce', dissolved: 'a dissolution', annulled: 'an annulment', reconciled: 'a reconciliation',
  widowed: 'widowhood', ended: 'an end',
};

/** The status a line states: its value, "never married" for _NMR, _MARRIED N and NO MARR; undefined for other NO lines. */
function statusText(node: GedcomNode): string | undefined {
  const value = node.value?.trim() ?? '';
  switch (node.tag) {
    case '_NMR':
      return 'never married';
    case '_MARRIED':
      return /^(n|no|false|0)$/i.test(value) ? 'never married' : /^(y|yes|true|1)$/i.test(value) ? 'married' : value;
    case 'NO':
      return /^MARR$/i.test(value) ? 'never married' : undefined;
    default:
      return value;
  }
}
