import type { Id } from '../model/types';
import type { Couple, LayoutFamilies } from './layoutFamilies';

/** Partners drawn side by side as one unit: a couple, or a chain of successive partners. */
export interface PartnerBlock {
  index: number;
  row: number;
  /** Left to right. */
  members: Id[];
}

type Task = { kind: 'emit'; person: Id } | { kind: 'expand'; person: Id; side: 'left' | 'right' };

/**
 * Orders the members of one partner component. The block's root (preferably a
 * member with parents in the document, then the one with most partners) has
 * its earliest partner on its left and later partners on its right, in time
 * order; each partner's own other partners extend outwards on that side.
 * Iterative (explicit task stack), so long chains cannot overflow the stack.
 */
export function orderBlockMembers(members: Id[], fam: LayoutFamilies): Id[] {
  if (members.length === 1) return [...members];
  const inBlock = new Set(members);
  let root = members[0]!;
  let best = -1;
  for (const m of members) {
    const score = (fam.hangingFamilyOf.has(m) ? 1000 : 0) + (fam.couplesOf.get(m)?.length ?? 0);
    if (score > best) {
      best = score;
      root = m;
    }
  }
  const visited = new Set<Id>([root]);
  const out: Id[] = [];
  const partnersOf = (p: Id): Id[] => {
    const result: Id[] = [];
    for (const c of fam.couplesOf.get(p) ?? []) {
      const other = c.a === p ? c.b : c.a;
      if (inBlock.has(other) && !visited.has(other)) {
        visited.add(other);
        result.push(other);
      }
    }
    return result;
  };

  const rootPartners = partnersOf(root);
  // Tasks run from the end of the array; push in reverse of the wanted output order.
  const tasks: Task[] = [];
  for (let i = rootPartners.length - 1; i >= 1; i--) tasks.push({ kind: 'expand', person: rootPartners[i]!, side: 'right' });
  tasks.push({ kind: 'emit', person: root });
  if (rootPartners[0] !== undefined) tasks.push({ kind: 'expand', person: rootPartners[0], side: 'left' });
  while (tasks.length) {
    const task = tasks.pop()!;
    if (task.kind === 'emit') {
      out.push(task.person);
      continue;
    }
    const others = partnersOf(task.person);
    if (task.side === 'right') {
      for (let i = others.length - 1; i >= 0; i--) tasks.push({ kind: 'expand', person: others[i]!, side: 'right' });
      tasks.push({ kind: 'emit', person: task.person });
    } else {
      tasks.push({ kind: 'emit', person: task.person });
      for (let i = others.length - 1; i >= 0; i--) tasks.push({ kind: 'expand', person: others[i]!, side: 'left' });
    }
  }
  // Members reached by no partner line from the root cannot occur (blocks are partner components),
  // but keep any stragglers rather than lose them.
  const emitted = new Set(out);
  for (const m of members) if (!emitted.has(m)) out.push(m);
  return out;
}

/**
 * Step levels for partner lines that pass over other members of their block:
 * overlapping spans get different levels, so stepped lines never share a height.
 */
export function partnerLineSteps(members: Id[], couples: Couple[], steps: Map<string, number>): void {
  const pos = new Map(members.map((m, i) => [m, i]));
  const spans: { key: string; lo: number; hi: number }[] = [];
  for (const c of couples) {
    const i = pos.get(c.a);
    const j = pos.get(c.b);
    if (i === undefined || j === undefined || Math.abs(i - j) <= 1) continue;
    spans.push({ key: c.key, lo: Math.min(i, j), hi: Math.max(i, j) });
  }
  spans.sort((x, y) => x.hi - x.lo - (y.hi - y.lo) || x.lo - y.lo);
  const placed: { lo: number; hi: number; level: number }[] = [];
  for (const s of spans) {
    let level = 1;
    while (placed.some((p) => p.level === level && p.lo < s.hi && s.lo < p.hi)) level++;
    placed.push({ lo: s.lo, hi: s.hi, level });
    steps.set(s.key, level);
  }
}
