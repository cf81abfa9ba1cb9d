import type { Primitive, SceneGroup } from '../../../core/drawing/scene';

/**
 * Whether two groups draw the same thing. Each rebuild of the Scene makes new objects, so
 * memoising on identity would redraw everything; comparing content keeps unchanged groups.
 */
export function sameGroup(a: SceneGroup, b: SceneGroup): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.items.length !== b.items.length) return false;
  for (let i = 0; i < a.items.length; i++) if (!samePrimitive(a.items[i]!, b.items[i]!)) return false;
  return true;
}

function samePrimitive(a: Primitive, b: Primitive): boolean {
  const ka = Object.keys(a) as (keyof Primitive)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const va = a[k] as unknown;
    const vb = (b as Primitive)[k] as unknown;
    if (va === vb) continue;
    if (k === ('points' as keyof Primitive) && Array.isArray(va) && Array.isArray(vb)) {
      if (va.length !== vb.length || va.some((pt, i) => pt[0] !== vb[i][0] || pt[1] !== vb[i][1])) return false;
      continue;
    }
    return false;
  }
  return true;
}
