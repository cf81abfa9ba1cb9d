import type { ActionContext } from '../actions/context';

/**
 * For the edit benchmark and browser tests only: with `?testHooks=1&fixture=synthetic-N` in the
 * address, the app opens a generated N-person family. Without the flag nothing is loaded, and
 * the generator is fetched only when asked for, so it costs ordinary users nothing.
 */
export function fixtureRequest(search: string): { persons: number; seed: number } | undefined {
  const params = new URLSearchParams(search);
  if (params.get('testHooks') !== '1') return undefined;
  const m = /^synthetic-(\d{1,5})$/.exec(params.get('fixture') ?? '');
  if (!m) return undefined;
  const persons = Number(m[1]);
  return persons > 0 ? { persons, seed: Number(params.get('seed') ?? 1) || 1 } : undefined;
}

export async function loadFixtureIfAsked(ctx: ActionContext, search: string): Promise<void> {
  const request = fixtureRequest(search);
  if (!request) return;
  const { syntheticFamily } = await import('../../core/example/syntheticFamily');
  ctx.store.getState().replaceDocument(syntheticFamily(request.persons, request.seed));
  ctx.store.getState().select([], 'replace');
  document.documentElement.dataset.fixtureLoaded = String(request.persons);
}
