import type { GenogramDocument } from '../model/types';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME } from './version';

/** Keys that read best first; every other key follows in alphabetical order. */
const LEADING_KEYS = ['format', 'version', 'document', 'id', 'settings', 'title', 'type', 'kind'];

function keyRank(key: string): number {
  const i = LEADING_KEYS.indexOf(key);
  return i < 0 ? LEADING_KEYS.length : i;
}

/**
 * Objects with their keys in one fixed order, so the same document always gives the same text
 * (however its objects were built) and files diff cleanly under version control.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  // Defined, not assigned: a key named "__proto__" (legal JSON, possible in an unknown field
  // kept from another tool) must stay a key, not become the object's prototype.
  for (const k of keys) Object.defineProperty(out, k, { value: canonical(record[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The document as a .genogram.json file: the envelope, pretty-printed, stable key order. */
export function saveGenogramFile(doc: GenogramDocument): string {
  return `${JSON.stringify(canonical({ format: FORMAT_NAME, version: CURRENT_FORMAT_VERSION, document: doc }), null, 2)}\n`;
}
