import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/fixtures beside the repository (CI lays a copy of shared/ there too). */
export const SHARED_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');

export function sharedFixturePath(name: string): string {
  return resolve(SHARED_FIXTURES, name);
}

export function readSharedFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedFixturePath(name)));
}
