import type { GenogramDocument, PartialDate } from '../model/types';
import { anonymise, anonymiseWithIdMap } from './anonymise';

// Anything published has every id replaced: ids are free text in files from elsewhere and may
// carry names. The one rule, for the published data and the published drawing alike.
const PUBLISHED = { replaceIds: true } as const;

/** The publication copy written out as data (JSON, GEDCOM): years only, opaque ids throughout. */
export function publishedData(doc: GenogramDocument, asAt: PartialDate): GenogramDocument {
  return anonymise(doc, { asAt, ...PUBLISHED });
}

/** The publication copy a figure is drawn from, with the map from recorded to published person ids. */
export function publishedDrawing(doc: GenogramDocument, asAt: PartialDate) {
  return anonymiseWithIdMap(doc, { asAt, exactDatesForDrawing: true, ...PUBLISHED });
}
