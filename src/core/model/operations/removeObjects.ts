import type { GenogramDocument, Id } from '../types';
import { forgetRemoved } from '../../chronology/operations';
import { removePersons } from './persons';

/**
 * Removes whatever the ids name (persons with everything attached to them, partnerships,
 * parent links, multiple-birth groups, relationship lines, households). Unknown ids are ignored,
 * so a selection that went stale does no harm.
 */
export function removeObjects(doc: GenogramDocument, ids: Iterable<Id>): GenogramDocument {
  const gone = new Set(ids);
  if (gone.size === 0) return doc;
  let next = removePersons(doc, gone);
  const keep = <T extends { id: Id }>(list: T[]): T[] => (list.some((x) => gone.has(x.id)) ? list.filter((x) => !gone.has(x.id)) : list);
  const partnerships = keep(next.partnerships);
  const parentLinks = keep(next.parentLinks);
  const multipleBirths = keep(next.multipleBirths);
  const relationships = keep(next.relationships);
  const households = keep(next.households);
  if (
    partnerships !== next.partnerships ||
    parentLinks !== next.parentLinks ||
    multipleBirths !== next.multipleBirths ||
    relationships !== next.relationships ||
    households !== next.households
  ) {
    next = { ...next, partnerships, parentLinks, multipleBirths, relationships, households };
  }
  // Events keep a removed person's name as text and lose a removed household.
  return forgetRemoved(doc, next, gone);
}
