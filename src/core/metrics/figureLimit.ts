import type { GenogramDocument } from '../model/types';

/**
 * The most persons a figure is laid out and drawn for. A figure of 5,000 persons is laid out
 * and drawn in well under a minute (bench: "largest figure"), and more could not be read on
 * a page anyway; the data of a larger document is all kept, saved and exported.
 */
export const MAX_FIGURE_PERSONS = 5000;

/** Why the document's figure is not drawn (its count and what to do instead), or undefined when it can be. */
export function figureTooLarge(doc: GenogramDocument): string | undefined {
  const count = doc.persons.length;
  if (count <= MAX_FIGURE_PERSONS) return undefined;
  const n = (x: number) => x.toLocaleString('en-GB');
  return (
    `The figure is not drawn: the document has ${n(count)} persons, and a figure shows at most ${n(MAX_FIGURE_PERSONS)}. ` +
    'Nothing is lost: the document can still be saved and exported as JSON or GEDCOM, and the family table lists everyone. ' +
    `To draw a figure, keep the part of the family you need in a document of its own (at most ${n(MAX_FIGURE_PERSONS)} persons).`
  );
}
