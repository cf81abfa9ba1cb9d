import { formatDate, formatMonthYear } from '../dates/partialDate';
import { roleLine } from '../kinship/roleLine';
import type { GenogramDocument, Id, PartialDate } from '../model/types';
import type { LayoutResult } from '../layout/types';
import { publishedDrawing } from './published';
import { relabelLayout } from './relabelLayout';

export interface FigureSource {
  /** The document as drawn: the anonymised copy in publication mode. */
  shownDoc: GenogramDocument;
  /** The positions for shownDoc: the anonymiser gives every person a new id, and the layout follows. */
  shownLayout: LayoutResult;
  /** Original id → id as drawn. */
  shownIds: ReadonlyMap<Id, Id>;
  /** The reference date as the key shows it: the full date, or month and year for publication. */
  asAtLabel: string;
}

/** What a figure (canvas or export) is drawn from; the layout is always computed on the original document. */
export function figureSource(doc: GenogramDocument, layout: LayoutResult, publication: boolean, asAt: PartialDate): FigureSource {
  if (!publication) return { shownDoc: withRoleLines(doc, asAt), shownLayout: layout, shownIds: new Map(), asAtLabel: formatDate(asAt) };
  const { doc: shownDoc, personIds } = publishedDrawing(doc, asAt);
  return { shownDoc, shownLayout: personIds.size ? relabelLayout(layout, personIds) : layout, shownIds: personIds, asAtLabel: formatMonthYear(asAt) };
}

/**
 * People outside the family carry their role as the second line ("Mother's partner (visiting)"),
 * unless the author wrote one. The copy is for drawing only; the layout does not depend on it.
 * (A published figure labels them by their role already.)
 */
function withRoleLines(doc: GenogramDocument, asAt: PartialDate): GenogramDocument {
  if (!doc.persons.some((p) => p.significantOther && !p.secondLine?.trim())) return doc;
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      if (!p.significantOther || p.secondLine?.trim()) return p;
      const line = roleLine(doc, p, asAt);
      return line ? { ...p, secondLine: line } : p;
    }),
  };
}
