import type { Id } from './types';

/**
 * Ids always start with a letter prefix and an underscore ("p_k3x9a2q1"), so they are never
 * integer-like: JavaScript puts integer-like keys first in objects, which would reorder maps
 * keyed by id.
 */
export type IdSource = () => string;

function randomSuffix(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

let source: IdSource = randomSuffix;

export function newId(prefix: string): Id {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(prefix)) {
    throw new Error(`newId: the prefix "${prefix}" must start with a letter and hold only letters and digits`);
  }
  return `${prefix}_${source()}`;
}

/**
 * Makes newId deterministic ("p_1", "p_2", …) until the returned function is called,
 * which restores random ids. For tests and reproducible examples only.
 * @internal for tests: the id source lives in this module, so no test helper can replace it.
 */
export function startCountingIds(start = 1): () => void {
  const previous = source;
  let next = start;
  source = () => (next++).toString(36);
  return () => {
    source = previous;
  };
}
