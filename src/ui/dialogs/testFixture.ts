import { indexDocument } from '../../core/model/documentIndex';
import type { ActionContext } from '../actions/context';

/**
 * For the edit benchmark only: with `?testHooks=1` in the address the page gets a tiny
 * `window.__genogramTest` (select persons, list them with their partnership counts), and with
 * `&fixture=synthetic-N` it opens a generated N-person family. Without the flag nothing is
 * installed or loaded, and the generator is fetched only when asked for.
 */
export function fixtureRequest(search: string): { persons: number; seed: number } | undefined {
  const params = new URLSearchParams(search);
  if (params.get('testHooks') !== '1') return undefined;
  const m = /^synthetic-(\d{1,5})$/.exec(params.get('fixture') ?? '');
  if (!m) return undefined;
  const persons = Number(m[1]);
  return persons > 0 ? { persons, seed: Number(params.get('seed') ?? 1) || 1 } : undefined;
}

export interface TestHooks {
  select(ids: string[]): void;
  persons(): { id: string; partnerships: number }[];
}

export async function installTestHooksIfAsked(ctx: ActionContext, search: string): Promise<void> {
  if (new URLSearchParams(search).get('testHooks') !== '1') return;
  const hooks: TestHooks = {
    select: (ids) => ctx.store.getState().select(ids, 'replace'),
    persons: () => {
      const doc = ctx.store.getState().doc;
      const index = indexDocument(doc);
      return doc.persons.map((p) => ({ id: p.id, partnerships: index.partnershipsOf.get(p.id)?.length ?? 0 }));
    },
  };
  (window as unknown as { __genogramTest?: TestHooks }).__genogramTest = hooks;
  const request = fixtureRequest(search);
  if (request) {
    const { syntheticFamily } = await import('../../core/example/syntheticFamily');
    ctx.store.getState().replaceDocument(syntheticFamily(request.persons, request.seed));
    ctx.store.getState().select([], 'replace');
    document.documentElement.dataset.fixtureLoaded = String(request.persons);
  }
}
