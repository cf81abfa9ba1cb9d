// What an exported SVG carries for readers who cannot see it and for the page it is printed
// on: the short and long descriptions (as <title> and <desc>) and its printed size in mm, the
// width chosen so its smallest text prints at 7 pt or more.
import type { Scene } from '../drawing/scene';
import { chooseWidth } from '../export/printSize';
import type { SvgOptions } from '../export/svg';
import type { GenogramDocument, Id } from '../model/types';
import { describeFamily, type FamilyDescription } from './describeFamily';

/** The description's paragraphs as one text, for <desc> and the like. */
export function longDescription(description: FamilyDescription): string {
  return description.paragraphs.map((p) => p.text).join('\n\n');
}

/**
 * sceneToSvg's accessible options for a figure of the document: from the recorded document
 * (so ages are exact), in role labels when the figure is the publication copy.
 */
export function accessibleSvgOptions(doc: GenogramDocument, scene: Scene, options: { publication: boolean; subject?: Id }): Pick<SvgOptions, 'title' | 'description' | 'widthMm'> {
  const description = describeFamily(doc, { publication: options.publication, ...(options.subject ? { subject: options.subject } : {}) });
  return { title: description.alt, description: longDescription(description), widthMm: chooseWidth(scene).cm * 10 };
}
