import { today } from '../dates/partialDate';
import type { GenogramDocument, PartialDate } from './types';

/** The date the figure and the panels show the family at: the document's reference date, or today. */
export function referenceDate(doc: Pick<GenogramDocument, 'settings'>): PartialDate {
  return doc.settings.asAt ?? today();
}
