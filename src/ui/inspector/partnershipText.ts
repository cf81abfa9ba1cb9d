import { formatDate } from '../../core/dates/partialDate';
import type { Partnership, PartnershipEventType } from '../../core/model/types';

export const EVENT_LABELS: Record<PartnershipEventType, string> = {
  started: 'Started',
  engaged: 'Engaged',
  cohabiting: 'Living together',
  married: 'Married',
  'civil-partnership': 'Civil partnership',
  separated: 'Separated',
  divorced: 'Divorced',
  dissolved: 'Dissolved',
  annulled: 'Annulled',
  reconciled: 'Reconciled',
  widowed: 'Widowed',
  ended: 'Ended',
};

/** "Married 2004, Separated Mar 2012", for choosing between partnerships. */
export function describePartnershipHistory(p: Partnership): string {
  const parts = p.events.map((e) => (e.date ? `${EVENT_LABELS[e.type]} ${formatDate(e.date)}` : EVENT_LABELS[e.type]));
  if (p.kind === 'transitory') parts.unshift('Short-term');
  return parts.join(', ');
}
