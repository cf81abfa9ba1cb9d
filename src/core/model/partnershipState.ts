import { compareDates, formatYear } from '../dates/partialDate';
import type { PartialDate, Partnership, PartnershipEvent } from './types';

export type PartnerLineStyle = 'married' | 'cohabiting' | 'transitory' | 'partnership';
export type PartnershipEnding = 'separated' | 'divorced' | 'widowed' | 'ended';

export interface PartnershipState {
  /** How the line is drawn: married / civil partnership solid, cohabiting dashed, transitory dotted. */
  line: PartnerLineStyle;
  /** Set when the relationship had ended by the date (one slash separated, two divorced). */
  ended?: PartnershipEnding;
  /** Every dated event lies after the date: the couple had not yet met. */
  notYetStarted: boolean;
  /** Short labels of the events up to the date, in order: "LT 1998", "m. 2001", "s. 2004", "d. 2006". */
  labels: string[];
}

const LABEL_PREFIX: Partial<Record<PartnershipEvent['type'], string>> = {
  cohabiting: 'LT',
  married: 'm.',
  'civil-partnership': 'cp.',
  separated: 's.',
  divorced: 'd.',
  dissolved: 'diss.',
  annulled: 'ann.',
  reconciled: 'r.',
  widowed: 'wid.',
  ended: 'ended',
};

/**
 * The state of a couple at a reference date, read from its dated history.
 * Events are stored in time order; an undated event is taken to have happened
 * if it comes before the first event dated after the reference date.
 */
export function partnershipStateAt(p: Partnership, asAt: PartialDate): PartnershipState {
  let line: PartnerLineStyle = p.kind === 'transitory' ? 'transitory' : 'partnership';
  let ended: PartnershipEnding | undefined;
  let applied = 0;
  let datedAfter = 0;
  const labels: string[] = [];
  for (const event of p.events) {
    if (event.date && compareDates(event.date, asAt) > 0) {
      datedAfter++;
      break;
    }
    applied++;
    switch (event.type) {
      case 'cohabiting':
        if (line !== 'married') line = 'cohabiting';
        ended = undefined;
        break;
      case 'married':
      case 'civil-partnership':
        line = 'married';
        ended = undefined;
        break;
      case 'separated':
        ended = 'separated';
        break;
      case 'divorced':
      case 'dissolved':
      case 'annulled':
        ended = 'divorced';
        break;
      case 'reconciled':
        ended = undefined;
        break;
      case 'widowed':
        ended = 'widowed';
        break;
      case 'ended':
        ended = 'ended';
        break;
      case 'started':
      case 'engaged':
        break;
    }
    const prefix = LABEL_PREFIX[event.type];
    if (prefix) labels.push(event.date ? `${prefix} ${formatYear(event.date)}` : prefix);
  }
  const state: PartnershipState = { line, notYetStarted: applied === 0 && datedAfter > 0, labels };
  if (ended) state.ended = ended;
  return state;
}
